package overlay

import (
	"image/color"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// The Okabe-Ito colour-blind-safe palette, plus a navy and an ink.
var (
	okOrange    = color.NRGBA{0xE6, 0x9F, 0x00, 0xff}
	okSky       = color.NRGBA{0x56, 0xB4, 0xE9, 0xff}
	okGreen     = color.NRGBA{0x00, 0x9E, 0x73, 0xff}
	okYellow    = color.NRGBA{0xF0, 0xE4, 0x42, 0xff}
	okBlue      = color.NRGBA{0x00, 0x72, 0xB2, 0xff}
	okVermilion = color.NRGBA{0xD5, 0x5E, 0x00, 0xff}
	okPurple    = color.NRGBA{0xCC, 0x79, 0xA7, 0xff}
	inkColor    = color.NRGBA{0x1a, 0x1a, 0x1a, 0xff}
	navyColor   = color.NRGBA{0x1F, 0x3A, 0x68, 0xff}
	royalBlue   = color.NRGBA{0x22, 0x44, 0xAA, 0xff} // air interdiction zones: air, but apart from coca's green under tritanopia
	earthBrown  = color.NRGBA{0x7B, 0x3F, 0x00, 0xff} // routes whose mode the articles do not give
	partyGrey   = color.NRGBA{0x60, 0x60, 0x70, 0xff} // Shining Path before the split
	haloColor   = color.NRGBA{0xff, 0xff, 0xff, 0xe6}
	selectColor = color.NRGBA{0xF0, 0xE4, 0x42, 0xd0}
)

// class is how a feature draws: as an area, a line or a symbol.
type class uint8

const (
	classArea   class = iota // filled/outlined polygons
	classLine                // routes and axes
	classSymbol              // points, and areas shown by a symbol
	classEvent               // dated event markers
)

// symbolKind is the glyph drawn at a feature's anchor or points.
type symbolKind uint8

const (
	symNone symbolKind = iota
	symAirstrip
	symPort
	symHub
	symBase
	symDot
	symPin // a user layer's point (userlook.go)
)

// style is how one feature draws at scale 1; widths and sizes are in
// pixels and multiplied by Options.Scale.
type style struct {
	class       class
	fill        color.NRGBA // area fill; zero alpha for none
	stroke      color.NRGBA // outline or line colour
	width       float64
	dash        []float64 // nil for solid
	casing      color.NRGBA
	casingWidth float64
	hatch       color.NRGBA // hatch colour; zero alpha for none
	hatchAngle  float64     // degrees
	hatchGap    float64     // pixels between hatch lines
	cross       bool        // cross-hatch
	symbol      symbolKind
	symbolFill  color.NRGBA
	inner       color.NRGBA // a second, dashed line on top (mixed modes, user layers)
	innerDash   []float64
	innerWidth  float64 // its width; 0: 0.45 of width
	arc         bool    // air: draw segments as curved arcs
	arrows      bool    // direction arrow heads along the line
	labelColor  color.NRGBA
	labelBold   bool
	priority    int       // label priority, higher first
	look        *userLook // a user layer's look; nil for the atlas's styles
}

// approximate reports whether a feature's shape is only roughly known.
func approximate(f *data.Feature) bool {
	return f.Precision.Approximate() || f.Period.Approximate
}

// potential reports whether a feature is only possible or attempted, which
// the map draws lighter (hatched zones, dashed lines).
func potential(f *data.Feature) bool {
	s := strings.ToLower(f.Status)
	return strings.Contains(s, "potential") || strings.Contains(s, "attempted")
}

// darker returns c with its channels scaled by k (0..1).
func darker(c color.NRGBA, k float64) color.NRGBA {
	return color.NRGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), c.A}
}

// withAlpha returns c with alpha a (0..1).
func withAlpha(c color.NRGBA, a float64) color.NRGBA {
	c.A = uint8(float64(c.A)*a + 0.5)
	return c
}

// factionColor picks the hue of a Shining Path faction.
func factionColor(faction string) color.NRGBA {
	switch data.FactionOf(faction) {
	case data.FactionVRAEM:
		return okVermilion
	case data.FactionHuallaga:
		return okPurple
	case data.FactionMOVADEF:
		return okOrange
	default: // the party before the split
		return partyGrey
	}
}

// factionHatch gives each faction its own hatch direction, so overlapping
// areas stay apart without relying on hue.
func factionHatch(faction string) float64 {
	switch data.FactionOf(faction) {
	case data.FactionVRAEM:
		return 45
	case data.FactionHuallaga:
		return -45
	case data.FactionMOVADEF:
		return 0
	default:
		return 90
	}
}

// modeStyle is the line style of a route by transport mode.
func modeStyle(m data.Mode) style {
	white := color.NRGBA{0xff, 0xff, 0xff, 0xc0}
	s := style{class: classLine, arrows: true, casing: white, casingWidth: 2}
	switch m {
	case data.ModeAir:
		s.stroke, s.width, s.dash, s.arc = okBlue, 2.2, []float64{9, 5}, true
	case data.ModeRiver:
		s.stroke, s.width = okSky, 3
		s.casing = darker(okBlue, 0.9)
		s.casingWidth = 1.5
	case data.ModeRoad:
		s.stroke, s.width = color.NRGBA{0x33, 0x33, 0x33, 0xff}, 2.6
	case data.ModeFoot:
		s.stroke, s.width, s.dash = color.NRGBA{0x33, 0x33, 0x33, 0xff}, 2.4, []float64{0.1, 5}
	case data.ModeSea:
		s.stroke, s.width, s.dash = navyColor, 2.6, []float64{14, 6}
	case data.ModeMixed:
		s.stroke, s.width = okOrange, 3.4
		s.casing = darker(okOrange, 0.45)
		s.casingWidth = 1.2
		s.inner, s.innerDash = color.NRGBA{0x33, 0x33, 0x33, 0xff}, []float64{6, 6}
	default: // unspecified or unknown: earth brown, apart from the orange of mixed routes
		s.stroke, s.width = earthBrown, 3
		s.casing = color.NRGBA{0xff, 0xf4, 0xe0, 0xd0}
		s.casingWidth = 1.4
	}
	s.labelColor = darker(s.stroke, 0.55)
	return s
}

// styleFor resolves the style of a feature from its layer, kind, mode,
// faction, precision and status.
func styleFor(f *data.Feature, geomClass class) style {
	approx := approximate(f)
	potential := potential(f)
	dash := func(s *style) {
		if approx {
			s.dash = []float64{7, 4}
		}
	}
	var s style
	switch f.Layer {
	case data.LayerCocaZone:
		s = style{class: classArea, fill: withAlpha(okGreen, 0.52), stroke: darker(okGreen, 0.8), width: 1.8,
			labelColor: darker(okGreen, 0.5), labelBold: true, priority: 60}
		dash(&s)
		if potential {
			s.fill = withAlpha(okGreen, 0.08)
			s.hatch, s.hatchAngle, s.hatchGap = withAlpha(okGreen, 0.7), 90, 7
			s.priority = 40
		}
	case data.LayerSenderoArea:
		c := factionColor(f.Faction)
		s = style{class: classArea, fill: withAlpha(c, 0.12), stroke: c, width: 2,
			hatch: withAlpha(c, 0.85), hatchAngle: factionHatch(f.Faction), hatchGap: 7,
			labelColor: darker(c, 0.6), labelBold: true, priority: 55}
		dash(&s)
	case data.LayerAirstrip:
		s = style{class: classSymbol, stroke: withAlpha(okBlue, 0.8), width: 1.4, dash: []float64{3, 3},
			symbol: symAirstrip, symbolFill: okBlue, labelColor: darker(okBlue, 0.7), priority: 50}
	case data.LayerAirRoute:
		if geomClass == classArea {
			s = style{class: classArea, fill: withAlpha(royalBlue, 0.05), stroke: royalBlue, width: 1.8, dash: []float64{10, 4, 2, 4},
				labelColor: darker(royalBlue, 0.8), labelBold: true, priority: 30}
			if f.Kind == "no_fly_zone" {
				s.hatch, s.hatchAngle, s.hatchGap, s.cross = withAlpha(royalBlue, 0.45), 45, 9, true
				s.priority = 45
			}
		} else {
			s = modeStyle(data.ModeAir)
			s.priority = 20
		}
	case data.LayerRoute:
		if geomClass == classArea {
			s = style{class: classArea, fill: withAlpha(inkColor, 0.12), stroke: color.NRGBA{0x33, 0x33, 0x33, 0xff},
				width: 2.2, dash: []float64{0.1, 5}, labelColor: inkColor, priority: 25}
		} else {
			s = modeStyle(f.Mode)
			s.priority = 20
		}
		if potential {
			s.stroke = withAlpha(s.stroke, 0.75)
			if s.dash == nil {
				s.dash = []float64{8, 5}
			}
		}
	case data.LayerExitPort:
		s = style{class: classSymbol, stroke: withAlpha(navyColor, 0.8), width: 1.5, dash: []float64{4, 3},
			symbol: symPort, symbolFill: navyColor, labelColor: navyColor, priority: 80}
	case data.LayerHub:
		s = style{class: classSymbol, stroke: darker(okYellow, 0.55), width: 1.5, dash: []float64{4, 3},
			symbol: symHub, symbolFill: okYellow, labelColor: inkColor, priority: 35}
	case data.LayerBase:
		s = style{class: classSymbol, stroke: withAlpha(inkColor, 0.55), width: 1.2, dash: []float64{2, 3},
			symbol: symBase, symbolFill: inkColor, labelColor: inkColor, priority: 30}
	case data.LayerEvent:
		s = style{class: classEvent, stroke: inkColor, width: 1.6, dash: []float64{5, 4},
			symbolFill: color.NRGBA{0xff, 0xff, 0xff, 0xff}, labelColor: inkColor, priority: 10}
	default:
		s = style{class: classSymbol, stroke: inkColor, width: 1.5, symbol: symDot, symbolFill: inkColor,
			labelColor: inkColor}
	}
	// Sendero axes and hideouts are lines drawn in the faction colour.
	if f.Layer == data.LayerSenderoArea && geomClass != classArea {
		c := factionColor(f.Faction)
		if geomClass == classLine {
			s = style{class: classLine, stroke: c, width: 2.6, arrows: f.Kind == "expansion_axis",
				casing: color.NRGBA{0xff, 0xff, 0xff, 0xc0}, casingWidth: 2, labelColor: darker(c, 0.6), priority: 30}
			if potential {
				s.dash = []float64{8, 5}
			}
		} else {
			s = style{class: classSymbol, symbol: symDot, symbolFill: c, stroke: c, labelColor: darker(c, 0.6), priority: 30}
		}
	}
	return s
}

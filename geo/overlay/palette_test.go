package overlay

import (
	"fmt"
	"image/color"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/internal/colour"
)

// family is one kind of thing the map tells apart by colour (and always
// also by pattern or shape), with the colour it is known by.
type family struct {
	name  string
	class class
	ink   color.NRGBA // the identifying colour: outline and hatching, line, symbol
	st    style
}

// look is the colour an area family shows on land c: its fill, then its
// hatching spread over the share of the area its bars cover.
func (f family) look(c color.NRGBA) color.NRGBA {
	out := colour.Over(f.st.fill, c)
	if f.st.hatch.A > 0 {
		share := 1.1 / f.st.hatchGap
		if f.st.cross {
			share *= 2
		}
		h := f.st.hatch
		h.A = uint8(float64(h.A) * share)
		out = colour.Over(h, out)
	}
	return out
}

// families lists every layer family with its colours as styleFor gives
// them: areas by layer and faction, lines by mode, symbols by layer.
func families() []family {
	area := func(name string, f data.Feature) family {
		st := styleFor(&f, classArea)
		return family{name: name, class: classArea, ink: opaque(st.stroke), st: st}
	}
	line := func(name string, f data.Feature) family {
		st := styleFor(&f, classLine)
		return family{name: name, class: classLine, ink: opaque(st.stroke), st: st}
	}
	symbol := func(name string, f data.Feature) family {
		st := styleFor(&f, classSymbol)
		c := st.symbolFill
		if f.Layer == data.LayerEvent {
			c = st.stroke
		}
		return family{name: name, class: classSymbol, ink: opaque(c), st: st}
	}
	var out []family
	out = append(out, area("coca zone", data.Feature{Layer: data.LayerCocaZone}))
	for _, fa := range []string{"Shining Path (before the split)", "VRAEM", "Huallaga", "MOVADEF"} {
		out = append(out, area("Shining Path "+fa, data.Feature{Layer: data.LayerSenderoArea, Faction: fa}))
		out = append(out, line("Shining Path axis "+fa, data.Feature{Layer: data.LayerSenderoArea, Faction: fa}))
	}
	out = append(out, area("no-fly zone", data.Feature{Layer: data.LayerAirRoute, Kind: "no_fly_zone"}))
	out = append(out, area("area crossed on foot", data.Feature{Layer: data.LayerRoute, Mode: data.ModeFoot}))
	for _, m := range []data.Mode{data.ModeAir, data.ModeRiver, data.ModeRoad, data.ModeFoot, data.ModeSea, data.ModeMixed, data.ModeUnspecified} {
		out = append(out, line("route "+string(m), data.Feature{Layer: data.LayerRoute, Mode: m}))
	}
	for _, l := range []data.Layer{data.LayerAirstrip, data.LayerExitPort, data.LayerHub, data.LayerBase, data.LayerEvent} {
		out = append(out, symbol(string(l), data.Feature{Layer: l}))
	}
	// Each look of the user layers is a family of each kind, known by its
	// colour (the pin's head, the line's band or dashes, the area's tint).
	for i := range userLooks {
		lk := &userLooks[i]
		name := fmt.Sprintf("user look %d", i+1)
		out = append(out,
			family{name: name + " area", class: classArea, ink: lk.ink, st: userStyle(lk, classArea, false)},
			family{name: name + " line", class: classLine, ink: lk.ink, st: userStyle(lk, classLine, false)},
			family{name: name + " pin", class: classSymbol, ink: lk.ink, st: userStyle(lk, classSymbol, true)})
	}
	return out
}

func opaque(c color.NRGBA) color.NRGBA { c.A = 255; return c }

// The thresholds, as CIEDE2000 differences. About 2.3 is the smallest
// difference people notice between two large patches side by side; map
// symbols seen at a glance, small and apart, need several times that.
// Identifying colours (lines, outlines and hatching, symbols) of two
// families of one kind must differ by minIdentity under every vision, the
// strongest of the dichromacies included; an area as drawn (its fill and
// hatching) must stand off the land around it by minOnLand, so that a coca
// zone over Brazil never reads as Brazil's grey.
const (
	minIdentity = 10.0
	minOnLand   = 5.0
)

// samePattern lists the pairs that share a colour on purpose and are told
// apart by pattern or shape instead: never by colour alone.
var samePattern = map[[2]string]string{
	{"route road", "route foot"}:                                        "solid line vs dotted line",
	{"Shining Path axis MOVADEF", "route mixed"}:                        "faction axis (thin, arrows) vs route with a dark inner dash",
	{"base", "event"}:                                                   "square with a flag vs ring with a centre dot",
	{"Shining Path axis Shining Path (before the split)", "route road"}: "the party's axes ended in 1992, before any road route",
}

// TestPaletteSurvivesColourBlindness computes, for normal vision and each
// dichromacy (Machado et al. 2009), the difference between the colours of
// every two families of one kind, and of every area against the land.
func TestPaletteSurvivesColourBlindness(t *testing.T) {
	fs := families()
	lands := []struct {
		name string
		c    color.NRGBA
	}{{"Peru's land", color.NRGBA{0xfb, 0xef, 0xcc, 0xff}}, {"a neighbour's land", color.NRGBA{0xe3, 0xe1, 0xdc, 0xff}}}
	for _, v := range colour.Visions() {
		sim := func(c color.NRGBA) color.NRGBA { return colour.Simulate(c, v) }
		for i, a := range fs {
			for _, b := range fs[i+1:] {
				if a.class != b.class {
					continue
				}
				if _, ok := samePattern[[2]string{a.name, b.name}]; ok {
					continue
				}
				if d := colour.DeltaE(sim(a.ink), sim(b.ink)); d < minIdentity {
					t.Errorf("%s: %s and %s differ by %.1f, want at least %v", v, a.name, b.name, d, minIdentity)
				}
				// Coca zones are the one solid fill; every other area is a
				// pattern (hatching, cross-hatching, dots) over a pale tint,
				// told apart by the pattern and the identifying colour.
				if a.class == classArea && (a.name == "coca zone" || b.name == "coca zone") {
					peru := lands[0].c
					if d := colour.DeltaE(sim(a.look(peru)), sim(b.look(peru))); d < minOnLand {
						t.Errorf("%s: %s and %s look alike on Peru's land (%.1f), want at least %v", v, a.name, b.name, d, minOnLand)
					}
				}
			}
			if a.class != classArea {
				continue
			}
			for _, l := range lands {
				if d := colour.DeltaE(sim(a.look(l.c)), sim(l.c)); d < minOnLand {
					t.Errorf("%s: %s on %s differs by %.1f, want at least %v", v, a.name, l.name, d, minOnLand)
				}
			}
		}
	}
}

package overlay

import (
	"image"
	"slices"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Shape is how a legend entry's features are drawn.
type Shape uint8

// The shapes.
const (
	ShapeArea  Shape = iota // a filled, hatched or outlined area
	ShapeLine               // a line
	ShapePoint              // a symbol or an event marker
)

// LegendEntry is one line of the legend: a layer, or one style within it
// (a route mode, a Shining Path faction, its axes or places), and how many
// of its features the map shows. The window's Layers panel and the
// exports' legend list the same entries.
type LegendEntry struct {
	Group   string // data.Group name the layer belongs to
	Layer   data.Layer
	Mode    data.Mode    // line style of route and air_route entries; "" for areas
	Faction data.Faction // for sendero_area entries by faction
	Status  string       // "potential" for the hatched possible coca zones, else ""
	Shape   Shape
	Count   int

	// User is, for a user layer's entry, the layer's position among the
	// set's from 1 (Set.Users()[User-1]); 0 for the atlas's entries, which
	// never stand for a user's features. UserName is that layer's name,
	// and UserShapes the shapes its features take (bit 1<<Shape each),
	// which its swatch shows together.
	User       int
	UserName   string
	UserShapes uint8
}

// Title is the entry's legend line in lang ("en" or "es").
func (e LegendEntry) Title(lang string) string {
	es := lang == data.LangES
	switch {
	case e.User > 0:
		return UserLayerTitle(e.UserName, lang)
	case e.Layer == data.LayerRoute:
		return e.Mode.RouteTitle(lang)
	case e.Layer == data.LayerAirRoute && e.Shape == ShapeArea:
		if es {
			return "Zonas de interdicción aérea y de exclusión"
		}
		return "Air interdiction and no-fly zones"
	case e.Layer == data.LayerSenderoArea && e.Shape == ShapeLine:
		if es {
			return e.Faction.Title(lang) + ": ejes y rutas"
		}
		return e.Faction.Title(lang) + ": axes and routes"
	case e.Layer == data.LayerSenderoArea && e.Shape == ShapePoint:
		if es {
			return e.Faction.Title(lang) + ": lugares"
		}
		return e.Faction.Title(lang) + ": places"
	case e.Layer == data.LayerSenderoArea:
		return e.Faction.Title(lang)
	case e.Layer == data.LayerCocaZone && e.Status == "potential":
		if es {
			return "Posible desplazamiento de la coca"
		}
		return "Possible coca displacement"
	}
	return e.Layer.PluralTitle(lang)
}

// Legend lists the entries of the visible layers in group order, split by
// route mode, faction and shape where the map draws them differently, each
// with the number of features drawn in opt.Year anywhere. A visible layer
// with nothing to show gets one entry with a zero count. The user layers'
// entries, one a layer not hidden, follow the atlas's (see userLegend).
func (s *Set) Legend(opt Options) []LegendEntry {
	all := func(*feat) bool { return true }
	return append(s.legend(opt, all), s.userLegend(opt, all)...)
}

// LegendIn is Legend counting only the features drawn inside view v: the
// legend of what a reader sees.
func (s *Set) LegendIn(opt Options, v geo.View) []LegendEntry {
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	in := func(ft *feat) bool { return fr.inside(ft) }
	return append(s.legend(opt, in), s.userLegend(opt, in)...)
}

func (s *Set) legend(opt Options, counted func(*feat) bool) []LegendEntry {
	var out []LegendEntry
	order := entryOrder()
	for _, g := range data.Groups() {
		for _, l := range g.Layers {
			if !opt.visibleLayer(l) {
				continue
			}
			var entries []LegendEntry
			index := map[LegendEntry]int{}
			for _, ft := range s.feats {
				if ft.f.Layer != l {
					continue
				}
				if _, ok := shown(ft, &opt); !ok || !counted(ft) {
					continue
				}
				e := entryFor(g.Name, ft)
				if i, ok := index[e]; ok {
					entries[i].Count++
					continue
				}
				index[e] = len(entries)
				e.Count = 1
				entries = append(entries, e)
			}
			slices.SortStableFunc(entries, order)
			if len(entries) == 0 {
				entries = append(entries, LegendEntry{Group: g.Name, Layer: l, Shape: layerShape(l)})
			}
			out = append(out, entries...)
		}
	}
	return out
}

// MarksIn returns the certainty marks (data.MarkHedged, data.MarkInferred)
// that labels of features drawn inside view v carry, for the legend's key.
func (s *Set) MarksIn(opt Options, v geo.View) []string {
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	var hedged, inferred bool
	for _, ft := range fr.feats {
		if fr.inside(ft) {
			h, i := ft.f.Marks()
			hedged, inferred = hedged || h, inferred || i
		}
	}
	var out []string
	if hedged {
		out = append(out, data.MarkHedged)
	}
	if inferred {
		out = append(out, data.MarkInferred)
	}
	return out
}

// layerShape is how most of a layer's features are drawn, for the entry
// of a layer with nothing to show.
func layerShape(l data.Layer) Shape {
	switch l {
	case data.LayerCocaZone, data.LayerSenderoArea:
		return ShapeArea
	case data.LayerAirRoute, data.LayerRoute:
		return ShapeLine
	}
	return ShapePoint
}

// entryFor is the legend entry (with a zero count) a feature belongs to.
func entryFor(group string, ft *feat) LegendEntry {
	e := LegendEntry{Group: group, Layer: ft.f.Layer, Shape: ShapePoint}
	switch ft.geom {
	case classArea:
		e.Shape = ShapeArea
	case classLine:
		e.Shape = ShapeLine
	}
	if (ft.st.class == classSymbol && ft.f.Layer != data.LayerSenderoArea) || ft.st.class == classEvent {
		e.Shape = ShapePoint // events, and airstrips and bases of a region, are drawn by a symbol
	}
	switch ft.f.Layer {
	case data.LayerRoute:
		e.Mode = ft.f.Mode
		if e.Shape == ShapeArea {
			e.Mode = data.ModeFoot
		}
	case data.LayerAirRoute:
		if e.Shape != ShapeArea {
			e.Mode = data.ModeAir
		}
	case data.LayerSenderoArea:
		e.Faction = data.FactionOf(ft.f.Faction)
	case data.LayerCocaZone:
		if potential(&ft.f) {
			e.Status = "potential"
		}
	}
	return e
}

// Swatch draws the entry's legend symbol, as the map draws its features
// (faction colours, route patterns, symbols, event markers), into a size x
// size transparent image.
func (e LegendEntry) Swatch(size int, scale float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	if size <= 0 {
		return img
	}
	if scale <= 0 {
		scale = 1
	}
	if e.User > 0 {
		e.userSwatch(img, scale)
		return img
	}
	sz := float64(size)
	m := sz * 0.14
	f := data.Feature{ID: "swatch", Layer: e.Layer, Mode: e.Mode, Faction: string(e.Faction), Status: e.Status,
		Period: data.Year(2000), Precision: data.PrecisionPoint}
	if e.Layer == data.LayerAirRoute && e.Shape == ShapeArea {
		f.Kind = "no_fly_zone"
	}
	if e.Layer == data.LayerSenderoArea && e.Shape == ShapeLine {
		f.Kind = "expansion_axis"
	}
	ft := &feat{f: f}
	switch e.Shape {
	case ShapeLine:
		ft.geom = classLine
		ft.lines = [][]geo.Pixel{{{X: m, Y: sz - m}, {X: sz / 2, Y: sz * 0.45}, {X: sz - m, Y: m}}}
		if e.Mode == data.ModeAir {
			ft.lines = [][]geo.Pixel{arcLine([]geo.Pixel{{X: m, Y: sz - m}, {X: sz - m, Y: m}})}
		}
	case ShapeArea:
		ft.geom = classArea
		ft.polys = [][][]geo.Pixel{{{{X: m, Y: m}, {X: sz - m, Y: m}, {X: sz - m, Y: sz - m}, {X: m, Y: sz - m}}}}
	default:
		ft.geom = classSymbol
		ft.points = []geo.Pixel{{X: sz / 2, Y: sz / 2}}
	}
	ft.st = styleFor(&ft.f, ft.geom)
	ft.st.arc = false
	ft.bounds()
	ft.anchor = geo.Pixel{X: sz / 2, Y: sz / 2}
	s := &Set{feats: []*feat{ft}, byID: map[string]*feat{"swatch": ft}, text: swatchText()}
	// symbols are drawn smaller so they fit the swatch
	sc := scale
	if ft.geom == classSymbol {
		sc = min(scale, sz/(2.6*symbolRadius))
	}
	fr := newFrame(s, Options{Year: 2000, Scale: sc}, proj{k: 1}, sz, sz)
	dc := gg.NewContextForRGBA(img)
	fr.draw(dc, ft)
	return img
}

// swatchText is a typesetter for swatches, which have no Set. The Go
// fonts are compiled in and always parse; should they not, the swatch is
// drawn without its text.
func swatchText() *label.Typesetter {
	ts, err := label.NewTypesetter()
	if err != nil {
		return &label.Typesetter{}
	}
	return ts
}

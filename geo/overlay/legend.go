package overlay

import (
	"image"
	"sort"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// LegendEntry is one line of the legend: a layer (or one style within it:
// a route mode, a Shining Path faction) and how many of its features the
// map shows for the year, fading events included.
type LegendEntry struct {
	Group   string // data.Group name the layer belongs to
	Layer   data.Layer
	Mode    data.Mode    // line style of route and air_route entries; "" for areas
	Faction data.Faction // for sendero_area entries by faction
	Status  string       // "potential" for the hatched possible coca zones, else ""
	Zone    bool         // an area of a line layer: no-fly zones, areas crossed on foot
	Count   int
}

// Title is the entry's legend line in lang ("en" or "es").
func (e LegendEntry) Title(lang string) string {
	switch {
	case e.Layer == data.LayerRoute && (e.Mode != "" || e.Zone):
		return e.Mode.RouteTitle(lang)
	case e.Layer == data.LayerAirRoute && e.Zone:
		if lang == data.LangES {
			return "Zonas de interdicción aérea y de exclusión"
		}
		return "Air interdiction and no-fly zones"
	case e.Layer == data.LayerSenderoArea:
		return e.Faction.Title(lang)
	case e.Layer == data.LayerCocaZone && e.Status == "potential":
		if lang == data.LangES {
			return "Posible desplazamiento de la coca"
		}
		return "Possible coca displacement"
	}
	return e.Layer.PluralTitle(lang)
}

// Legend lists the visible layers in group order, split by route mode and
// faction where the map draws them differently, with the number of
// features shown in opt.Year. A visible layer with nothing to show gets
// one entry with a zero count.
func (s *Set) Legend(opt Options) []LegendEntry {
	var out []LegendEntry
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
				if _, ok := shown(ft, &opt); !ok {
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
			sort.SliceStable(entries, func(i, j int) bool { return entries[i].Status < entries[j].Status })
			if len(entries) == 0 {
				entries = append(entries, LegendEntry{Group: g.Name, Layer: l})
			}
			out = append(out, entries...)
		}
	}
	return out
}

// entryFor is the legend entry (with a zero count) a feature belongs to.
func entryFor(group string, ft *feat) LegendEntry {
	e := LegendEntry{Group: group, Layer: ft.f.Layer}
	switch ft.f.Layer {
	case data.LayerRoute:
		e.Mode = ft.f.Mode
		if ft.geom == classArea {
			e.Mode = data.ModeFoot
		}
	case data.LayerAirRoute:
		if ft.geom == classArea {
			e.Zone = true
		} else {
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

// Swatch draws the legend symbol of a layer (and mode, for routes) into a
// size x size transparent image with the map's own style code, for UI and
// export legends.
func Swatch(l data.Layer, mode data.Mode, size int, scale float64) *image.RGBA {
	return LegendEntry{Layer: l, Mode: mode}.Swatch(size, scale)
}

// Swatch draws the entry's legend symbol, faction colours included, into a
// size x size transparent image.
func (e LegendEntry) Swatch(size int, scale float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	if size <= 0 {
		return img
	}
	if scale <= 0 {
		scale = 1
	}
	sz := float64(size)
	m := sz * 0.14
	f := data.Feature{ID: "swatch", Layer: e.Layer, Mode: e.Mode, Faction: string(e.Faction), Status: e.Status,
		Name: "", Period: data.Year(2000), Precision: data.PrecisionPoint}
	ft := &feat{f: f}
	isLine := e.Mode != "" && (e.Layer == data.LayerRoute || e.Layer == data.LayerAirRoute) && e.Mode != data.ModeFoot
	switch {
	case e.Layer == data.LayerEvent:
		ft.geom = classSymbol
		ft.points = []geo.Pixel{{X: sz / 2, Y: sz / 2}}
	case isLine:
		ft.geom = classLine
		ft.lines = [][]geo.Pixel{{{X: m, Y: sz - m}, {X: sz / 2, Y: sz * 0.45}, {X: sz - m, Y: m}}}
		if e.Mode == data.ModeAir {
			ft.lines = [][]geo.Pixel{arcLine([]geo.Pixel{{X: m, Y: sz - m}, {X: sz - m, Y: m}})}
		}
	case e.Layer == data.LayerCocaZone, e.Layer == data.LayerSenderoArea, e.Layer == data.LayerAirRoute, e.Layer == data.LayerRoute:
		ft.geom = classArea
		ft.polys = [][][]geo.Pixel{{{{X: m, Y: m}, {X: sz - m, Y: m}, {X: sz - m, Y: sz - m}, {X: m, Y: sz - m}}}}
		if e.Layer == data.LayerAirRoute {
			ft.f.Kind = "no_fly_zone"
		}
	default:
		ft.geom = classSymbol
		ft.points = []geo.Pixel{{X: sz / 2, Y: sz / 2}}
	}
	ft.st = styleFor(&ft.f, ft.geom)
	ft.st.arc = false
	ft.bounds()
	ft.anchor = geo.Pixel{X: sz / 2, Y: sz / 2}
	if e.Layer == data.LayerEvent {
		ft.st.class = classEvent
	}
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

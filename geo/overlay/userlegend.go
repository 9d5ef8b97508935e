package overlay

import (
	"image"
	"slices"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo"
)

// userLegend lists one entry per user layer not hidden by opt, in the
// set's order, counting its features drawn in opt.Year for which counted
// holds; a layer with none drawn gets a zero count, as an atlas layer
// does. An entry's shapes are its whole layer's, so that its swatch does
// not change with the year or the view.
func (s *Set) userLegend(opt Options, counted func(*feat) bool) []LegendEntry {
	if len(s.users) == 0 {
		return nil
	}
	out := make([]LegendEntry, 0, len(s.users))
	at := make([]int, len(s.users)) // the entry of each layer, -1 when hidden
	for i, l := range s.users {
		at[i] = -1
		if slices.Contains(opt.HideUsers, i) {
			continue
		}
		at[i] = len(out)
		out = append(out, LegendEntry{User: i + 1, UserName: l.Name})
	}
	for _, ft := range s.feats[s.atlas:] {
		k := at[ft.user.layer]
		if k < 0 {
			continue
		}
		e := &out[k]
		e.UserShapes |= shapesOf(ft)
		if _, ok := shown(ft, &opt); ok && counted(ft) {
			e.Count++
		}
	}
	for i := range out {
		out[i].Shape = mainShape(out[i].UserShapes)
	}
	return out
}

// shapesOf is the set of shapes ft's geometry is drawn with, a bit per
// Shape.
func shapesOf(ft *feat) uint8 {
	var m uint8
	if len(ft.polys) > 0 {
		m |= 1 << ShapeArea
	}
	if len(ft.lines) > 0 {
		m |= 1 << ShapeLine
	}
	if len(ft.points) > 0 {
		m |= 1 << ShapePoint
	}
	return m
}

// mainShape is the shape an entry of shapes m is listed as: a point when
// it has points, else a line when it has lines, else an area (the
// geometry class rule of feat.project).
func mainShape(m uint8) Shape {
	switch {
	case m&(1<<ShapePoint) != 0:
		return ShapePoint
	case m&(1<<ShapeLine) != 0:
		return ShapeLine
	case m == 0:
		return ShapePoint
	}
	return ShapeArea
}

// userSwatch draws a user entry's swatch into img (square, transparent):
// its layer's look, with each of its shapes (an area's tint and edge, a
// line across, a pin in the middle), drawn by the map's own code.
func (e LegendEntry) userSwatch(img *image.RGBA, scale float64) {
	sz := float64(img.Bounds().Dx())
	m := sz * 0.14
	shapes := e.UserShapes
	if shapes == 0 {
		shapes = 1 << ShapePoint
	}
	look := lookOf(e.User - 1)
	var feats []*feat
	if shapes&(1<<ShapeArea) != 0 {
		feats = append(feats, &feat{geom: classArea,
			polys: [][][]geo.Pixel{{{{X: m, Y: m}, {X: sz - m, Y: m}, {X: sz - m, Y: sz - m}, {X: m, Y: sz - m}}}}})
	}
	if shapes&(1<<ShapeLine) != 0 {
		feats = append(feats, &feat{geom: classLine,
			lines: [][]geo.Pixel{{{X: m, Y: sz - m}, {X: sz / 2, Y: sz * 0.45}, {X: sz - m, Y: m}}}})
	}
	if shapes&(1<<ShapePoint) != 0 {
		feats = append(feats, &feat{geom: classSymbol, points: []geo.Pixel{{X: sz / 2, Y: sz / 2}}})
	}
	dc := gg.NewContextForRGBA(img)
	for i, ft := range feats {
		ft.idx = i
		ft.user = &userRef{f: &userlayer.Feature{}} // drawn in every year
		ft.st = userStyle(look, ft.geom, ft.geom == classSymbol)
		ft.bounds()
		ft.anchor = geo.Pixel{X: sz / 2, Y: sz / 2}
	}
	s := &Set{feats: feats, text: swatchText()}
	for _, ft := range feats {
		sc := scale
		if len(feats) > 1 { // thinner bands, so that each shape reads in a small square
			sc *= 0.65
		}
		if ft.geom == classSymbol { // a pin is drawn smaller so it fits, head and stem centred
			sc = min(scale, sz/(2.2*symbolRadius))
		}
		fr := newFrame(s, Options{Scale: sc}, proj{k: 1}, sz, sz)
		if ft.geom == classSymbol {
			fr.symAt[ft.idx] = [][2]float64{{sz / 2, sz/2 - 0.45*symbolRadius*sc}}
		}
		fr.draw(dc, ft)
	}
}

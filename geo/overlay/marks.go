package overlay

import (
	"image"
	"image/color"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Mark is how a comparison of two years marks, on one of its maps, what
// that map shows and the other does not (geo/change says which features):
// a ring around each symbol, event marker and end of an air route, a halo
// along each route and a ring along each area's outline, all in a magenta
// no layer uses. The pattern tells the two kinds apart, never the colour
// alone: MarkNew is solid, MarkGone dashed. A comparison's window and its
// export draw the marks with this one code.
type Mark int8

// The marks.
const (
	MarkNone Mark = iota
	MarkNew       // solid: on this map, not on the earlier one (new)
	MarkGone      // dashed: on this map, gone from the later one
)

// markColor is the marks' ink: a magenta no atlas layer uses, dark enough
// on the basemap's land and sea.
var markColor = color.NRGBA{R: 0xb0, G: 0x00, B: 0x78, A: 0xff}

// Mark sizes in pixels at scale 1.
const (
	markRadius    = 13.0 // a ring around a symbol or an air route's end
	markWidth     = 2.6  // its line
	markHalo      = 11.0 // the halo along a route, under it
	markAreaWidth = 1.8  // the ring along an area's outline
	markHaloAlpha = 0x70
)

// markDash is the dash pattern of MarkGone at scale 1.
var markDash = []float64{4, 3.5}

// dash is the mark's dash pattern at scale 1 (nil: solid).
func (m Mark) dash() []float64 {
	if m == MarkGone {
		return markDash
	}
	return nil
}

// MarkSwatch draws the mark's ring in a size x size image at scale, for a
// legend or a key beside the map.
func MarkSwatch(m Mark, size int, scale float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	dc := gg.NewContextForRGBA(img)
	s := float64(size)
	dc.SetColor(markColor)
	dc.SetLineWidth(markWidth * scale)
	dc.SetLineCapRound()
	if d := m.dash(); d != nil {
		dc.SetDash(d[0]*scale, d[1]*scale)
	}
	dc.DrawCircle(s/2, s/2, s/2-markWidth*scale)
	dc.Stroke()
	return img
}

// MarkedIn counts the features opt marks that are drawn inside view v:
// whether a key to the marks belongs beside it.
func (s *Set) MarkedIn(opt Options, v geo.View) int {
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	n := 0
	for _, ft := range fr.feats {
		if fr.marked(ft) && fr.inside(ft) {
			n++
		}
	}
	return n
}

// markFeats notes which of the frame's features opt.Marked marks.
func (fr *frame) markFeats() {
	if fr.opt.Mark == MarkNone || len(fr.opt.Marked) == 0 {
		return
	}
	fr.mark = make([]bool, len(fr.s.feats))
	for _, id := range fr.opt.Marked {
		if ft, ok := fr.s.byID[id]; ok && ft.user == nil {
			fr.mark[ft.idx] = true
		}
	}
}

// marked reports whether ft is marked (and drawn: fr.feats only).
func (fr *frame) marked(ft *feat) bool { return fr.mark != nil && fr.mark[ft.idx] }

// markRadius is the outer radius of the ring around a symbol of radius r:
// never less than markRadius, always clear of the symbol.
func (fr *frame) markRadius(r float64) float64 {
	return max(markRadius*fr.sc, r+4*fr.sc) + markWidth/2*fr.sc
}

// symbolR is the radius a feature's symbol keeps free around it: the
// symbol's own, or its ring's when it is marked.
func (fr *frame) symbolR(ft *feat) float64 {
	r := symbolRadius * fr.sc
	if fr.marked(ft) {
		return fr.markRadius(r)
	}
	return r
}

// markerR is the radius event marker m keeps free around it: its white
// edge, or its ring when one of its events is marked.
func (fr *frame) markerR(m *eventMarker) float64 {
	for _, e := range m.members {
		if fr.marked(e) {
			return fr.markRadius(m.r)
		}
	}
	return m.r + 1.2*fr.sc
}

// markRoutes reports whether ft is a marked line that gets a halo (an air
// route's arc is marked at its ends instead).
func (fr *frame) markRoutes(ft *feat) bool {
	return fr.marked(ft) && ft.st.class == classLine && ft.f.Layer != data.LayerAirRoute
}

// routeEnds are the ends of a marked air route on the image, ringed.
func (fr *frame) routeEnds(ft *feat) [][2]float64 {
	if !fr.marked(ft) || ft.f.Layer != data.LayerAirRoute || ft.st.class != classLine {
		return nil
	}
	var out [][2]float64
	for _, l := range ft.lines {
		if len(l) == 0 {
			continue
		}
		for _, p := range []geo.Pixel{l[0], l[len(l)-1]} {
			x, y := fr.p.pt(p)
			out = append(out, [2]float64{x, y})
		}
	}
	return out
}

// drawMarksUnder draws, before the layers, the halo along each marked
// route.
func (fr *frame) drawMarksUnder(dc *gg.Context) {
	if fr.mark == nil {
		return
	}
	halo := markColor
	halo.A = markHaloAlpha
	for _, ft := range fr.feats {
		if fr.markRoutes(ft) && fr.onScreen(ft) {
			fr.strokeLines(dc, ft.lines, false, colorSpec{halo, markHalo, fr.opt.Mark.dash()})
		}
	}
}

// drawMarksOver draws, over the layers and under the labels, the rings
// around marked symbols, event markers and air route ends, and along
// marked areas' outlines.
func (fr *frame) drawMarksOver(dc *gg.Context) {
	if fr.mark == nil {
		return
	}
	ring := func(x, y, r float64) {
		dc.DrawCircle(x, y, r-markWidth/2*fr.sc)
		fr.strokeMark(dc, markWidth)
	}
	for _, ft := range fr.feats {
		if !fr.marked(ft) || !fr.onScreen(ft) {
			continue
		}
		switch {
		case ft.st.class == classEvent:
			if m := fr.markers[ft.idx]; m != nil && fr.firstMarked(m) == ft {
				ring(m.x, m.y, fr.markerR(m))
			}
			continue
		case ft.st.symbol != symNone:
			for _, q := range fr.symbolXY(ft) {
				ring(q[0], q[1], fr.symbolR(ft))
			}
		}
		for _, q := range fr.routeEnds(ft) {
			ring(q[0], q[1], fr.markRadius(0))
		}
		if ft.st.class == classArea {
			fr.strokeLines(dc, flatRings(ft.polys), true, colorSpec{markColor, markAreaWidth, fr.opt.Mark.dash()})
		}
	}
}

// firstMarked is the first marked event of marker m, which draws its ring.
func (fr *frame) firstMarked(m *eventMarker) *feat {
	for _, e := range m.members {
		if fr.marked(e) {
			return e
		}
	}
	return nil
}

// strokeMark strokes the current path in the mark's ink and pattern, w
// pixels wide at scale 1.
func (fr *frame) strokeMark(dc *gg.Context, w float64) {
	fr.stroke(dc, markColor, w, fr.opt.Mark.dash())
}

// markObstacles are what the marks put in the labels' way: the rings
// around air route ends (the symbols' rings are their symbols' boxes,
// see symbolRects) as boxes, and the rings along areas' outlines as lines
// labels should not cross.
func (fr *frame) markObstacles() label.Obstacles {
	var o label.Obstacles
	if fr.mark == nil {
		return o
	}
	r := fr.markRadius(0)
	for _, ft := range fr.feats {
		if !fr.marked(ft) || !fr.onScreen(ft) {
			continue
		}
		for _, q := range fr.routeEnds(ft) {
			o.Boxes = append(o.Boxes, label.Box{X0: q[0] - r, Y0: q[1] - r, X1: q[0] + r, Y1: q[1] + r})
		}
		if ft.st.class != classArea {
			continue
		}
		for _, poly := range ft.polys {
			for _, ring := range poly {
				pts := make([][2]float64, len(ring))
				for i, p := range ring {
					pts[i][0], pts[i][1] = fr.p.pt(p)
				}
				o.Lines = append(o.Lines, pts)
			}
		}
	}
	return o
}

// flatRings lists the rings of polygons.
func flatRings(polys [][][]geo.Pixel) [][]geo.Pixel {
	var out [][]geo.Pixel
	for _, p := range polys {
		out = append(out, p...)
	}
	return out
}

package overlay

import (
	"math"
	"sort"

	"github.com/fogleman/gg"
)

// Symbol placement. Point symbols and event markers never cover each
// other: they are placed in priority order (ports first, events last), and
// one that would cover an earlier one moves to the nearest free place
// around its true position, to which a thin leader line points back.

// symPlace is a symbol's true position and where it is drawn.
type symPlace struct {
	tx, ty float64 // the feature's point on the image
	x, y   float64 // where the symbol is drawn
	r      float64 // its radius
}

// moved reports whether the symbol was displaced from its point.
func (p symPlace) moved() bool { return math.Hypot(p.x-p.tx, p.y-p.ty) > 0.5 }

// symbolPoints are the points of ft that carry a symbol: its points, or
// its anchor for areas shown by a symbol (airstrips, bases of a region).
func (fr *frame) symbolPoints(ft *feat) [][2]float64 {
	if len(ft.points) > 0 {
		out := make([][2]float64, len(ft.points))
		for i, p := range ft.points {
			out[i][0], out[i][1] = fr.p.pt(p)
		}
		return out
	}
	x, y := fr.p.pt(ft.anchor)
	return [][2]float64{{x, y}}
}

// placeSymbols places every visible point symbol and event marker. It
// fills fr.symAt (where each feature's symbols are drawn) and fr.leaders,
// and moves event markers in place.
func (fr *frame) placeSymbols() {
	type item struct {
		ft    *feat
		m     *eventMarker // for an event marker
		prio  int
		x, y  float64
		r     float64
		point int
	}
	var items []item
	r := symbolRadius * fr.sc
	for _, ft := range fr.feats {
		if ft.st.class == classEvent || ft.st.symbol == symNone || !fr.onScreen(ft) {
			continue
		}
		for i, q := range fr.symbolPoints(ft) {
			items = append(items, item{ft: ft, prio: ft.st.priority, x: q[0], y: q[1], r: r, point: i})
		}
		fr.symAt[ft.idx] = make([][2]float64, len(fr.symbolPoints(ft)))
	}
	for _, m := range fr.events {
		items = append(items, item{m: m, prio: -1, x: m.x, y: m.y, r: m.r + 1.2*fr.sc})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].prio > items[j].prio })
	var placed []symPlace
	gap := 2 * fr.sc
	free := func(x, y, r float64) bool {
		for _, p := range placed {
			if math.Hypot(p.x-x, p.y-y) < p.r+r+gap {
				return false
			}
		}
		return true
	}
	for _, it := range items {
		x, y := it.x, it.y
	search:
		for ring := 1; !free(x, y, it.r) && ring <= 4; ring++ {
			d := float64(ring) * (2*it.r + gap)
			for k := range 8 {
				a := -math.Pi/2 + float64(k)*math.Pi/4
				if cx, cy := it.x+d*math.Cos(a), it.y+d*math.Sin(a); free(cx, cy, it.r) {
					x, y = cx, cy
					break search
				}
			}
		}
		p := symPlace{tx: it.x, ty: it.y, x: x, y: y, r: it.r}
		placed = append(placed, p)
		if p.moved() {
			fr.leaders = append(fr.leaders, p)
		}
		if it.m != nil {
			it.m.x, it.m.y = x, y
			continue
		}
		fr.symAt[it.ft.idx][it.point] = [2]float64{x, y}
	}
}

// drawLeaders draws a thin line from each displaced symbol back to its
// true point, with a small dot there.
func (fr *frame) drawLeaders(dc *gg.Context) {
	for _, p := range fr.leaders {
		dx, dy := p.x-p.tx, p.y-p.ty
		d := math.Hypot(dx, dy)
		ex, ey := p.x-dx/d*p.r, p.y-dy/d*p.r
		dc.SetColor(withAlpha(inkColor, 0.85))
		dc.SetLineWidth(1.2 * fr.sc)
		dc.MoveTo(p.tx, p.ty)
		dc.LineTo(ex, ey)
		dc.Stroke()
		dc.DrawCircle(p.tx, p.ty, 2.2*fr.sc)
		dc.Fill()
	}
}

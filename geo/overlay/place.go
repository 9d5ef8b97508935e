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
	tx, ty float64 // the symbol's centre on the image where its point puts it
	x, y   float64 // where the symbol is drawn
	r      float64 // its radius
	lift   float64 // how far its centre is above its point (a pin's)
}

// moved reports whether the symbol was displaced from its point.
func (p symPlace) moved() bool { return math.Hypot(p.x-p.tx, p.y-p.ty) > 0.5 }

// maxSpreadPins is how many pins of the user layers one frame spreads
// like the atlas's symbols. A frame with more (a survey of thousands of
// points seen whole) draws them all where they are, overlapping each
// other as the file puts them, under the atlas's symbols; they are then a
// texture, like hatching, that labels may cross (with their halos)
// rather than obstacles that would leave no room for the atlas's names.
const maxSpreadPins = 200

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
		lift  float64
		point int
	}
	var items []item
	r := symbolRadius * fr.sc
	pins := 0
	for _, ft := range fr.feats {
		if ft.st.class == classEvent || ft.st.symbol == symNone || !fr.onScreen(ft) {
			continue
		}
		lift := 0.0
		if ft.st.symbol == symPin {
			lift = pinLift * r
		}
		pts := fr.symbolPoints(ft)
		for i, q := range pts {
			items = append(items, item{ft: ft, prio: ft.st.priority, x: q[0], y: q[1] - lift, r: r, lift: lift, point: i})
		}
		fr.symAt[ft.idx] = make([][2]float64, len(pts))
		if lift > 0 {
			pins += len(pts)
		}
	}
	for _, m := range fr.events {
		items = append(items, item{m: m, prio: -1, x: m.x, y: m.y, r: m.r + 1.2*fr.sc})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].prio > items[j].prio })
	gap := 2 * fr.sc
	placed := newSymGrid(4*r + gap)
	fr.crowded = pins > maxSpreadPins
	for _, it := range items {
		x, y := it.x, it.y
		if it.lift > 0 && fr.crowded {
			fr.symAt[it.ft.idx][it.point] = [2]float64{x, y} // where it is, and no obstacle to others
			continue
		}
	search:
		for ring := 1; !placed.free(x, y, it.r, gap) && ring <= 4; ring++ {
			d := float64(ring) * (2*it.r + gap)
			for k := range 8 {
				a := -math.Pi/2 + float64(k)*math.Pi/4
				if cx, cy := it.x+d*math.Cos(a), it.y+d*math.Sin(a); placed.free(cx, cy, it.r, gap) {
					x, y = cx, cy
					break search
				}
			}
		}
		p := symPlace{tx: it.x, ty: it.y, x: x, y: y, r: it.r, lift: it.lift}
		placed.add(p)
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

// symGrid holds the placed symbols in square cells, so that a frame with
// thousands of them finds its neighbours without looking at every one.
type symGrid struct {
	cell  float64
	maxR  float64
	cells map[[2]int][]symPlace
}

func newSymGrid(cell float64) *symGrid {
	return &symGrid{cell: cell, cells: map[[2]int][]symPlace{}}
}

func (g *symGrid) key(x, y float64) [2]int {
	return [2]int{int(math.Floor(x / g.cell)), int(math.Floor(y / g.cell))}
}

// free reports whether a symbol of radius r at (x, y) keeps gap from
// every placed one.
func (g *symGrid) free(x, y, r, gap float64) bool {
	reach := r + g.maxR + gap
	k0, k1 := g.key(x-reach, y-reach), g.key(x+reach, y+reach)
	for cy := k0[1]; cy <= k1[1]; cy++ {
		for cx := k0[0]; cx <= k1[0]; cx++ {
			for _, p := range g.cells[[2]int{cx, cy}] {
				if math.Hypot(p.x-x, p.y-y) < p.r+r+gap {
					return false
				}
			}
		}
	}
	return true
}

// add places p.
func (g *symGrid) add(p symPlace) {
	k := g.key(p.x, p.y)
	g.cells[k] = append(g.cells[k], p)
	g.maxR = math.Max(g.maxR, p.r)
}

// drawLeaders draws a thin line from each displaced symbol back to its
// true point, with a small dot there.
func (fr *frame) drawLeaders(dc *gg.Context) {
	for _, p := range fr.leaders {
		tx, ty := p.tx, p.ty+p.lift // the point
		dx, dy := p.x-p.tx, p.y-p.ty
		d := math.Hypot(dx, dy)
		ex, ey := p.x-dx/d*p.r, p.y-dy/d*p.r
		if p.lift > 0 { // a pin: to its tip
			ex, ey = p.x, p.y+p.lift
		}
		dc.SetColor(withAlpha(inkColor, 0.85))
		dc.SetLineWidth(1.2 * fr.sc)
		dc.MoveTo(tx, ty)
		dc.LineTo(ex, ey)
		dc.Stroke()
		dc.DrawCircle(tx, ty, 2.2*fr.sc)
		dc.Fill()
	}
}

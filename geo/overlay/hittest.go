package overlay

import (
	"math"
	"sort"

	"github.com/perutraffickingatlas/atlas/geo"
)

// hit is one feature under the pointer.
type hit struct {
	id   string
	rank int     // 0 markers and symbols, 1 lines, 2 areas
	dist float64 // pixels from the pointer
	area float64 // smaller areas are on top
	draw int     // drawing order, later is on top
}

// HitTest returns the ids of the visible features under screen pixel p of
// view v, nearest and topmost first: event markers, symbols and lines
// within tolerance pixels, polygons when p is inside.
func (s *Set) HitTest(v geo.View, opt Options, p geo.Pixel, tolerance float64) []string {
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	var hits []hit
	sym := symbolRadius * fr.sc
	w := fr.p.world(p.X, p.Y) // the pointer in world-0 pixels
	tolW := tolerance / fr.p.k
	for _, ft := range fr.feats {
		// cheap reject on the bounding box grown by the symbol and
		// tolerance; symbols are looked up where they were placed, which
		// may be farther
		grow := (tolerance + 2*sym) / fr.p.k
		if ft.st.class != classEvent && len(fr.symbolXY(ft)) == 0 && (w.X < ft.min.X-grow || w.X > ft.max.X+grow || w.Y < ft.min.Y-grow || w.Y > ft.max.Y+grow) {
			continue
		}
		best := hit{id: ft.f.ID, rank: 3, dist: math.Inf(1), area: ft.area, draw: ft.idx}
		try := func(rank int, d float64) {
			if d <= tolerance && (rank < best.rank || (rank == best.rank && d < best.dist)) {
				best.rank, best.dist = rank, math.Max(0, d)
			}
		}
		if ft.st.class == classEvent {
			if m := fr.markers[ft.idx]; m != nil {
				try(0, math.Hypot(p.X-m.x, p.Y-m.y)-m.r)
			}
		} else if ft.st.symbol != symNone {
			for _, q := range fr.symbolXY(ft) {
				try(0, math.Hypot(p.X-q[0], p.Y-q[1])-sym)
			}
		}
		for _, l := range ft.lines {
			d2 := math.Inf(1)
			for i := 1; i < len(l); i++ {
				d2 = math.Min(d2, segDist2(w, l[i-1], l[i]))
			}
			if d := math.Sqrt(d2); d <= tolW {
				try(1, d*fr.p.k-ft.st.width*fr.sc/2)
			}
		}
		if ft.st.class != classEvent {
			for _, poly := range ft.polys {
				if inPolygon(poly, w) {
					try(2, 0)
				}
			}
		}
		if best.rank < 3 {
			hits = append(hits, best)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.rank == 2 && a.area != b.area {
			return a.area < b.area
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		return a.draw > b.draw
	})
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.id
	}
	return out
}

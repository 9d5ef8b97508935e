package embedded

import (
	"math"

	"github.com/perutraffickingatlas/atlas/geo/relief"
)

// cellPx is the edge of an index cell in logical pixels: 4x4 tiles.
const cellPx = 1024

// contextMaxZoom is the last zoom that draws coarse land around the data.
const contextMaxZoom = 7

// Polygon layers of a cell.
const (
	layerLand = iota
	layerPeru
	layerContext
)

// clipMargin keeps clipped polygon edges outside the tiles of a cell.
const clipMargin = 4

type cellKey struct{ x, y int }

// cell holds everything drawn in one index cell at one zoom, in logical
// world pixels at that zoom, clipped or cut to the cell.
type cell struct {
	ctx   []ring // coarse land around the data bound
	land  []ring
	peru  []ring
	lines []line
}

// zoomData is a world prepared for one zoom.
type zoomData struct {
	z      int
	bound  rect // data bound in logical pixels
	cbound rect // context bound in logical pixels, empty past contextMaxZoom
	cells  map[cellKey]*cell
	relief *relief.Shading
}

func (zd *zoomData) cellAt(k cellKey) *cell {
	c := zd.cells[k]
	if c == nil {
		c = &cell{}
		zd.cells[k] = c
	}
	return c
}

// buildZoom prepares w for zoom z; tol is the simplification tolerance in
// logical pixels.
func buildZoom(w *world, z int, tol float64) *zoomData {
	f := math.Exp2(float64(z))
	zd := &zoomData{z: z, cells: map[cellKey]*cell{},
		bound: rect{w.bound[0].X * f, w.bound[0].Y * f, w.bound[1].X * f, w.bound[1].Y * f}}
	if z <= contextMaxZoom {
		zd.cbound = rect{w.cbound[0].X * f, w.cbound[0].Y * f, w.cbound[1].X * f, w.cbound[1].Y * f}
	}
	prepRings := func(rs []ring) []ring {
		var out []ring
		for _, r := range rs {
			ps := scaled(r.pts, f, tol)
			b := bbox(ps)
			if len(ps) < 4 || (b.x1-b.x0 < 0.8 && b.y1-b.y0 < 0.8) {
				continue
			}
			if (signedArea(ps) > 0) != (r.sign > 0) {
				for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
					ps[i], ps[j] = ps[j], ps[i]
				}
			}
			out = append(out, ring{sign: r.sign, pts: ps})
		}
		return out
	}
	world := f * 256
	zd.splitRings(prepRings(w.land), rect{0, 0, world, world}, layerLand)
	zd.splitRings(prepRings(w.peru), rect{0, 0, world, world}, layerPeru)
	if z <= contextMaxZoom {
		zd.splitRings(prepRings(w.ctx), rect{0, 0, world, world}, layerContext)
	}
	for _, l := range w.lines {
		if _, _, _, ok := lineStyle(l.class, z); !ok {
			continue
		}
		zd.cutLine(line{class: l.class, pts: scaled(l.pts, f, tol)})
	}
	for _, c := range zd.cells {
		sortLines(c.lines)
	}
	return zd
}

// splitRings clips rings down a quadtree until cells are cellPx wide.
func (zd *zoomData) splitRings(rs []ring, r rect, layer int) {
	if len(rs) == 0 {
		return
	}
	size := r.x1 - r.x0
	if size <= cellPx {
		c := zd.cellAt(cellKey{int(r.x0) / cellPx, int(r.y0) / cellPx})
		switch layer {
		case layerPeru:
			c.peru = append(c.peru, rs...)
		case layerContext:
			c.ctx = append(c.ctx, rs...)
		default:
			c.land = append(c.land, rs...)
		}
		return
	}
	h := size / 2
	for _, q := range [4]rect{
		{r.x0, r.y0, r.x0 + h, r.y0 + h}, {r.x0 + h, r.y0, r.x1, r.y0 + h},
		{r.x0, r.y0 + h, r.x0 + h, r.y1}, {r.x0 + h, r.y0 + h, r.x1, r.y1},
	} {
		m := q.grow(clipMargin)
		var sub []ring
		for _, rg := range rs {
			b := bbox(rg.pts)
			switch {
			case !b.intersects(m):
			case m.contains(b):
				sub = append(sub, rg)
			default:
				if ps := clipRing(rg.pts, m); ps != nil {
					sub = append(sub, ring{sign: rg.sign, pts: ps})
				}
			}
		}
		zd.splitRings(sub, q, layer)
	}
}

// cutLine appends the runs of l to every cell its segments come near.
func (zd *zoomData) cutLine(l line) {
	const m = maxHalfWidth + 2
	open := map[cellKey]int{} // cell -> index in its lines of l's open run
	lastSeg := map[cellKey]int{}
	for i := 0; i+1 < len(l.pts); i++ {
		a, b := l.pts[i], l.pts[i+1]
		x0 := int(math.Floor((math.Min(a.X, b.X) - m) / cellPx))
		x1 := int(math.Floor((math.Max(a.X, b.X) + m) / cellPx))
		y0 := int(math.Floor((math.Min(a.Y, b.Y) - m) / cellPx))
		y1 := int(math.Floor((math.Max(a.Y, b.Y) + m) / cellPx))
		for cx := x0; cx <= x1; cx++ {
			for cy := y0; cy <= y1; cy++ {
				k := cellKey{cx, cy}
				c := zd.cellAt(k)
				if idx, ok := open[k]; ok && lastSeg[k] == i-1 {
					c.lines[idx].pts = append(c.lines[idx].pts, b)
				} else {
					open[k] = len(c.lines)
					c.lines = append(c.lines, line{class: l.class, pts: []pt{a, b}})
				}
				lastSeg[k] = i
			}
		}
	}
}

package main

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
)

// All shapes are built in a local flat projection around their first point
// (km east, km north), which is accurate enough at the scale of a valley.

type proj struct{ lon0, lat0, kx, ky float64 }

func newProj(p orb.Point) proj {
	const kmPerDeg = 111.32
	return proj{p[0], p[1], kmPerDeg * math.Cos(p[1]*math.Pi/180), kmPerDeg}
}

func (pr proj) fwd(p orb.Point) orb.Point {
	return orb.Point{(p[0] - pr.lon0) * pr.kx, (p[1] - pr.lat0) * pr.ky}
}

func (pr proj) inv(p orb.Point) orb.Point {
	return orb.Point{round5(pr.lon0 + p[0]/pr.kx), round5(pr.lat0 + p[1]/pr.ky)}
}

func round5(x float64) float64 { return math.Round(x*1e5) / 1e5 }

// hull returns the convex hull of pts (Andrew's monotone chain), counter-
// clockwise, not closed.
func hull(pts []orb.Point) []orb.Point {
	ps := append([]orb.Point(nil), pts...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i][0] != ps[j][0] {
			return ps[i][0] < ps[j][0]
		}
		return ps[i][1] < ps[j][1]
	})
	if len(ps) < 3 {
		return ps
	}
	cross := func(o, a, b orb.Point) float64 {
		return (a[0]-o[0])*(b[1]-o[1]) - (a[1]-o[1])*(b[0]-o[0])
	}
	var h []orb.Point
	for _, p := range ps {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	lower := len(h) + 1
	for i := len(ps) - 2; i >= 0; i-- {
		p := ps[i]
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	return h[:len(h)-1]
}

// bufferedHull is the convex hull of pts grown by km in every direction:
// the hull of a 16-sided circle around every point.
func bufferedHull(pts []orb.Point, km float64) orb.Polygon {
	pr := newProj(pts[0])
	var grown []orb.Point
	for _, p := range pts {
		q := pr.fwd(p)
		if km <= 0 {
			grown = append(grown, q)
			continue
		}
		for k := 0; k < 16; k++ {
			a := float64(k) * math.Pi / 8
			grown = append(grown, orb.Point{q[0] + km*math.Cos(a), q[1] + km*math.Sin(a)})
		}
	}
	h := hull(grown)
	ring := make(orb.Ring, 0, len(h)+1)
	for _, p := range h {
		ring = append(ring, pr.inv(p))
	}
	ring = append(ring, ring[0])
	return orb.Polygon{ring}
}

// simplify thins a line with Douglas-Peucker at tol km.
func simplify(line []orb.Point, tol float64) []orb.Point {
	if len(line) < 3 {
		return line
	}
	pr := newProj(line[0])
	xy := make([]orb.Point, len(line))
	for i, p := range line {
		xy[i] = pr.fwd(p)
	}
	keep := make([]bool, len(line))
	keep[0], keep[len(line)-1] = true, true
	var rec func(a, b int)
	rec = func(a, b int) {
		best, bi := 0.0, -1
		for i := a + 1; i < b; i++ {
			if d := segDist(xy[i], xy[a], xy[b]); d > best {
				best, bi = d, i
			}
		}
		if bi >= 0 && best > tol {
			keep[bi] = true
			rec(a, bi)
			rec(bi, b)
		}
	}
	rec(0, len(line)-1)
	var out []orb.Point
	for i, p := range line {
		if keep[i] {
			out = append(out, orb.Point{round5(p[0]), round5(p[1])})
		}
	}
	return out
}

func segDist(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l2))
	}
	ex, ey := p[0]-(a[0]+t*dx), p[1]-(a[1]+t*dy)
	return math.Hypot(ex, ey)
}

// corridor grows lines into the polygon of all points within km of them,
// built on a raster: cells of km/8 whose centres lie within km of the line
// are marked, the outline of the marked cells is traced, and the ring is
// simplified. Unlike offset curves this never self-intersects at the tight
// bends of a meandering river; enclosed holes are filled.
func corridor(lines []orb.LineString, km float64) orb.Polygon {
	pr := newProj(lines[0][0])
	xys := make([][]orb.Point, len(lines))
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for l, line := range lines {
		xys[l] = make([]orb.Point, len(line))
		for i, p := range line {
			q := pr.fwd(p)
			xys[l][i] = q
			minX, minY = math.Min(minX, q[0]), math.Min(minY, q[1])
			maxX, maxY = math.Max(maxX, q[0]), math.Max(maxY, q[1])
		}
	}
	cell := km / 8
	x0, y0 := minX-km-2*cell, minY-km-2*cell
	nx, ny := int((maxX-minX+2*km)/cell)+5, int((maxY-minY+2*km)/cell)+5
	in := make([]bool, nx*ny)
	at := func(i, j int) bool { return i >= 0 && j >= 0 && i < nx && j < ny && in[j*nx+i] }
	for j := 0; j < ny; j++ {
		for i := 0; i < nx; i++ {
			c := orb.Point{x0 + (float64(i)+0.5)*cell, y0 + (float64(j)+0.5)*cell}
		lines:
			for _, xy := range xys {
				for k := 1; k < len(xy); k++ {
					if segDist(c, xy[k-1], xy[k]) <= km {
						in[j*nx+i] = true
						break lines
					}
				}
			}
		}
	}
	ring := traceOutline(nx, ny, at)
	var pts []orb.Point
	for _, v := range ring {
		pts = append(pts, pr.inv(orb.Point{x0 + float64(v[0])*cell, y0 + float64(v[1])*cell}))
	}
	pts = simplify(pts, 1.2*cell)
	if pts[0] != pts[len(pts)-1] {
		pts = append(pts, pts[0])
	}
	return orb.Polygon{orb.Ring(pts)}
}

// traceOutline returns the longest closed outline of the marked cells as
// grid vertices, with the marked side on the left, the first vertex repeated
// at the end. Cell (i, j) spans vertices (i, j) to (i+1, j+1).
func traceOutline(nx, ny int, at func(i, j int) bool) [][2]int {
	type v = [2]int
	next := map[v][]v{}
	for j := 0; j < ny; j++ {
		for i := 0; i < nx; i++ {
			if !at(i, j) {
				continue
			}
			if !at(i, j-1) { // bottom edge, heading east
				next[v{i, j}] = append(next[v{i, j}], v{i + 1, j})
			}
			if !at(i+1, j) { // right edge, heading north
				next[v{i + 1, j}] = append(next[v{i + 1, j}], v{i + 1, j + 1})
			}
			if !at(i, j+1) { // top edge, heading west
				next[v{i + 1, j + 1}] = append(next[v{i + 1, j + 1}], v{i, j + 1})
			}
			if !at(i-1, j) { // left edge, heading south
				next[v{i, j + 1}] = append(next[v{i, j + 1}], v{i, j})
			}
		}
	}
	var best [][2]int
	starts := make([]v, 0, len(next))
	for k := range next {
		starts = append(starts, k)
	}
	sort.Slice(starts, func(a, b int) bool {
		if starts[a][1] != starts[b][1] {
			return starts[a][1] < starts[b][1]
		}
		return starts[a][0] < starts[b][0]
	})
	for _, s := range starts {
		if len(next[s]) == 0 {
			continue
		}
		ring := []v{s}
		cur, dir := s, v{0, 0}
		for {
			outs := next[cur]
			if len(outs) == 0 {
				break
			}
			k := 0
			if len(outs) > 1 { // pinch point: turn left to keep loops apart
				for n, o := range outs {
					d := v{o[0] - cur[0], o[1] - cur[1]}
					if d[0] == -dir[1] && d[1] == dir[0] {
						k = n
					}
				}
			}
			nxt := outs[k]
			next[cur] = append(outs[:k:k], outs[k+1:]...)
			dir = v{nxt[0] - cur[0], nxt[1] - cur[1]}
			ring = append(ring, nxt)
			cur = nxt
			if cur == s {
				break
			}
		}
		if len(ring) > len(best) {
			best = ring
		}
	}
	return best
}

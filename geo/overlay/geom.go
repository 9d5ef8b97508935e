package overlay

import (
	"math"
	"sort"

	"github.com/perutraffickingatlas/atlas/geo"
)

// ringArea is the signed shoelace area of a ring.
func ringArea(r []geo.Pixel) float64 {
	a := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		a += r[i].X*r[j].Y - r[j].X*r[i].Y
	}
	return a / 2
}

// lineLength is the length of a polyline.
func lineLength(l []geo.Pixel) float64 {
	n := 0.0
	for i := 1; i < len(l); i++ {
		n += math.Hypot(l[i].X-l[i-1].X, l[i].Y-l[i-1].Y)
	}
	return n
}

// alongLine returns the point at distance d along l, and the direction there.
func alongLine(l []geo.Pixel, d float64) geo.Pixel {
	p, _ := alongLineDir(l, d)
	return p
}

// alongLineDir returns the point at distance d along l and the unit
// direction of the segment it lies on.
func alongLineDir(l []geo.Pixel, d float64) (geo.Pixel, geo.Pixel) {
	for i := 1; i < len(l); i++ {
		dx, dy := l[i].X-l[i-1].X, l[i].Y-l[i-1].Y
		n := math.Hypot(dx, dy)
		if n == 0 {
			continue
		}
		if d <= n || i == len(l)-1 {
			t := math.Min(1, d/n)
			return geo.Pixel{X: l[i-1].X + dx*t, Y: l[i-1].Y + dy*t}, geo.Pixel{X: dx / n, Y: dy / n}
		}
		d -= n
	}
	return l[0], geo.Pixel{X: 1}
}

// arcLine replaces every segment of l by a flattened quadratic arc that
// bows to the left of the direction of travel, as air routes are drawn.
func arcLine(l []geo.Pixel) []geo.Pixel {
	const steps = 24
	out := []geo.Pixel{l[0]}
	for i := 1; i < len(l); i++ {
		a, b := l[i-1], l[i]
		dx, dy := b.X-a.X, b.Y-a.Y
		// control point: the midpoint pushed sideways by a fifth of the length
		c := geo.Pixel{X: (a.X+b.X)/2 + dy*0.2, Y: (a.Y+b.Y)/2 - dx*0.2}
		for k := 1; k <= steps; k++ {
			t := float64(k) / steps
			u := 1 - t
			out = append(out, geo.Pixel{
				X: u*u*a.X + 2*u*t*c.X + t*t*b.X,
				Y: u*u*a.Y + 2*u*t*c.Y + t*t*b.Y,
			})
		}
	}
	return out
}

// innerPoint finds a point well inside a polygon (outer ring and holes):
// the middle of the widest horizontal span over a few scan lines, which
// suits labels better than a centroid that may fall outside.
func innerPoint(poly [][]geo.Pixel) geo.Pixel {
	minY, maxY := math.Inf(1), math.Inf(-1)
	for _, p := range poly[0] {
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	best, bestW := poly[0][0], -1.0
	const rows = 15
	var xs []float64
	for k := 1; k < rows; k++ {
		y := minY + (maxY-minY)*float64(k)/rows
		xs = scanX(poly, y, xs[:0])
		// favour rows near the middle a little
		w8 := 1 - 0.3*math.Abs(float64(k)/rows-0.5)
		for i := 0; i+1 < len(xs); i += 2 {
			if w := (xs[i+1] - xs[i]) * w8; w > bestW {
				best, bestW = geo.Pixel{X: (xs[i] + xs[i+1]) / 2, Y: y}, w
			}
		}
	}
	return best
}

// scanX appends the sorted x where the horizontal line at y crosses the
// rings of poly.
func scanX(poly [][]geo.Pixel, y float64, xs []float64) []float64 {
	for _, r := range poly {
		for i := range r {
			a, b := r[i], r[(i+1)%len(r)]
			if (a.Y <= y) != (b.Y <= y) {
				xs = append(xs, a.X+(y-a.Y)/(b.Y-a.Y)*(b.X-a.X))
			}
		}
	}
	sort.Float64s(xs)
	return xs
}

// inPolygon reports whether p is inside poly (even-odd over all rings).
func inPolygon(poly [][]geo.Pixel, p geo.Pixel) bool {
	in := false
	for _, r := range poly {
		for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
			a, b := r[i], r[j]
			if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
				in = !in
			}
		}
	}
	return in
}

// segDist2 is the squared distance from p to the segment ab.
func segDist2(p, a, b geo.Pixel) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	t := 0.0
	if n := dx*dx + dy*dy; n > 0 {
		t = math.Max(0, math.Min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/n))
	}
	ex, ey := a.X+t*dx-p.X, a.Y+t*dy-p.Y
	return ex*ex + ey*ey
}

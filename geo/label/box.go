package label

import "math"

// Box is an axis-aligned rectangle in image pixels, X0 <= X1 and Y0 <= Y1.
type Box struct{ X0, Y0, X1, Y1 float64 }

// BoxAt returns the w x h box with its top-left corner at (x, y).
func BoxAt(x, y, w, h float64) Box { return Box{x, y, x + w, y + h} }

// Grow returns b grown by d on every side.
func (b Box) Grow(d float64) Box { return Box{b.X0 - d, b.Y0 - d, b.X1 + d, b.Y1 + d} }

// Overlaps reports whether b and c share any area; boxes that only touch
// do not overlap.
func (b Box) Overlaps(c Box) bool {
	return b.X0 < c.X1 && c.X0 < b.X1 && b.Y0 < c.Y1 && c.Y0 < b.Y1
}

// In reports whether b lies wholly inside c.
func (b Box) In(c Box) bool {
	return b.X0 >= c.X0 && b.Y0 >= c.Y0 && b.X1 <= c.X1 && b.Y1 <= c.Y1
}

// Valid reports whether b has finite corners in order.
func (b Box) Valid() bool {
	for _, v := range [4]float64{b.X0, b.Y0, b.X1, b.Y1} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return b.X0 <= b.X1 && b.Y0 <= b.Y1
}

// Union returns the smallest box holding b and c.
func (b Box) Union(c Box) Box {
	return Box{math.Min(b.X0, c.X0), math.Min(b.Y0, c.Y0), math.Max(b.X1, c.X1), math.Max(b.Y1, c.Y1)}
}

// Center returns the middle of b.
func (b Box) Center() (x, y float64) { return (b.X0 + b.X1) / 2, (b.Y0 + b.Y1) / 2 }

// ClipSegment returns the part of the segment from (ax, ay) to (bx, by)
// inside b, edges included, as the parameters 0 <= t0 <= t1 <= 1 of its
// ends (Liang-Barsky); ok is false when the segment misses b.
func ClipSegment(b Box, ax, ay, bx, by float64) (t0, t1 float64, ok bool) {
	t0, t1 = 0, 1
	dx, dy := bx-ax, by-ay
	for _, pq := range [4][2]float64{{-dx, ax - b.X0}, {dx, b.X1 - ax}, {-dy, ay - b.Y0}, {dy, b.Y1 - ay}} {
		p, q := pq[0], pq[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
		if t0 > t1 {
			return 0, 0, false
		}
	}
	return t0, t1, true
}

// SegmentHits reports whether the segment from (ax, ay) to (bx, by)
// crosses b over some length.
func SegmentHits(b Box, ax, ay, bx, by float64) bool {
	t0, t1, ok := ClipSegment(b, ax, ay, bx, by)
	return ok && t1 > t0
}

package main

import (
	"math"

	"github.com/paulmach/orb"
)

// km is the approximate distance in kilometres between two nearby points.
func km(a, b orb.Point) float64 {
	c := math.Cos((a[1] + b[1]) / 2 * math.Pi / 180)
	dx, dy := (a[0]-b[0])*c, a[1]-b[1]
	return math.Hypot(dx, dy) * 111.32
}

// segRef names one segment: line i, from vertex j to j+1.
type segRef struct{ line, seg int }

// segIndex finds the segment of a set of polylines nearest to a point.
type segIndex struct {
	lines []orb.LineString
	cell  float64
	grid  map[[2]int][]segRef
}

func newSegIndex(lines []orb.LineString, cell float64) *segIndex {
	ix := &segIndex{lines: lines, cell: cell, grid: map[[2]int][]segRef{}}
	for i, l := range lines {
		for j := 0; j+1 < len(l); j++ {
			b := orb.LineString{l[j], l[j+1]}.Bound()
			x0, y0 := ix.at(b.Min)
			x1, y1 := ix.at(b.Max)
			for x := x0; x <= x1; x++ {
				for y := y0; y <= y1; y++ {
					ix.grid[[2]int{x, y}] = append(ix.grid[[2]int{x, y}], segRef{i, j})
				}
			}
		}
	}
	return ix
}

func (ix *segIndex) at(p orb.Point) (int, int) {
	return int(math.Floor(p[0] / ix.cell)), int(math.Floor(p[1] / ix.cell))
}

// nearest returns the nearest point on any segment within about maxKm, its
// distance in km and the segment; ok is false when none is that close.
func (ix *segIndex) nearest(p orb.Point, maxKm float64) (q orb.Point, d float64, ref segRef, ok bool) {
	return ix.nearestExcept(p, maxKm, -1)
}

// nearestExcept is nearest ignoring the segments of line skip.
func (ix *segIndex) nearestExcept(p orb.Point, maxKm float64, skip int) (q orb.Point, d float64, ref segRef, ok bool) {
	return ix.nearestWhere(p, maxKm, func(s segRef) bool { return s.line != skip })
}

// nearestWhere is nearest among the segments accepted by use.
func (ix *segIndex) nearestWhere(p orb.Point, maxKm float64, use func(segRef) bool) (q orb.Point, d float64, ref segRef, ok bool) {
	r := int(math.Ceil(maxKm/111.32/ix.cell/math.Cos(p[1]*math.Pi/180))) + 1
	cx, cy := ix.at(p)
	d = math.Inf(1)
	for x := cx - r; x <= cx+r; x++ {
		for y := cy - r; y <= cy+r; y++ {
			for _, s := range ix.grid[[2]int{x, y}] {
				if !use(s) {
					continue
				}
				l := ix.lines[s.line]
				c := closestOnSeg(p, l[s.seg], l[s.seg+1])
				if dd := km(p, c); dd < d {
					q, d, ref = c, dd, s
				}
			}
		}
	}
	return q, d, ref, d <= maxKm
}

// closestOnSeg is the point of segment ab nearest to p, in a local
// equirectangular frame.
func closestOnSeg(p, a, b orb.Point) orb.Point {
	c := math.Cos(p[1] * math.Pi / 180)
	ax, ay := (a[0]-p[0])*c, a[1]-p[1]
	bx, by := (b[0]-p[0])*c, b[1]-p[1]
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, -(ax*dx+ay*dy)/l2))
	}
	return orb.Point{a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t}
}

// inRing reports whether p is inside ring r (even-odd).
func inRing(r orb.Ring, p orb.Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

// signedArea is positive for counterclockwise rings (lon east, lat north).
func signedArea(r orb.Ring) float64 {
	s := 0.0
	for i := 0; i+1 < len(r); i++ {
		s += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return s / 2
}

// orient returns r counterclockwise if ccw, else clockwise.
func orient(r orb.Ring, ccw bool) orb.Ring {
	if (signedArea(r) > 0) != ccw {
		r = append(orb.Ring(nil), r...)
		r.Reverse()
	}
	return r
}

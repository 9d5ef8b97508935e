package overlay

import (
	"math"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/geo"
)

// pt is a point in image pixels.
type pt struct{ x, y float64 }

// rect is the clip box in image pixels: the image grown by the frame margin.
func (fr *frame) rect() (x0, y0, x1, y1 float64) {
	m := fr.margin()
	return -m, -m, fr.w + m, fr.h + m
}

// screenRing projects a ring and clips it to the frame's clip box
// (Sutherland-Hodgman), so huge polygons cost only what shows. Edges the
// clip adds run outside the image, where their strokes are not seen.
func (fr *frame) screenRing(r []geo.Pixel) []pt {
	in := make([]pt, 0, len(r))
	var lx, ly float64
	for i, p := range r {
		x, y := fr.p.pt(p)
		if i > 0 && math.Abs(x-lx)+math.Abs(y-ly) < 0.33 {
			continue
		}
		in = append(in, pt{x, y})
		lx, ly = x, y
	}
	x0, y0, x1, y1 := fr.rect()
	// a ring wholly inside needs no clipping
	inside := true
	for _, p := range in {
		if p.x < x0 || p.x > x1 || p.y < y0 || p.y > y1 {
			inside = false
			break
		}
	}
	if inside {
		return in
	}
	edges := [4]func(p pt) bool{
		func(p pt) bool { return p.x >= x0 },
		func(p pt) bool { return p.x <= x1 },
		func(p pt) bool { return p.y >= y0 },
		func(p pt) bool { return p.y <= y1 },
	}
	cross := func(k int, a, b pt) pt {
		var t float64
		switch k {
		case 0:
			t = (x0 - a.x) / (b.x - a.x)
		case 1:
			t = (x1 - a.x) / (b.x - a.x)
		case 2:
			t = (y0 - a.y) / (b.y - a.y)
		default:
			t = (y1 - a.y) / (b.y - a.y)
		}
		return pt{a.x + t*(b.x-a.x), a.y + t*(b.y-a.y)}
	}
	out := make([]pt, 0, len(in))
	for k, keep := range edges {
		out = out[:0]
		for i, cur := range in {
			prev := in[(i+len(in)-1)%len(in)]
			switch {
			case keep(cur):
				if !keep(prev) {
					out = append(out, cross(k, prev, cur))
				}
				out = append(out, cur)
			case keep(prev):
				out = append(out, cross(k, prev, cur))
			}
		}
		in, out = out, in
		if len(in) == 0 {
			break
		}
	}
	return in
}

// ringPath appends a clipped polygon ring to dc's path.
func (fr *frame) ringPath(dc *gg.Context, r []geo.Pixel) {
	ps := fr.screenRing(r)
	if len(ps) < 3 {
		return
	}
	dc.NewSubPath()
	dc.MoveTo(ps[0].x, ps[0].y)
	for _, p := range ps[1:] {
		dc.LineTo(p.x, p.y)
	}
	dc.ClosePath()
}

// run is a stretch of a polyline that touches the clip box, with its
// distance from the start of the line for dash phase.
type run struct {
	pts   []pt
	start float64
}

// runs projects a polyline and keeps the stretches of segments that touch
// the clip box; closed adds the closing segment.
func (fr *frame) runs(l []geo.Pixel, closed bool) []run {
	x0, y0, x1, y1 := fr.rect()
	var out []run
	var cur *run
	dist := 0.0
	n := len(l)
	if closed {
		n++
	}
	px, py := fr.p.pt(l[0])
	for i := 1; i < n; i++ {
		x, y := fr.p.pt(l[i%len(l)])
		seg := math.Hypot(x-px, y-py)
		vis := !(math.Max(x, px) < x0 || math.Min(x, px) > x1 || math.Max(y, py) < y0 || math.Min(y, py) > y1)
		if vis {
			if cur == nil {
				out = append(out, run{pts: []pt{{px, py}}, start: dist})
				cur = &out[len(out)-1]
			}
			last := cur.pts[len(cur.pts)-1]
			if i == n-1 || math.Abs(x-last.x)+math.Abs(y-last.y) >= 0.33 {
				cur.pts = append(cur.pts, pt{x, y})
			}
		} else {
			cur = nil
		}
		dist += seg
		px, py = x, y
	}
	return out
}

// strokeLines strokes polylines (or closed rings) clipped to the image,
// keeping the dash phase of each visible stretch as if the whole line were
// drawn, so dashes do not crawl when the view moves.
func (fr *frame) strokeLines(dc *gg.Context, lines [][]geo.Pixel, closed bool, c colorSpec) {
	var rs []run
	for _, l := range lines {
		rs = append(rs, fr.runs(l, closed)...)
	}
	if len(rs) == 0 {
		return
	}
	if len(c.dash) > 0 {
		fr.dashFill(dc, rs, c)
		return
	}
	for _, r := range rs {
		dc.NewSubPath()
		dc.MoveTo(r.pts[0].x, r.pts[0].y)
		for _, p := range r.pts[1:] {
			dc.LineTo(p.x, p.y)
		}
	}
	fr.stroke(dc, c.color, c.width, nil)
}

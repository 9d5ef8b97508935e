package embedded

import "math"

// rect is an axis-aligned box in pixels.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) intersects(o rect) bool {
	return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1
}

func (r rect) contains(o rect) bool {
	return r.x0 <= o.x0 && r.y0 <= o.y0 && o.x1 <= r.x1 && o.y1 <= r.y1
}

func (r rect) grow(m float64) rect { return rect{r.x0 - m, r.y0 - m, r.x1 + m, r.y1 + m} }

func bbox(ps []pt) rect {
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range ps {
		r.x0, r.y0 = math.Min(r.x0, p.X), math.Min(r.y0, p.Y)
		r.x1, r.y1 = math.Max(r.x1, p.X), math.Max(r.y1, p.Y)
	}
	return r
}

// scaled returns ps multiplied by f and simplified with Douglas-Peucker at
// tolerance tol (in the scaled units), dropping repeated points.
func scaled(ps []pt, f, tol float64) []pt {
	n := len(ps)
	if n < 3 {
		out := make([]pt, n)
		for i, p := range ps {
			out[i] = pt{p.X * f, p.Y * f}
		}
		return out
	}
	s := make([]pt, n)
	for i, p := range ps {
		s[i] = pt{p.X * f, p.Y * f}
	}
	keep := make([]bool, n)
	keep[0], keep[n-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, n - 1}}
	tol2 := tol * tol
	for len(stack) > 0 {
		sp := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if sp.b-sp.a < 2 {
			continue
		}
		a, b := s[sp.a], s[sp.b]
		best, bestD := -1, tol2
		for i := sp.a + 1; i < sp.b; i++ {
			if d := segDist2(s[i], a, b); d > bestD {
				best, bestD = i, d
			}
		}
		if best >= 0 {
			keep[best] = true
			stack = append(stack, span{sp.a, best}, span{best, sp.b})
		}
	}
	out := s[:0]
	for i, p := range s {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// segDist2 is the squared distance from p to segment ab.
func segDist2(p, a, b pt) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2))
	}
	ex, ey := a.X+t*dx-p.X, a.Y+t*dy-p.Y
	return ex*ex + ey*ey
}

// clipRing clips a closed ring to r (Sutherland-Hodgman); the result keeps
// the ring's orientation and runs along r where the ring left it.
func clipRing(ps []pt, r rect) []pt {
	out := ps
	for edge := 0; edge < 4 && len(out) > 0; edge++ {
		in := out
		out = make([]pt, 0, len(in)+4)
		inside := func(p pt) bool {
			switch edge {
			case 0:
				return p.X >= r.x0
			case 1:
				return p.X <= r.x1
			case 2:
				return p.Y >= r.y0
			default:
				return p.Y <= r.y1
			}
		}
		cross := func(a, b pt) pt {
			var t float64
			switch edge {
			case 0:
				t = (r.x0 - a.X) / (b.X - a.X)
			case 1:
				t = (r.x1 - a.X) / (b.X - a.X)
			case 2:
				t = (r.y0 - a.Y) / (b.Y - a.Y)
			default:
				t = (r.y1 - a.Y) / (b.Y - a.Y)
			}
			return pt{a.X + t*(b.X-a.X), a.Y + t*(b.Y-a.Y)}
		}
		for i := range in {
			cur, prev := in[i], in[(i+len(in)-1)%len(in)]
			cin, pin := inside(cur), inside(prev)
			switch {
			case cin && pin:
				out = append(out, cur)
			case cin:
				out = append(out, cross(prev, cur), cur)
			case pin:
				out = append(out, cross(prev, cur))
			}
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

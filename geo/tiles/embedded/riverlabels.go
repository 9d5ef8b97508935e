package embedded

import (
	"math"
	"sort"
)

// riverCandidates returns, per named river, labels along its course at
// zoom z (f: zoom-0 to device pixels), best first: where the river runs
// straight enough for the name, nearest the middle of its course in view.
func (src *Source) riverCandidates(z int, f float64) [][]*label {
	if z < 5 {
		return nil
	}
	s := src.scale
	fz := float64(z)
	st := textStyle{boldItalic, s * math.Min(14.5, 10+0.8*(fz-5)), 0.03, 1.6 * s}
	// At country scale rivers are short and winding on screen: smaller
	// type and a looser straightness test, so every major river is named.
	straight, room := 0.85, 1.2
	if z <= 6 {
		st.size = s * (8.5 + 0.75*(fz-5))
		straight, room = 0.7, 1.05
	}
	lb := src.labelBound(f)
	var out [][]*label
	_, asc0, desc0 := src.fonts.measure("Ag", st)
	for _, r := range src.world.named {
		// Smoothed enough that meanders do not stop a label.
		ps := scaled(r.pts, f, 0.6*(asc0+desc0))
		// Keep the part inside the label bound.
		var in []pt
		for _, p := range ps {
			if p.X >= lb.x0 && p.X <= lb.x1 && p.Y >= lb.y0 && p.Y <= lb.y1 {
				in = append(in, p)
			}
		}
		if len(in) < 2 {
			continue
		}
		cum := make([]float64, len(in))
		for i := 1; i < len(in); i++ {
			cum[i] = cum[i-1] + math.Hypot(in[i].X-in[i-1].X, in[i].Y-in[i-1].Y)
		}
		total := cum[len(cum)-1]
		tw, asc, desc := src.fonts.measure(r.name, st)
		span := tw + 8*s
		fits := total >= span*room // room for a name along the line
		type cand struct {
			l     *label
			score float64
		}
		var cs []cand
		step := math.Max(span/3, 24*s)
		for at := span / 2; fits && at+span/2 <= total; at += step {
			a, b := along(in, cum, at-span/2), along(in, cum, at+span/2)
			chord := math.Hypot(b.X-a.X, b.Y-a.Y)
			if chord < straight*span {
				continue
			}
			ang := math.Atan2(b.Y-a.Y, b.X-a.X)
			if ang > math.Pi/2 {
				ang -= math.Pi
			} else if ang < -math.Pi/2 {
				ang += math.Pi
			}
			// Centre above the river (screen up after rotation), else below.
			off := (asc+desc)/2 + 2.5*s
			m := along(in, cum, at)
			mid := pt{(a.X+b.X)/4 + m.X/2, (a.Y+b.Y)/4 + m.Y/2}
			score := math.Abs(at-total/2) + (1-chord/span)*4*span
			for side, k := range []float64{1, -1} {
				c := pt{mid.X + k*math.Sin(ang)*off, mid.Y - k*math.Cos(ang)*off}
				cs = append(cs, cand{src.textLabel(r.name, st, inkWater, c, ang), score + float64(side)*span/4})
			}
		}
		// Meandering rivers: level labels beside the river where the box
		// clears the river's own line, after every label along the line.
		// At small scales, where a label beside one river sits by the next
		// one too, only for rivers too short or winding for any other.
		beside := z >= 7 || len(cs) == 0
		for at := math.Min(span/2, total/2); beside && at <= total; at += span {
			m := along(in, cum, at)
			gap := 5 * s
			for side, dx := range []float64{gap + span/2, -gap - span/2} {
				c := pt{m.X + dx, m.Y}
				l := src.textLabel(r.name, st, inkWater, c, 0)
				if crossesPath(in, l.box.grow(-1)) {
					continue
				}
				cs = append(cs, cand{l, 8*total + math.Abs(at-total/2) + float64(side)*span/4})
			}
		}
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].score < cs[j].score })
		ls := make([]*label, len(cs))
		for i, c := range cs {
			ls[i] = c.l
		}
		out = append(out, ls)
	}
	return out
}

// along is the point at arc length at on a polyline with cumulative lengths.
func along(ps []pt, cum []float64, at float64) pt {
	i := sort.SearchFloat64s(cum, at)
	if i <= 0 {
		return ps[0]
	}
	if i >= len(ps) {
		return ps[len(ps)-1]
	}
	d := cum[i] - cum[i-1]
	t := 0.0
	if d > 0 {
		t = (at - cum[i-1]) / d
	}
	return pt{ps[i-1].X + (ps[i].X-ps[i-1].X)*t, ps[i-1].Y + (ps[i].Y-ps[i-1].Y)*t}
}

// crossesPath reports whether any segment of ps meets box r.
func crossesPath(ps []pt, r rect) bool {
	for i := 0; i+1 < len(ps); i++ {
		if segHitsRect(ps[i], ps[i+1], r) {
			return true
		}
	}
	return false
}

// segHitsRect is the Liang-Barsky test of segment ab against r.
func segHitsRect(a, b pt, r rect) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := b.X-a.X, b.Y-a.Y
	for _, e := range [4][2]float64{{-dx, a.X - r.x0}, {dx, r.x1 - a.X}, {-dy, a.Y - r.y0}, {dy, r.y1 - a.Y}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			if t > t1 {
				return false
			}
			t0 = math.Max(t0, t)
		} else {
			if t < t0 {
				return false
			}
			t1 = math.Min(t1, t)
		}
	}
	return t0 <= t1
}

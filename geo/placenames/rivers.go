package placenames

import (
	"image"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"

	"github.com/perutraffickingatlas/atlas/geo/label"
)

// riverNames returns a candidate per named river in frame f, with every
// place its name may take, best first: along the river where it runs
// straight enough, nearest the middle of its course in view, or level
// beside it. Long rivers get further candidates that repeat the name, at
// least riverSpacing apart.
func (n *Names) riverNames(f label.Frame, z, s float64) []label.Candidate {
	if z < 4.5 {
		return nil
	}
	st := riverStyle(z, s)
	// At country scale rivers are short and winding on screen: a looser
	// straightness test, so every major river is named.
	straight, room := 0.85, 1.2
	if z <= 6.5 {
		straight, room = 0.7, 1.05
	}
	spacing := 480 * s
	var out []label.Candidate
	for _, r := range n.rivers {
		for _, run := range n.runs(f, r) {
			spots := n.riverSpots(r.name, st, run, s, z, straight, room)
			if len(spots) == 0 {
				continue
			}
			c := label.Candidate{Text: r.name, Priority: prioRiverFirst, Spots: spots, Group: "river " + r.name, Spacing: spacing}
			if z <= 6.5 {
				c.Priority = prioRiverSmall
			}
			c.Draw = n.riverDraw(r.name, st)
			out = append(out, c)
			total := pathLength(run)
			for k := 1; float64(k)*spacing < total; k++ {
				again := c
				again.Priority = prioRiverAgain
				out = append(out, again)
			}
		}
	}
	return out
}

// runs returns the parts of r's course inside the frame's clip, in image
// pixels, simplified so that meanders do not stop a label.
func (n *Names) runs(f label.Frame, r river) []orb.LineString {
	var out []orb.LineString
	var cur orb.LineString
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	for _, p := range r.pts {
		x, y := f.Image(p.X, p.Y)
		if x < f.Clip.X0 || y < f.Clip.Y0 || x > f.Clip.X1 || y > f.Clip.Y1 {
			flush()
			continue
		}
		cur = append(cur, orb.Point{x, y})
	}
	flush()
	return out
}

// riverSpots lists the places for a river's name along one run, best
// first; each spot holds the boxes along the (turned) text and the angle
// it is drawn at in a parallel slice kept by riverDraw.
func (n *Names) riverSpots(name string, st label.Style, run orb.LineString, s, z, straight, room float64) []label.Spot {
	m := n.ts.Mask(name, st, 0)
	tw, th := float64(m.W), float64(m.H)
	ps := simplify.DouglasPeucker(0.6 * th).LineString(run.Clone())
	cum := make([]float64, len(ps))
	for i := 1; i < len(ps); i++ {
		cum[i] = cum[i-1] + math.Hypot(ps[i][0]-ps[i-1][0], ps[i][1]-ps[i-1][1])
	}
	total := cum[len(cum)-1]
	span := tw + 8*s
	type cand struct {
		spot  label.Spot
		score float64
	}
	var cs []cand
	if total >= span*room {
		step := math.Max(span/3, 24*s)
		for at := span / 2; at+span/2 <= total; at += step {
			a, b := along(ps, cum, at-span/2), along(ps, cum, at+span/2)
			chord := math.Hypot(b[0]-a[0], b[1]-a[1])
			if chord < straight*span {
				continue
			}
			ang := math.Atan2(b[1]-a[1], b[0]-a[0])
			if ang > math.Pi/2 {
				ang -= math.Pi
			} else if ang < -math.Pi/2 {
				ang += math.Pi
			}
			off := th/2 + 1.5*s
			mid := along(ps, cum, at)
			cx, cy := (a[0]+b[0])/4+mid[0]/2, (a[1]+b[1])/4+mid[1]/2
			score := math.Abs(at-total/2) + (1-chord/span)*4*span
			for side, k := range []float64{1, -1} { // above the river, then below
				x, y := cx+k*math.Sin(ang)*off, cy-k*math.Cos(ang)*off
				cs = append(cs, cand{turnedSpot(x, y, tw, th, ang), score + float64(side)*span/4})
			}
		}
	}
	// Level names beside the river, where the box clears its line: for
	// rivers too short or winding to carry their name, and from zoom 7
	// as a last resort for all.
	if z >= 6.5 || len(cs) == 0 {
		for at := math.Min(span/2, total/2); at <= total; at += span {
			mid := along(ps, cum, at)
			gap := 5 * s
			for side, dx := range []float64{gap + tw/2, -gap - tw/2} {
				b := label.BoxAt(math.Round(mid[0]+dx-tw/2), math.Round(mid[1]-th/2), tw, th)
				if crossesPath(ps, b.Grow(-1)) {
					continue
				}
				cs = append(cs, cand{label.Spot{Boxes: []label.Box{b}}, 8*total + math.Abs(at-total/2) + float64(side)*span/4})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score < cs[j].score })
	spots := make([]label.Spot, len(cs))
	for i, c := range cs {
		c.spot.Cost = c.score / math.Max(span, 1)
		spots[i] = c.spot
	}
	return spots
}

// turnedSpot covers a tw x th text centred on (x, y) and turned by ang
// with squares of side th along its baseline, a tighter cover than the
// turned text's bounding box.
func turnedSpot(x, y, tw, th, ang float64) label.Spot {
	c, s := math.Cos(ang), math.Sin(ang)
	half := th / 2 * (math.Abs(c) + math.Abs(s))
	k := max(1, int(math.Ceil(tw/th)))
	var sp label.Spot
	for i := range k {
		t := -tw/2 + th/2 + float64(i)*(tw-th)/math.Max(1, float64(k-1))
		if k == 1 {
			t = 0
		}
		bx, by := x+c*t, y+s*t
		sp.Boxes = append(sp.Boxes, label.Box{X0: bx - half, Y0: by - half, X1: bx + half, Y1: by + half})
	}
	return sp
}

// riverDraw draws the name at a spot: turned along the river when the spot
// has several boxes in a line, level otherwise.
func (n *Names) riverDraw(name string, st label.Style) func(*image.RGBA, int, label.Spot) {
	return func(dst *image.RGBA, _ int, s label.Spot) {
		bs := s.Boxes
		ang := 0.0
		if len(bs) > 1 {
			ax, ay := bs[0].Center()
			bx, by := bs[len(bs)-1].Center()
			ang = math.Atan2(by-ay, bx-ax)
		}
		m := n.ts.Mask(name, st, ang)
		u := bs[0]
		for _, b := range bs[1:] {
			u = u.Union(b)
		}
		cx, cy := u.Center()
		label.Draw(dst, m, int(math.Round(cx-float64(m.W)/2)), int(math.Round(cy-float64(m.H)/2)), inkWater, haloColor)
	}
}

// along is the point at arc length at on a polyline with cumulative lengths.
func along(ps orb.LineString, cum []float64, at float64) orb.Point {
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
	return orb.Point{ps[i-1][0] + (ps[i][0]-ps[i-1][0])*t, ps[i-1][1] + (ps[i][1]-ps[i-1][1])*t}
}

// pathLength is a polyline's length.
func pathLength(ps orb.LineString) float64 {
	n := 0.0
	for i := 1; i < len(ps); i++ {
		n += math.Hypot(ps[i][0]-ps[i-1][0], ps[i][1]-ps[i-1][1])
	}
	return n
}

// crossesPath reports whether the polyline meets box b.
func crossesPath(ps orb.LineString, b label.Box) bool {
	for i := 1; i < len(ps); i++ {
		if label.SegmentHits(b, ps[i-1][0], ps[i-1][1], ps[i][0], ps[i][1]) {
			return true
		}
	}
	return false
}

package annotate

import (
	"math"
	"strings"
	"sync"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Obstacles returns, for a frame of the map's label engine, what the
// annotations of set drawn at scale put on the map: their lettering,
// arrow heads and circles' rings as boxes no label may cover (a label may
// sit inside a circle or outside it, never across its ring), their arrow
// shafts as lines labels should not cross, so that no atlas or place-name
// label sits on a teacher's note. A nil or empty set gives nil.
func Obstacles(set *annotation.Set, scale float64) func(label.Frame) label.Obstacles {
	if set == nil || len(set.Annotations) == 0 {
		return nil
	}
	anns := append([]annotation.Annotation(nil), set.Annotations...)
	faces := newFaceSource()
	var mu sync.Mutex // opentype faces are not safe for concurrent use
	return func(f label.Frame) label.Obstacles {
		mu.Lock()
		defer mu.Unlock()
		proj := func(p orb.Point) (float64, float64) {
			w := geo.Project(p, 0)
			return f.Image(w.X, w.Y)
		}
		var out label.Obstacles
		for _, a := range anns {
			st := StyleOf(a, scale)
			x, y := proj(a.At)
			g := geometry(a, x, y, proj)
			switch a.Kind {
			case annotation.KindArrow:
				h := st.Head + st.Halo
				out.Boxes = append(out.Boxes, label.Box{X0: g.tx - h, Y0: g.ty - h, X1: g.tx + h, Y1: g.ty + h})
				out.Lines = append(out.Lines, [][2]float64{{g.x, g.y}, {g.tx, g.ty}})
			case annotation.KindCircle:
				ringObstacles(&out, g.x, g.y, g.r, st.LineWidth/2+st.Halo+1, f.Clip)
			}
			if strings.TrimSpace(a.Text) == "" {
				continue
			}
			w, h := faces.measure(a.Text, st.TextSize)
			cx, cy := labelCentre(a.Kind, g, w, h, st)
			cx, cy = keepInside(cx, cy, w, h, st.Halo, f.Clip)
			out.Boxes = append(out.Boxes, label.Box{X0: cx - w/2, Y0: cy - h/2, X1: cx + w/2, Y1: cy + h/2}.Grow(st.Halo+1))
		}
		return out
	}
}

// ringSegment is the longest stretch, in pixels, of a circle's ring that
// one obstacle box stands for; maxRingBoxes bounds the boxes of one ring
// (a ring some thousands of pixels round, at a high zoom, is otherwise
// given as a line labels should not cross).
const (
	ringSegment  = 8.0
	maxRingBoxes = 2048
)

// ringObstacles adds the ring of the circle of radius r about x, y, drawn
// reach pixels either side of its path, to out: a box along each stretch
// of it that comes near clip.
func ringObstacles(out *label.Obstacles, x, y, r, reach float64, clip label.Box) {
	if r < 1 {
		return
	}
	n := int(math.Ceil(2 * math.Pi * r / ringSegment))
	n = max(n, 16)
	if n > maxRingBoxes {
		var ring [][2]float64
		for k := range 65 {
			t := float64(k) * 2 * math.Pi / 64
			ring = append(ring, [2]float64{x + r*math.Cos(t), y + r*math.Sin(t)})
		}
		out.Lines = append(out.Lines, ring)
		return
	}
	near := clip.Grow(reach + ringSegment)
	px, py := x+r, y
	for k := 1; k <= n; k++ {
		t := float64(k) * 2 * math.Pi / float64(n)
		qx, qy := x+r*math.Cos(t), y+r*math.Sin(t)
		b := label.Box{X0: math.Min(px, qx), Y0: math.Min(py, qy), X1: math.Max(px, qx), Y1: math.Max(py, qy)}.Grow(reach)
		if b.X1 >= near.X0 && b.X0 <= near.X1 && b.Y1 >= near.Y0 && b.Y0 <= near.Y1 {
			out.Boxes = append(out.Boxes, b)
		}
		px, py = qx, qy
	}
}

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
// annotations of set drawn at scale put on the map: their lettering and
// arrow heads as boxes no label may cover, their arrow shafts and circles
// as lines labels should not cross, so that no atlas or place-name label
// sits on a teacher's note. A nil or empty set gives nil.
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
				var ring [][2]float64
				for k := range 33 {
					t := float64(k) * 2 * math.Pi / 32
					ring = append(ring, [2]float64{g.x + g.r*math.Cos(t), g.y + g.r*math.Sin(t)})
				}
				out.Lines = append(out.Lines, ring)
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

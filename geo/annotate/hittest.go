package annotate

import (
	"math"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
)

// HitTest returns the id of the topmost annotation of set under screen
// pixel p of view v (0,0 = the view's top-left): a label's box, an arrow's
// shaft or head, or a circle's ring or inside, within tol pixels. Labels
// are measured at scale 1 as the screen draws them.
func HitTest(set *annotation.Set, v geo.View, p geo.Pixel, tol float64) (string, bool) {
	if set == nil {
		return "", false
	}
	proj := func(q orb.Point) (float64, float64) {
		s := v.ToScreen(q)
		return s.X, s.Y
	}
	for i := len(set.Annotations) - 1; i >= 0; i-- {
		a := set.Annotations[i]
		x, y := proj(a.At)
		g := geometry(a, x, y, proj)
		st := StyleOf(a, 1)
		switch a.Kind {
		case annotation.KindArrow:
			if segDist(p.X, p.Y, g.x, g.y, g.tx, g.ty) <= tol+st.LineWidth/2+st.Head/2 {
				return a.ID, true
			}
		case annotation.KindCircle:
			if math.Hypot(p.X-g.x, p.Y-g.y) <= g.r+tol+st.LineWidth/2 {
				return a.ID, true
			}
		}
		if strings.TrimSpace(a.Text) != "" {
			w, h := estimateText(a.Text, st.TextSize)
			cx, cy := labelCentre(a.Kind, g, w, h, st)
			if math.Abs(p.X-cx) <= w/2+tol && math.Abs(p.Y-cy) <= h/2+tol {
				return a.ID, true
			}
		}
	}
	return "", false
}

// segDist is the distance from (px, py) to the segment (ax, ay)-(bx, by).
func segDist(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((px-ax)*dx+(py-ay)*dy)/l2))
	}
	return math.Hypot(px-(ax+t*dx), py-(ay+t*dy))
}

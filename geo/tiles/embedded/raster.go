package embedded

import (
	"math"

	"golang.org/x/image/vector"
)

// xform maps logical world pixels at the tile's zoom to tile pixels.
type xform struct{ ox, oy, s float64 }

func (t xform) at(p pt) (float32, float32) {
	return float32((p.X - t.ox) * t.s), float32((p.Y - t.oy) * t.s)
}

// fillRings adds closed rings to z (their orientation sets their sign).
func fillRings(z *vector.Rasterizer, t xform, rs []ring) {
	for _, r := range rs {
		if len(r.pts) < 3 {
			continue
		}
		z.MoveTo(t.at(r.pts[0]))
		for _, p := range r.pts[1:] {
			z.LineTo(t.at(p))
		}
		z.ClosePath()
	}
}

// strokeLine adds a stroke of width w (tile pixels) along ps to z, as one
// quad per segment plus round-ish joins, all of the same orientation so
// that overlaps saturate instead of cancelling. dash > 0 draws dashes of
// that length (tile pixels) with gaps of 0.6 of it.
func strokeLine(z *vector.Rasterizer, t xform, ps []pt, w, dash float64, clip rect) {
	hw := w / 2
	if dash > 0 {
		strokeDashed(z, t, ps, hw, dash, clip)
		return
	}
	px, py := 0.0, 0.0
	for i, p := range ps {
		x, y := (p.X-t.ox)*t.s, (p.Y-t.oy)*t.s
		if i > 0 {
			seg(z, px, py, x, y, hw, clip)
			if hw >= 0.75 && i < len(ps)-1 {
				join(z, x, y, hw, clip)
			}
		}
		px, py = x, y
	}
}

func strokeDashed(z *vector.Rasterizer, t xform, ps []pt, hw, dash float64, clip rect) {
	gap := dash * 0.6
	on, left := true, dash
	for i := 0; i+1 < len(ps); i++ {
		ax, ay := (ps[i].X-t.ox)*t.s, (ps[i].Y-t.oy)*t.s
		bx, by := (ps[i+1].X-t.ox)*t.s, (ps[i+1].Y-t.oy)*t.s
		l := math.Hypot(bx-ax, by-ay)
		pos := 0.0
		for pos < l {
			step := math.Min(left, l-pos)
			if on {
				t0, t1 := pos/l, (pos+step)/l
				seg(z, ax+(bx-ax)*t0, ay+(by-ay)*t0, ax+(bx-ax)*t1, ay+(by-ay)*t1, hw, clip)
			}
			pos += step
			left -= step
			if left <= 1e-9 {
				on = !on
				if on {
					left = dash
				} else {
					left = gap
				}
			}
		}
	}
}

// seg adds the quad of one stroked segment unless it lies outside clip.
func seg(z *vector.Rasterizer, ax, ay, bx, by, hw float64, clip rect) {
	if math.Max(ax, bx)+hw < clip.x0 || math.Min(ax, bx)-hw > clip.x1 ||
		math.Max(ay, by)+hw < clip.y0 || math.Min(ay, by)-hw > clip.y1 {
		return
	}
	dx, dy := bx-ax, by-ay
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*hw, dx/l*hw
	z.MoveTo(float32(ax+nx), float32(ay+ny))
	z.LineTo(float32(bx+nx), float32(by+ny))
	z.LineTo(float32(bx-nx), float32(by-ny))
	z.LineTo(float32(ax-nx), float32(ay-ny))
	z.ClosePath()
}

// octagon unit vectors, clockwise on screen to match seg's orientation.
var octX, octY = func() (xs, ys [8]float64) {
	for k := range 8 {
		a := -float64(k) * math.Pi / 4
		xs[k], ys[k] = math.Cos(a), math.Sin(a)
	}
	return
}()

// join adds an octagon at a vertex so that bends have no notch.
func join(z *vector.Rasterizer, x, y, hw float64, clip rect) {
	if x+hw < clip.x0 || x-hw > clip.x1 || y+hw < clip.y0 || y-hw > clip.y1 {
		return
	}
	z.MoveTo(float32(x+octX[0]*hw), float32(y+octY[0]*hw))
	for k := 1; k < 8; k++ {
		z.LineTo(float32(x+octX[k]*hw), float32(y+octY[k]*hw))
	}
	z.ClosePath()
}

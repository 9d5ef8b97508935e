package placenames

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// drawDot draws a town's dot of radius r at (x, y) on dst: a disc, or a
// square for the capital, dark in a thin white ring.
func drawDot(dst *image.RGBA, x, y, r float64, square bool) {
	ring := r + 1.2
	x0, y0 := int(math.Floor(x-ring-1)), int(math.Floor(y-ring-1))
	n := int(math.Ceil(2*ring + 3))
	area := image.Rect(x0, y0, x0+n, y0+n)
	for _, layer := range []struct {
		r   float64
		ink color.Color
	}{{ring, haloColor}, {r, inkTown}} {
		z := vector.NewRasterizer(n, n)
		cx, cy := float32(x-float64(x0)), float32(y-float64(y0))
		rr := float32(layer.r)
		if square {
			z.MoveTo(cx-rr, cy-rr)
			z.LineTo(cx+rr, cy-rr)
			z.LineTo(cx+rr, cy+rr)
			z.LineTo(cx-rr, cy+rr)
		} else {
			z.MoveTo(cx+rr, cy)
			for k := 1; k < 24; k++ {
				a := float64(k) * math.Pi / 12
				z.LineTo(cx+rr*float32(math.Cos(a)), cy+rr*float32(math.Sin(a)))
			}
		}
		z.ClosePath()
		mask := image.NewAlpha(image.Rect(0, 0, n, n))
		z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
		draw.DrawMask(dst, area, image.NewUniform(layer.ink), image.Point{}, mask, image.Point{}, draw.Over)
	}
}

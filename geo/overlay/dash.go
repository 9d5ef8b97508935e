package overlay

import (
	"math"

	"github.com/fogleman/gg"
)

// Dashes and hatching are filled as many small quads in one path rather
// than stroked: freetype's stroker spends most of its time on the caps of
// every dash. All quads and dots wind the same way, so where they overlap
// (at bends) nonzero filling keeps one coat of colour.

// quad appends the rectangle of half-width hw around segment a-b.
func quad(dc *gg.Context, ax, ay, bx, by, hw float64) {
	b, ok := newBar(ax, ay, bx, by, hw)
	if !ok {
		return
	}
	dc.MoveTo(b[0][0], b[0][1])
	for _, p := range b[1:] {
		dc.LineTo(p[0], p[1])
	}
	dc.ClosePath()
}

// dot appends a 12-sided disc of radius r, wound like quad.
func dot(dc *gg.Context, x, y, r float64) {
	const n = 12
	for i := 0; i < n; i++ {
		s, c := math.Sincos(-2 * math.Pi * float64(i) / n)
		if i == 0 {
			dc.MoveTo(x+r*c, y+r*s)
		} else {
			dc.LineTo(x+r*c, y+r*s)
		}
	}
	dc.ClosePath()
}

// dashFill paints runs with a dash pattern (at scale 1) as filled quads,
// each run starting at its phase. A pattern whose first length is below
// one pixel draws round dots.
func (fr *frame) dashFill(dc *gg.Context, rs []run, c colorSpec) {
	pat := make([]float64, 0, 2*len(c.dash))
	for _, d := range c.dash {
		pat = append(pat, d*fr.sc)
	}
	if len(pat)%2 == 1 {
		pat = append(pat, pat...)
	}
	total := 0.0
	for _, d := range pat {
		total += d
	}
	if total <= 0 {
		return
	}
	hw := c.width * fr.sc / 2
	dots := c.dash[0] < 1
	for _, r := range rs {
		ph := math.Mod(r.start, total)
		idx := 0
		for ph >= pat[idx] {
			ph -= pat[idx]
			idx = (idx + 1) % len(pat)
		}
		rem := pat[idx] - ph
		fresh := ph == 0 // at the very start of an interval
		for i := 1; i < len(r.pts); i++ {
			a, b := r.pts[i-1], r.pts[i]
			L := math.Hypot(b.x-a.x, b.y-a.y)
			if L == 0 {
				continue
			}
			ux, uy := (b.x-a.x)/L, (b.y-a.y)/L
			pos := 0.0
			for pos < L {
				step := math.Min(rem, L-pos)
				if idx%2 == 0 {
					x0, y0 := a.x+ux*pos, a.y+uy*pos
					if dots {
						if fresh {
							dot(dc, x0, y0, hw)
						}
					} else {
						quad(dc, x0, y0, x0+ux*step, y0+uy*step, hw)
					}
				}
				pos += step
				rem -= step
				fresh = false
				if rem <= 1e-9 {
					idx = (idx + 1) % len(pat)
					rem = pat[idx]
					fresh = true
				}
			}
		}
	}
	dc.SetFillRuleWinding()
	dc.SetColor(c.color)
	dc.Fill()
}

package overlay

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/geo"
)

// draw paints one feature. It is the single drawing routine behind
// Render, whoever asks: the window's overlay layer or an export.
func (fr *frame) draw(dc *gg.Context, ft *feat) {
	if !fr.onScreen(ft) {
		return
	}
	a := fr.alpha[ft.idx]
	st := &ft.st
	sel := fr.selected(ft)
	if sel {
		fr.drawHalo(dc, ft)
	}
	if st.class == classEvent {
		fr.strokeLines(dc, ft.lines, false, colorSpec{withAlpha(st.stroke, a), st.width, st.dash})
		if sel {
			for _, poly := range ft.polys {
				fr.strokeLines(dc, poly, true, colorSpec{withAlpha(st.stroke, a), 1.5, []float64{2, 3}})
			}
		}
		fr.drawMarker(dc, ft)
		return
	}
	if len(ft.polys) > 0 {
		fr.drawArea(dc, ft, a)
	}
	if len(ft.lines) > 0 {
		fr.drawLines(dc, ft, a)
	}
	if st.symbol != symNone {
		for _, q := range fr.symbolXY(ft) {
			fr.drawSymbol(dc, st, q[0], q[1], a)
		}
	}
}

// colorSpec is a stroke: colour, width and dashes at scale 1.
type colorSpec struct {
	color color.NRGBA
	width float64
	dash  []float64
}

// polyPath appends every ring of a polygon, clipped to the image.
func (fr *frame) polyPath(dc *gg.Context, poly [][]geo.Pixel) {
	for _, r := range poly {
		fr.ringPath(dc, r)
	}
}

// stroke strokes and clears the current path; width and dashes are at
// scale 1.
func (fr *frame) stroke(dc *gg.Context, c color.NRGBA, width float64, dash []float64) {
	dc.SetColor(c)
	dc.SetLineWidth(width * fr.sc)
	dc.SetLineJoinRound()
	dc.SetLineCapRound()
	if len(dash) > 0 {
		if dash[0] >= 1 { // round caps only for dots: they are costly
			dc.SetLineCapButt()
		}
		d := make([]float64, len(dash))
		for i, v := range dash {
			d[i] = v * fr.sc
		}
		dc.SetDash(d...)
	} else {
		dc.SetDash()
	}
	dc.Stroke()
	dc.SetDash()
}

// drawArea fills, hatches and outlines the polygons of ft.
func (fr *frame) drawArea(dc *gg.Context, ft *feat, a float64) {
	st := &ft.st
	if st.fill.A > 0 {
		for _, poly := range ft.polys {
			fr.polyPath(dc, poly)
		}
		dc.SetFillRuleEvenOdd()
		dc.SetColor(withAlpha(st.fill, a))
		dc.Fill()
	}
	if st.hatch.A > 0 {
		var bars []bar
		for _, poly := range ft.polys {
			bars = fr.hatch(bars, poly, st.hatchAngle, st.hatchGap)
			if st.cross {
				bars = fr.hatch(bars, poly, st.hatchAngle+90, st.hatchGap)
			}
		}
		if img, ok := dc.Image().(*image.RGBA); ok { // always: the frame draws on an RGBA
			fr.hatcher.fill(img, bars, withAlpha(st.hatch, a))
		}
	}
	if st.stroke.A > 0 && !fr.noOutline[ft.idx] {
		for _, poly := range ft.polys {
			fr.strokeStyled(dc, poly, true, st, a)
		}
	}
}

// strokeStyled strokes lines (rings when closed) as style st draws its
// lines: the casing, the line, and the dashed inner line over it.
func (fr *frame) strokeStyled(dc *gg.Context, lines [][]geo.Pixel, closed bool, st *style, a float64) {
	if st.casing.A > 0 && st.casingWidth > 0 {
		fr.strokeLines(dc, lines, closed, colorSpec{withAlpha(st.casing, a), st.width + 2*st.casingWidth, st.dash})
	}
	fr.strokeLines(dc, lines, closed, colorSpec{withAlpha(st.stroke, a), st.width, st.dash})
	if st.inner.A > 0 {
		w := st.innerWidth
		if w == 0 {
			w = st.width * 0.45
		}
		fr.strokeLines(dc, lines, closed, colorSpec{withAlpha(st.inner, a), w, st.innerDash})
	}
}

// hatch appends to bars the parallel bars clipped to poly, at angle
// degrees and gap pixels apart, on a grid fixed to the world so panning
// does not shimmer.
func (fr *frame) hatch(bars []bar, poly [][]geo.Pixel, angle, gap float64) []bar {
	gap *= fr.sc
	hw := 0.55 * fr.sc // hatch lines 1.1 px wide
	sin, cos := math.Sincos(angle * math.Pi / 180)
	// rotate world pixels at this zoom so hatch lines run along x
	rot := make([][]geo.Pixel, len(poly))
	minV, maxV := math.Inf(1), math.Inf(-1)
	for i, r := range poly {
		rr := make([]geo.Pixel, len(r))
		for j, p := range r {
			x, y := p.X*fr.p.k, p.Y*fr.p.k
			u, v := x*cos+y*sin, -x*sin+y*cos
			rr[j] = geo.Pixel{X: u, Y: v}
			minV, maxV = math.Min(minV, v), math.Max(maxV, v)
		}
		rot[i] = rr
	}
	// limit to the image: the image corners in rotated world coordinates
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, c := range [4][2]float64{{0, 0}, {fr.w, 0}, {0, fr.h}, {fr.w, fr.h}} {
		x, y := c[0]+fr.p.ox, c[1]+fr.p.oy
		v := -x*sin + y*cos
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	minV, maxV = math.Max(minV, lo-gap), math.Min(maxV, hi+gap)
	var xs []float64
	for v := math.Ceil(minV/gap) * gap; v <= maxV; v += gap {
		xs = scanX(rot, v, xs[:0])
		for i := 0; i+1 < len(xs); i += 2 {
			u0, u1 := xs[i], xs[i+1]
			if b, ok := newBar(u0*cos-v*sin-fr.p.ox, u0*sin+v*cos-fr.p.oy, u1*cos-v*sin-fr.p.ox, u1*sin+v*cos-fr.p.oy, hw); ok {
				bars = append(bars, b)
			}
		}
	}
	return bars
}

// drawLines strokes the line parts of ft with casing, pattern and arrows.
func (fr *frame) drawLines(dc *gg.Context, ft *feat, a float64) {
	st := &ft.st
	fr.strokeStyled(dc, ft.lines, false, st, a)
	if st.arrows {
		for _, l := range ft.lines {
			fr.arrows(dc, l, st, a)
		}
	}
}

// arrowHead is a direction arrow head on the image: its centre, the unit
// direction of travel and its size in pixels.
type arrowHead struct {
	x, y, ux, uy, size float64
}

// arrowHeads are the arrow heads along line l of style st on the image:
// one in the middle, more on long lines; none on a short line.
func (fr *frame) arrowHeads(l []geo.Pixel, st *style) []arrowHead {
	L := lineLength(l) * fr.p.k
	if L < 40*fr.sc {
		return nil
	}
	n := max(1, int(L/(320*fr.sc)))
	size := (4 + 1.6*st.width) * fr.sc
	var out []arrowHead
	for i := 0; i < n; i++ {
		d := (float64(i) + 0.5) / float64(n) * L / fr.p.k
		p, dir := alongLineDir(l, d)
		x, y := fr.p.pt(p)
		if x < -size || y < -size || x > fr.w+size || y > fr.h+size {
			continue
		}
		out = append(out, arrowHead{x: x, y: y, ux: dir.X, uy: dir.Y, size: size})
	}
	return out
}

// arrows draws the arrow heads along a line.
func (fr *frame) arrows(dc *gg.Context, l []geo.Pixel, st *style, a float64) {
	for _, h := range fr.arrowHeads(l, st) {
		x, y, ux, uy, size := h.x, h.y, h.ux, h.uy, h.size
		tx, ty := x+ux*size, y+uy*size
		bx, by := x-ux*size*0.6, y-uy*size*0.6
		dc.NewSubPath()
		dc.MoveTo(tx, ty)
		dc.LineTo(bx-uy*size*0.75, by+ux*size*0.75)
		dc.LineTo(x-ux*size*0.1, y-uy*size*0.1)
		dc.LineTo(bx+uy*size*0.75, by-ux*size*0.75)
		dc.ClosePath()
		c := darker(st.stroke, 0.6)
		c.A = 255
		dc.SetColor(withAlpha(color.NRGBA{255, 255, 255, 230}, a))
		dc.SetLineWidth(1.5 * fr.sc)
		dc.SetLineJoinRound()
		dc.StrokePreserve()
		dc.SetColor(withAlpha(c, a))
		dc.Fill()
	}
}

// drawHalo paints the thick highlight under the selected feature.
func (fr *frame) drawHalo(dc *gg.Context, ft *feat) {
	glow := withAlpha(selectColor, 0.5)
	if ft.st.class != classEvent {
		for _, poly := range ft.polys {
			fr.strokeLines(dc, poly, true, colorSpec{glow, 16, nil})
			fr.strokeLines(dc, poly, true, colorSpec{selectColor, 7, nil})
		}
	}
	fr.strokeLines(dc, ft.lines, false, colorSpec{glow, ft.st.width + 18, nil})
	fr.strokeLines(dc, ft.lines, false, colorSpec{selectColor, ft.st.width + 8, nil})
	if ft.st.class == classEvent {
		if m := fr.markers[ft.idx]; m != nil {
			dc.DrawCircle(m.x, m.y, m.r+6*fr.sc)
			dc.SetColor(selectColor)
			dc.Fill()
		}
		return
	}
	if ft.st.symbol == symNone && len(ft.points) == 0 {
		return
	}
	for _, q := range fr.symbolXY(ft) {
		x, y := q[0], q[1]
		dc.DrawCircle(x, y, 14*fr.sc)
		dc.SetColor(selectColor)
		dc.Fill()
	}
}

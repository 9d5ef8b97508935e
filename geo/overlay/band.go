package overlay

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// hatchBand is how many rows of the image one pass over the hatch bars
// covers. gg's rasterizer keeps a linked list of cells for every pixel an
// edge crosses and walks it for every new cell: zoomed into a hatched
// zone, one fill held 32 MB of cells (scripts/soak's profile), and a
// 1660x1250 image cross-hatched all over took over a minute. The bars are
// instead cut into bands of rows and rasterized by x/image/vector, which
// sums coverage in a dense buffer of one band (425 KB at that width) in
// time proportional to the bars' length and the band's area (see
// hatcher).
const hatchBand = 64

// bar is the rectangle around a segment, as quad and the hatching draw it.
type bar [4][2]float64

// newBar is the rectangle of half-width hw around segment a-b, wound the
// same way whatever the segment's direction; ok is false for a segment of
// no length.
func newBar(ax, ay, bx, by, hw float64) (b bar, ok bool) {
	dx, dy := bx-ax, by-ay
	n := math.Hypot(dx, dy)
	if n == 0 {
		return b, false
	}
	nx, ny := -dy/n*hw, dx/n*hw
	return bar{{ax + nx, ay + ny}, {bx + nx, by + ny}, {bx - nx, by - ny}, {ax - nx, ay - ny}}, true
}

// yRange is the lowest and highest y of b's corners.
func (b *bar) yRange() (lo, hi float64) {
	lo, hi = b[0][1], b[0][1]
	for _, p := range b[1:] {
		lo, hi = math.Min(lo, p[1]), math.Max(hi, p[1])
	}
	return lo, hi
}

// hatcher rasterizes hatch bars band by band (see hatchBand): a
// rasterizer and a band's coverage mask, kept for a render's zones.
type hatcher struct {
	z    *vector.Rasterizer
	mask []uint8
}

// fill fills bars in colour c onto dst. Where bars cross, their coverage
// adds up to one coat, as nonzero filling would. Only the bars' bounding
// box is rasterized, the bars are cut to the image's sides, so no band
// adds anything outside its rows, and only covered pixels are blended
// (bars 1.1 px wide every 7 to 9 px leave most of a band bare).
func (h *hatcher) fill(dst *image.RGBA, bars []bar, c color.Color) {
	b := dst.Bounds()
	box := barBounds(bars).Intersect(image.Rect(0, 0, b.Dx(), b.Dy()))
	if box.Empty() {
		return
	}
	if h.z == nil {
		h.z = vector.NewRasterizer(box.Dx(), hatchBand)
	}
	if n := box.Dx() * hatchBand; cap(h.mask) < n {
		h.mask = make([]uint8, n)
	}
	x0, x1 := float64(box.Min.X), float64(box.Max.X)
	var in, out [][2]float64
	for top := box.Min.Y; top < box.Max.Y; top += hatchBand {
		bottom := min(top+hatchBand, box.Max.Y)
		y0, y1 := float64(top), float64(bottom)
		h.z.Reset(box.Dx(), bottom-top)
		h.z.DrawOp = draw.Src
		any := false
		for i := range bars {
			if lo, hi := bars[i].yRange(); hi <= y0 || lo >= y1 {
				continue
			}
			in = append(in[:0], bars[i][:]...)
			out = clip(in, out[:0], 1, y0, true)
			in = clip(out, in[:0], 1, y1, false)
			out = clip(in, out[:0], 0, x0, true)
			in = clip(out, in[:0], 0, x1, false)
			if len(in) < 3 {
				continue
			}
			h.z.MoveTo(float32(in[0][0]-x0), float32(in[0][1]-y0))
			for _, p := range in[1:] {
				h.z.LineTo(float32(p[0]-x0), float32(p[1]-y0))
			}
			h.z.ClosePath()
			any = true
		}
		if !any {
			continue
		}
		mask := &image.Alpha{Pix: h.mask[:box.Dx()*(bottom-top)], Stride: box.Dx(), Rect: image.Rect(0, 0, box.Dx(), bottom-top)}
		h.z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
		blendOver(dst, image.Pt(box.Min.X, top).Add(b.Min), mask, c)
	}
}

// blendOver composites colour c through mask onto dst with the mask's
// origin at at, source over, skipping pixels the mask leaves bare.
func blendOver(dst *image.RGBA, at image.Point, mask *image.Alpha, c color.Color) {
	sr, sg, sb, sa := c.RGBA()
	w := mask.Rect.Dx()
	for y := range mask.Rect.Dy() {
		row := mask.Pix[y*mask.Stride : y*mask.Stride+w]
		i0 := dst.PixOffset(at.X, at.Y+y)
		d := dst.Pix[i0 : i0+4*w]
		for x, m := range row {
			if m == 0 {
				continue
			}
			ma := uint32(m) * 0x101
			a := 0xffff - sa*ma/0xffff
			i := 4 * x
			d[i+0] = uint8(((uint32(d[i+0])*0x101*a + sr*ma) / 0xffff) >> 8)
			d[i+1] = uint8(((uint32(d[i+1])*0x101*a + sg*ma) / 0xffff) >> 8)
			d[i+2] = uint8(((uint32(d[i+2])*0x101*a + sb*ma) / 0xffff) >> 8)
			d[i+3] = uint8(((uint32(d[i+3])*0x101*a + sa*ma) / 0xffff) >> 8)
		}
	}
}

// barBounds is the smallest rectangle of whole pixels holding every bar.
func barBounds(bars []bar) image.Rectangle {
	if len(bars) == 0 {
		return image.Rectangle{}
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range bars {
		for _, p := range bars[i] {
			x0, y0 = math.Min(x0, p[0]), math.Min(y0, p[1])
			x1, y1 = math.Max(x1, p[0]), math.Max(y1, p[1])
		}
	}
	// clamp before converting: a bar may reach far outside the image
	const far = 1 << 24
	c := func(v float64) int { return int(math.Max(-far, math.Min(far, v))) }
	return image.Rect(c(math.Floor(x0)), c(math.Floor(y0)), c(math.Ceil(x1)), c(math.Ceil(y1)))
}

// clip appends to dst the part of the closed polygon src on one side of
// the line where coordinate axis (0 for x, 1 for y) equals at: the side
// of greater values when keepGreater, the other otherwise (one
// Sutherland-Hodgman step).
func clip(src, dst [][2]float64, axis int, at float64, keepGreater bool) [][2]float64 {
	inside := func(p [2]float64) bool {
		if keepGreater {
			return p[axis] >= at
		}
		return p[axis] <= at
	}
	for i, p := range src {
		q := src[(i+1)%len(src)]
		pin, qin := inside(p), inside(q)
		if pin {
			dst = append(dst, p)
		}
		if pin != qin {
			t := (at - p[axis]) / (q[axis] - p[axis])
			c := [2]float64{p[0] + t*(q[0]-p[0]), p[1] + t*(q[1]-p[1])}
			c[axis] = at
			dst = append(dst, c)
		}
	}
	return dst
}

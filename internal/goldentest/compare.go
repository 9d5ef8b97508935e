package goldentest

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
)

// Tolerance says how far an image may stray from its golden and still
// match. Channels are compared as 8-bit premultiplied RGBA. The zero
// Tolerance is exact.
type Tolerance struct {
	// Delta is the largest difference in any one channel (0-255) that is
	// still counted as equal.
	Delta int
	// Pixels is how many pixels may differ by more than Delta.
	Pixels int
}

// Default returns the tolerance AssertImage uses: a channel may be off by
// 2 of 255, and at most 8 pixels may be off by more.
//
// Everything the project draws is pure Go (gg and freetype's fixed-point
// rasterizer, x/image/vector for glyphs, Fyne's software painter) with
// embedded fonts, and the Go compiler does not fuse multiply-adds on
// amd64, so the same inputs give bit-identical images on every amd64
// machine: every golden here matches with a maximum delta of 0. The 2
// absorbs one rounding step each way between premultiplied and straight
// alpha (a PNG round trip of a translucent pixel); the 8 pixels absorb a
// handful of antialiased edge pixels flipping across a rounding boundary.
// The smallest change worth catching is far larger: a 3x3 dot, a moved
// hairline or a one-letter label change alters dozens of pixels by much
// more than 2.
func Default() Tolerance { return Tolerance{Delta: 2, Pixels: 8} }

// Diff is what Compare found.
type Diff struct {
	Tol      Tolerance
	Size     image.Point     // the size of the image compared
	WantSize image.Point     // the size of the image it was compared with
	Pixels   int             // pixels with a channel differing by more than Tol.Delta
	Noise    int             // pixels differing by at most Tol.Delta (but not equal)
	MaxDelta int             // the largest channel difference seen, 0-255
	Box      image.Rectangle // the smallest rectangle holding the Pixels
}

// OK reports whether the difference is within the tolerance: same size and
// no more than Tol.Pixels pixels beyond Tol.Delta.
func (d Diff) OK() bool { return d.Size == d.WantSize && d.Pixels <= d.Tol.Pixels }

// String describes the difference in one line, for failure messages.
func (d Diff) String() string {
	if d.Size != d.WantSize {
		return fmt.Sprintf("size %dx%d, want %dx%d", d.Size.X, d.Size.Y, d.WantSize.X, d.WantSize.Y)
	}
	total := d.Size.X * d.Size.Y
	s := fmt.Sprintf("%d of %d pixels (%.4f%%) differ by more than %d (at most %d may); max channel delta %d",
		d.Pixels, total, 100*float64(d.Pixels)/float64(max(total, 1)), d.Tol.Delta, d.Tol.Pixels, d.MaxDelta)
	if d.Pixels > 0 {
		s += fmt.Sprintf("; differences within %v", d.Box)
	}
	return s
}

// Compare measures how got differs from want under tol. Images of
// different sizes are never OK; their content is not compared. The images'
// origins do not matter, only their pixels in order.
func Compare(got, want image.Image, tol Tolerance) Diff {
	g, w := rgba(got), rgba(want)
	d := Diff{Tol: tol, Size: g.Rect.Size(), WantSize: w.Rect.Size()}
	if d.Size != d.WantSize {
		return d
	}
	each(g, w, func(x, y, delta int) {
		d.MaxDelta = max(d.MaxDelta, delta)
		switch {
		case delta > tol.Delta:
			d.Pixels++
			d.Box = d.Box.Union(image.Rect(x, y, x+1, y+1))
		case delta > 0:
			d.Noise++
		}
	})
	return d
}

// Colours of DiffImage: differences beyond the tolerance, and those within it.
var (
	beyondColor = color.RGBA{R: 0xe6, G: 0x00, B: 0xb4, A: 0xff} // magenta
	withinColor = color.RGBA{R: 0xf0, G: 0xa0, B: 0x00, A: 0xff} // amber
)

// DiffImage draws where got and want differ: want faded to a light grey
// for context, pixels beyond tol in magenta and pixels within it (but not
// equal) in amber. It returns nil when the sizes differ.
func DiffImage(got, want image.Image, tol Tolerance) *image.RGBA {
	g, w := rgba(got), rgba(want)
	if g.Rect.Size() != w.Rect.Size() {
		return nil
	}
	out := image.NewRGBA(image.Rectangle{Max: w.Rect.Size()})
	for i := 0; i < len(out.Pix); i += 4 {
		// Rec. 601 luma of the premultiplied colour over white, faded.
		r, gg, b, a := int(w.Pix[i]), int(w.Pix[i+1]), int(w.Pix[i+2]), int(w.Pix[i+3])
		white := 255 - a
		luma := (299*(r+white) + 587*(gg+white) + 114*(b+white)) / 1000
		v := uint8(255 - (255-luma)/4)
		out.Pix[i], out.Pix[i+1], out.Pix[i+2], out.Pix[i+3] = v, v, v, 0xff
	}
	each(g, w, func(x, y, delta int) {
		switch {
		case delta > tol.Delta:
			out.SetRGBA(x, y, beyondColor)
		case delta > 0:
			out.SetRGBA(x, y, withinColor)
		}
	})
	return out
}

// each calls f for every pixel where a and b (of equal size, origin 0)
// differ, with the largest channel difference there.
func each(a, b *image.RGBA, f func(x, y, delta int)) {
	w := a.Rect.Dx()
	for y := 0; y < a.Rect.Dy(); y++ {
		pa := a.Pix[y*a.Stride : y*a.Stride+4*w]
		pb := b.Pix[y*b.Stride : y*b.Stride+4*w]
		for x := 0; x < w; x++ {
			delta := 0
			for c := 4 * x; c < 4*x+4; c++ {
				delta = max(delta, absDiff(pa[c], pb[c]))
			}
			if delta > 0 {
				f(x, y, delta)
			}
		}
	}
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// rgba returns img as premultiplied RGBA with its origin at (0, 0),
// converting (a copy) only when it is something else.
func rgba(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok && r.Rect.Min == (image.Point{}) {
		return r
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rectangle{Max: b.Size()})
	draw.Draw(out, out.Rect, img, b.Min, draw.Src)
	return out
}

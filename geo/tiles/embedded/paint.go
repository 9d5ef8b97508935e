package embedded

import (
	"image"
	"image/color"
	"image/draw"

	"golang.org/x/image/vector"
)

// painter rasterizes one layer at a time into an alpha mask with
// x/image/vector's fast path, then blends a colour through the mask onto
// the tile, skipping empty pixels. One painter per tile at a time.
type painter struct {
	z    *vector.Rasterizer
	mask *image.Alpha
}

func newPainter(n int) *painter {
	return &painter{z: vector.NewRasterizer(n, n), mask: image.NewAlpha(image.Rect(0, 0, n, n))}
}

// begin clears the rasterizer for a new layer.
func (p *painter) begin() {
	n := p.mask.Rect.Dx()
	p.z.Reset(n, n)
	p.z.DrawOp = draw.Src
}

// paint blends c through the layer's coverage onto dst.
func (p *painter) paint(dst *image.RGBA, c color.RGBA) {
	p.rasterize()
	blendMask(dst, p.mask, c)
}

// rasterize fills the mask with the layer's coverage.
func (p *painter) rasterize() {
	p.z.Draw(p.mask, p.mask.Rect, image.Opaque, image.Point{})
}

// blendMask composites the premultiplied colour c through mask m onto dst
// (same size), source-over.
func blendMask(dst *image.RGBA, m *image.Alpha, c color.RGBA) {
	sr, sg, sb, sa := uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
	n := m.Rect.Dx()
	for y := 0; y < m.Rect.Dy(); y++ {
		row := m.Pix[y*m.Stride : y*m.Stride+n]
		d := dst.Pix[y*dst.Stride : y*dst.Stride+4*n]
		for x, a := range row {
			if a == 0 {
				continue
			}
			i := 4 * x
			if a == 0xff && sa == 0xff {
				d[i], d[i+1], d[i+2], d[i+3] = c.R, c.G, c.B, 0xff
				continue
			}
			ma := uint32(a)
			// Source scaled by coverage, then over.
			r, g, b, al := sr*ma/0xff, sg*ma/0xff, sb*ma/0xff, sa*ma/0xff
			inv := 0xff - al
			d[i] = uint8(r + uint32(d[i])*inv/0xff)
			d[i+1] = uint8(g + uint32(d[i+1])*inv/0xff)
			d[i+2] = uint8(b + uint32(d[i+2])*inv/0xff)
			d[i+3] = uint8(al + uint32(d[i+3])*inv/0xff)
		}
	}
}

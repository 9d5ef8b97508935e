package animate

import (
	"image"
	"image/color"
	"math"
	"slices"

	"github.com/soniakeys/quant/median"
)

// GIF palettes: 255 colours and one transparent index, which frames use
// for the pixels they leave as the frame before had them.
const (
	paletteColors = 255
	transparent   = 255
)

// Palette shares: most entries follow the pixels (median cut: the
// basemap's relief and the large areas); the rest go to the flat colours
// the atlas draws its symbols and lines with, which cover too few pixels
// to win an entry of their own and would otherwise come out as the mean
// of a large cluster (a yellow hub drawn mustard).
const (
	pixelColors = 191
	flatColors  = paletteColors - pixelColors
	flatMin     = 24      // pixels of one exact colour, at least, to count as flat
	flatFar     = 12 * 12 // its least squared distance to the median cut's entries
)

// samplePalette builds the palette every frame of a GIF shares from
// sample frames: median cut (github.com/soniakeys/quant/median) over
// their pixels (every other pixel and row), then the exact colours that
// cover at least flatMin pixels and lie far from every entry so far, most
// pixels times distance first.
func samplePalette(samples []*image.RGBA) color.Palette {
	if len(samples) == 0 {
		return color.Palette{color.Black}
	}
	b := samples[0].Rect
	w, h := (b.Dx()+1)/2, (b.Dy()+1)/2
	mosaic := image.NewRGBA(image.Rect(0, 0, w, h*len(samples)))
	count := map[[3]uint8]int{}
	for k, s := range samples {
		for y := 0; y < s.Rect.Dy(); y++ {
			row := s.Pix[y*s.Stride:]
			for x := 0; x < s.Rect.Dx(); x++ {
				count[[3]uint8{row[4*x], row[4*x+1], row[4*x+2]}]++
				if x%2 == 0 && y%2 == 0 {
					j := mosaic.PixOffset(x/2, k*h+y/2)
					copy(mosaic.Pix[j:j+4], row[4*x:4*x+4])
				}
			}
		}
	}
	pal := median.Quantizer(pixelColors).Palette(mosaic).ColorPalette()
	near := newMapper(pal)
	type flat struct {
		c     [3]uint8
		score int
	}
	var flats []flat
	for c, n := range count {
		if n < flatMin {
			continue
		}
		if d := near.dist(c); d > flatFar {
			flats = append(flats, flat{c, n * int(math.Sqrt(float64(d)))})
		}
	}
	slices.SortFunc(flats, func(a, b flat) int {
		if a.score != b.score {
			return b.score - a.score
		}
		return cmpRGB(a.c, b.c)
	})
	// Take them one by one, each only if still far from those taken.
	for _, f := range flats {
		if len(pal) == paletteColors {
			break
		}
		if near.dist(f.c) > flatFar {
			pal = append(pal, color.RGBA{R: f.c[0], G: f.c[1], B: f.c[2], A: 0xff})
			near = newMapper(pal)
		}
	}
	for len(pal) < paletteColors+1 {
		pal = append(pal, color.RGBA{A: 0xff}) // the transparent index, and padding
	}
	return pal[:paletteColors+1]
}

func cmpRGB(a, b [3]uint8) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

// bayer8 is the 8x8 ordered-dither threshold matrix, 0..63.
var bayer8 = [8][8]int32{
	{0, 32, 8, 40, 2, 34, 10, 42},
	{48, 16, 56, 24, 50, 18, 58, 26},
	{12, 44, 4, 36, 14, 46, 6, 38},
	{60, 28, 52, 20, 62, 30, 54, 22},
	{3, 35, 11, 43, 1, 33, 9, 41},
	{51, 19, 59, 27, 49, 17, 57, 25},
	{15, 47, 7, 39, 13, 45, 5, 37},
	{63, 31, 55, 23, 61, 29, 53, 21},
}

// ditherAmp is the ordered dither's spread in 8-bit levels: enough to
// break the banding of the relief's gradients, too little to move a flat
// colour that has an entry of its own, so lines and hatching stay crisp.
const ditherAmp = 10

// mapper maps colours to a palette's nearest entry (by a weighted RGB
// distance), through a lazily filled table of 6-bit colour cells.
type mapper struct {
	pal   [][3]int32
	cells []int16 // -1: not looked up yet
}

func newMapper(pal color.Palette) *mapper {
	m := &mapper{cells: make([]int16, 1<<18)}
	for i := range m.cells {
		m.cells[i] = -1
	}
	for i, c := range pal {
		if i == transparent {
			break
		}
		r, g, b, _ := c.RGBA()
		m.pal = append(m.pal, [3]int32{int32(r >> 8), int32(g >> 8), int32(b >> 8)})
	}
	return m
}

// dist is the weighted squared distance from c to its nearest entry.
func (m *mapper) dist(c [3]uint8) int32 {
	bd := int32(1<<31 - 1)
	for _, p := range m.pal {
		dr, dg, db := p[0]-int32(c[0]), p[1]-int32(c[1]), p[2]-int32(c[2])
		bd = min(bd, (2*dr*dr+4*dg*dg+3*db*db)/9)
	}
	return bd
}

// index is the palette entry for the 6-bit cell of r, g, b.
func (m *mapper) index(r, g, b int32) uint8 {
	key := r>>2<<12 | g>>2<<6 | b>>2
	if v := m.cells[key]; v >= 0 {
		return uint8(v)
	}
	cr, cg, cb := r|2, g|2, b|2 // the cell's middle
	best, bd := 0, int32(1<<31-1)
	for i, p := range m.pal {
		dr, dg, db := p[0]-cr, p[1]-cg, p[2]-cb
		if d := 2*dr*dr + 4*dg*dg + 3*db*db; d < bd {
			best, bd = i, d
		}
	}
	m.cells[key] = int16(best)
	return uint8(best)
}

// quantize maps img's pixels into idx (one byte a pixel, row by row), with
// the ordered dither.
func (m *mapper) quantize(img *image.RGBA, idx []uint8) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	for y := range h {
		row := img.Pix[y*img.Stride:]
		out := idx[y*w : (y+1)*w]
		th := &bayer8[y&7]
		for x := range w {
			d := (th[x&7]*2 - 63) * ditherAmp / 128
			out[x] = m.index(clamp(int32(row[4*x])+d), clamp(int32(row[4*x+1])+d), clamp(int32(row[4*x+2])+d))
		}
	}
}

func clamp(v int32) int32 { return min(max(v, 0), 255) }

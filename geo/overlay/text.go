package overlay

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// textKey identifies one rendered text.
type textKey struct {
	text string
	size float64 // pixel size, rounded to a quarter
	bold bool
	halo int // halo radius in pixels
}

// textMask is a text rendered once: the glyph coverage and a dilated copy
// for the halo, both with the halo radius as padding.
type textMask struct {
	glyph, halo *image.Alpha
	w, h        int // size of the masks
}

// textCache renders texts into alpha masks once and keeps them. Masks are
// never modified after creation; the map and the faces (which opentype
// does not allow to be shared) are guarded by mu.
type textCache struct {
	regular, bold *opentype.Font
	mu            sync.Mutex
	faces         map[textKey]font.Face // keyed with empty text
	masks         map[textKey]*textMask
}

func newTextCache(regular, bold *opentype.Font) *textCache {
	return &textCache{regular: regular, bold: bold,
		faces: map[textKey]font.Face{}, masks: map[textKey]*textMask{}}
}

// mask returns the rendered text; lines are separated by "\n" and centred.
func (c *textCache) mask(text string, size float64, bold bool, halo int) *textMask {
	k := textKey{text: text, size: math.Round(size*4) / 4, bold: bold, halo: halo}
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.masks[k]; ok {
		return m
	}
	fk := textKey{size: k.size, bold: bold}
	face, ok := c.faces[fk]
	if !ok {
		tf := c.regular
		if bold {
			tf = c.bold
		}
		var err error
		face, err = opentype.NewFace(tf, &opentype.FaceOptions{Size: k.size, DPI: 72, Hinting: font.HintingFull})
		if err != nil { // only for invalid options; draw nothing rather than fail a frame
			m := &textMask{glyph: image.NewAlpha(image.Rect(0, 0, 1, 1)), halo: image.NewAlpha(image.Rect(0, 0, 1, 1)), w: 1, h: 1}
			c.masks[k] = m
			return m
		}
		c.faces[fk] = face
	}
	m := renderText(face, text, halo)
	c.masks[k] = m
	return m
}

// renderText draws text with face into a padded mask and dilates it.
func renderText(face font.Face, text string, pad int) *textMask {
	lines := strings.Split(text, "\n")
	met := face.Metrics()
	lineH := met.Height.Ceil()
	asc := met.Ascent.Ceil()
	widths := make([]int, len(lines))
	w := 0
	for i, l := range lines {
		widths[i] = font.MeasureString(face, l).Ceil()
		w = max(w, widths[i])
	}
	h := lineH*(len(lines)-1) + asc + met.Descent.Ceil()
	W, H := w+2*pad, h+2*pad
	glyph := image.NewAlpha(image.Rect(0, 0, W, H))
	d := font.Drawer{Dst: glyph, Src: image.Opaque, Face: face}
	for i, l := range lines {
		d.Dot = fixed.P(pad+(w-widths[i])/2, pad+asc+i*lineH)
		d.DrawString(l)
	}
	return &textMask{glyph: glyph, halo: dilate(glyph, pad), w: W, h: H}
}

// dilate spreads coverage by a disc of radius r, for text halos.
func dilate(src *image.Alpha, r int) *image.Alpha {
	b := src.Bounds()
	dst := image.NewAlpha(b)
	if r <= 0 {
		copy(dst.Pix, src.Pix)
		return dst
	}
	rr := float64(r) + 0.5
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			a := src.Pix[y*src.Stride+x]
			if a == 0 {
				continue
			}
			for dy := -r; dy <= r; dy++ {
				yy := y + dy
				if yy < b.Min.Y || yy >= b.Max.Y {
					continue
				}
				for dx := -r; dx <= r; dx++ {
					xx := x + dx
					if xx < b.Min.X || xx >= b.Max.X {
						continue
					}
					d := math.Hypot(float64(dx), float64(dy))
					v := a
					if d > rr-1 { // soften the rim
						v = uint8(float64(a) * math.Max(0, rr-d))
					}
					if i := yy*dst.Stride + xx; dst.Pix[i] < v {
						dst.Pix[i] = v
					}
				}
			}
		}
	}
	return dst
}

// drawText composites m onto dst with its top-left at (x, y): first the
// halo, then the glyphs.
func drawText(dst *image.RGBA, m *textMask, x, y int, ink, halo color.Color) {
	r := image.Rect(x, y, x+m.w, y+m.h)
	if !r.Overlaps(dst.Bounds()) {
		return
	}
	if halo != nil {
		draw.DrawMask(dst, r, image.NewUniform(halo), image.Point{}, m.halo, image.Point{}, draw.Over)
	}
	draw.DrawMask(dst, r, image.NewUniform(ink), image.Point{}, m.glyph, image.Point{}, draw.Over)
}

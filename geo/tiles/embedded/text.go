package embedded

import (
	"fmt"
	"image"
	"math"
	"sync"

	"golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/f64"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// typeface picks one of the Go fonts.
type typeface uint8

const (
	regular typeface = iota
	bold
	italic
	boldItalic
)

// fonts holds the parsed Go fonts and a cache of faces. opentype faces are
// not safe for concurrent use, so every use holds mu.
type fonts struct {
	mu    sync.Mutex
	fonts [4]*opentype.Font
	faces map[faceKey]font.Face
}

type faceKey struct {
	tf   typeface
	size float64
}

func newFonts() (*fonts, error) {
	f := &fonts{faces: map[faceKey]font.Face{}}
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF} {
		p, err := opentype.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("embedded: parse Go font %d: %w", i, err)
		}
		f.fonts[i] = p
	}
	return f, nil
}

// face returns the cached face; f.mu must be held.
func (f *fonts) face(tf typeface, size float64) font.Face {
	k := faceKey{tf, size}
	if fc, ok := f.faces[k]; ok {
		return fc
	}
	fc, err := opentype.NewFace(f.fonts[tf], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		// Only invalid options fail, and the sizes are constants.
		return basicfont.Face7x13
	}
	f.faces[k] = fc
	return fc
}

// textStyle is how a label's text looks, sizes in device pixels.
type textStyle struct {
	tf       typeface
	size     float64
	tracking float64 // extra advance between letters, in ems
	halo     float64 // halo radius
}

// measure returns the text's advance width, ascent and descent.
func (f *fonts) measure(s string, st textStyle) (w, asc, desc float64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fc := f.face(st.tf, st.size)
	m := fc.Metrics()
	n := 0
	for range s {
		n++
	}
	w = fix(font.MeasureString(fc, s)) + st.tracking*st.size*float64(max(n-1, 0))
	return w, fix(m.Ascent) * 0.8, fix(m.Descent) * 0.6
}

func fix(v fixed.Int26_6) float64 { return float64(v) / 64 }

// labelImage is a rendered label: ink and halo masks and where their
// top-left corner lies in device world pixels.
type labelImage struct {
	ink, halo *image.Alpha
	origin    image.Point
}

// render draws text at (tx, ty) baseline-left within a w x h canvas, plus an
// optional dot (square if square is set) of radius dr at (dx, dy); then
// rotates by angle (radians) about the canvas centre.
func (f *fonts) render(text string, st textStyle, w, h int, tx, ty float64, dot bool, square bool, dx, dy, dr, angle float64) (ink, halo *image.Alpha) {
	ink = image.NewAlpha(image.Rect(0, 0, w, h))
	if text != "" {
		f.mu.Lock()
		fc := f.face(st.tf, st.size)
		d := font.Drawer{Dst: ink, Src: image.Opaque, Face: fc, Dot: fixed.Point26_6{X: fixed.Int26_6(tx * 64), Y: fixed.Int26_6(ty * 64)}}
		prev := rune(-1)
		for _, r := range text {
			if prev >= 0 {
				d.Dot.X += fc.Kern(prev, r)
			}
			d.DrawString(string(r))
			d.Dot.X += fixed.Int26_6(st.tracking * st.size * 64)
			prev = r
		}
		f.mu.Unlock()
	}
	if dot {
		z := vector.NewRasterizer(w, h)
		if square {
			z.MoveTo(float32(dx-dr), float32(dy-dr))
			z.LineTo(float32(dx+dr), float32(dy-dr))
			z.LineTo(float32(dx+dr), float32(dy+dr))
			z.LineTo(float32(dx-dr), float32(dy+dr))
		} else {
			z.MoveTo(float32(dx+dr), float32(dy))
			for k := 1; k < 16; k++ {
				a := float64(k) * math.Pi / 8
				z.LineTo(float32(dx+dr*math.Cos(a)), float32(dy+dr*math.Sin(a)))
			}
		}
		z.ClosePath()
		z.Draw(ink, ink.Bounds(), image.Opaque, image.Point{})
	}
	halo = dilate(ink, st.halo)
	if angle != 0 {
		ink, halo = rotate(ink, angle), rotate(halo, angle)
	}
	return ink, halo
}

// dilate grows a mask by radius r (a disc), keeping soft edges.
func dilate(m *image.Alpha, r float64) *image.Alpha {
	b := m.Bounds()
	out := image.NewAlpha(b)
	ri := int(math.Ceil(r))
	type off struct {
		dx, dy int
		k      float64
	}
	var offs []off
	for dy := -ri; dy <= ri; dy++ {
		for dx := -ri; dx <= ri; dx++ {
			d := math.Hypot(float64(dx), float64(dy))
			if d <= r+0.5 {
				offs = append(offs, off{dx, dy, math.Min(1, r+0.5-d)})
			}
		}
	}
	w, h := b.Dx(), b.Dy()
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := m.Pix[y*m.Stride+x]
			if v == 0 {
				continue
			}
			for _, o := range offs {
				xx, yy := x+o.dx, y+o.dy
				if xx < 0 || yy < 0 || xx >= w || yy >= h {
					continue
				}
				nv := uint8(float64(v) * o.k)
				if i := yy*out.Stride + xx; nv > out.Pix[i] {
					out.Pix[i] = nv
				}
			}
		}
	}
	return out
}

// rotate turns a mask by angle radians about its centre into a canvas
// large enough to hold it, centred on the same point.
func rotate(m *image.Alpha, angle float64) *image.Alpha {
	b := m.Bounds()
	w, h := float64(b.Dx()), float64(b.Dy())
	c, s := math.Cos(angle), math.Sin(angle)
	nw := int(math.Ceil(math.Abs(w*c) + math.Abs(h*s)))
	nh := int(math.Ceil(math.Abs(w*s) + math.Abs(h*c)))
	out := image.NewAlpha(image.Rect(0, 0, nw, nh))
	// dst = T(new centre) * R * T(-old centre) * src
	cx, cy, ncx, ncy := w/2, h/2, float64(nw)/2, float64(nh)/2
	aff := f64.Aff3{c, -s, ncx - c*cx + s*cy, s, c, ncy - s*cx - c*cy}
	draw.BiLinear.Transform(out, aff, m, b, draw.Over, nil)
	return out
}

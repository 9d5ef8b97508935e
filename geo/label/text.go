package label

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/f64"
	"golang.org/x/image/math/fixed"
)

// ErrStyle is returned for a style the typesetter cannot set.
var ErrStyle = errors.New("label: bad text style")

// Face is one of the Go fonts the labels are set in.
type Face uint8

// The faces.
const (
	Regular Face = iota
	Bold
	Italic
	BoldItalic
)

// Style is how a label's text looks, sizes in image pixels.
type Style struct {
	Face     Face
	Size     float64 // type size
	Tracking float64 // extra space between letters, in ems
	Halo     float64 // radius of the light halo around the letters
}

// Mask is a text set once: glyph coverage and its halo, both W x H, cropped
// to the ink plus the halo. Masks are shared and must not be modified.
type Mask struct {
	Glyph, Halo *image.Alpha
	W, H        int
}

// maxMasks bounds the typesetter's cache; it starts afresh when full.
const maxMasks = 8192

type maskKey struct {
	text  string
	style Style
	angle int // degrees
}

// Typesetter sets label text in the Go fonts and keeps what it set. It is
// safe for concurrent use. Make one with NewTypesetter; the zero value
// sets nothing (every mask is empty).
type Typesetter struct {
	fonts [4]*opentype.Font

	mu    sync.Mutex // guards faces (opentype faces are not concurrent) and masks
	faces map[maskKey]font.Face
	masks map[maskKey]*Mask
}

// NewTypesetter parses the Go fonts.
func NewTypesetter() (*Typesetter, error) {
	t := &Typesetter{faces: map[maskKey]font.Face{}, masks: map[maskKey]*Mask{}}
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF} {
		f, err := opentype.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("label: parse Go font %d: %w", i, err)
		}
		t.fonts[i] = f
	}
	return t, nil
}

// face returns the cached face of st; t.mu must be held.
func (t *Typesetter) face(st Style) (font.Face, error) {
	k := maskKey{style: Style{Face: st.Face, Size: st.Size}}
	if f, ok := t.faces[k]; ok {
		return f, nil
	}
	if int(st.Face) >= len(t.fonts) || t.fonts[st.Face] == nil || !(st.Size > 0 && st.Size < 2000) {
		return nil, fmt.Errorf("%w: face %d, size %v", ErrStyle, st.Face, st.Size)
	}
	f, err := opentype.NewFace(t.fonts[st.Face], &opentype.FaceOptions{Size: st.Size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStyle, err)
	}
	if t.faces == nil {
		t.faces = map[maskKey]font.Face{}
	}
	t.faces[k] = f
	return f, nil
}

// Mask sets text in style st, lines separated by "\n" and centred, turned
// by angle radians (clockwise on screen) about its centre. A style the
// fonts cannot set gives an empty 1 x 1 mask.
func (t *Typesetter) Mask(text string, st Style, angle float64) *Mask {
	st.Size = math.Round(st.Size*4) / 4
	st.Halo = math.Round(st.Halo*4) / 4
	deg := int(math.Round(angle * 180 / math.Pi))
	k := maskKey{text: text, style: st, angle: deg}
	t.mu.Lock()
	defer t.mu.Unlock()
	if m, ok := t.masks[k]; ok {
		return m
	}
	face, err := t.face(st)
	var m *Mask
	if err != nil {
		m = &Mask{Glyph: image.NewAlpha(image.Rect(0, 0, 1, 1)), Halo: image.NewAlpha(image.Rect(0, 0, 1, 1)), W: 1, H: 1}
	} else {
		m = set(face, text, st)
		if deg != 0 {
			m = rotate(m, float64(deg)*math.Pi/180)
		}
	}
	if len(t.masks) >= maxMasks || t.masks == nil {
		t.masks = make(map[maskKey]*Mask, 64)
	}
	t.masks[k] = m
	return m
}

// set draws text into a canvas padded by the halo, crops it to the ink
// and the halo, and grows the halo.
func set(face font.Face, text string, st Style) *Mask {
	lines := strings.Split(text, "\n")
	met := face.Metrics()
	lineH := met.Height.Ceil()
	asc := met.Ascent.Ceil()
	pad := int(math.Ceil(st.Halo)) + 1
	track := fixed.Int26_6(st.Tracking * st.Size * 64)
	widths := make([]fixed.Int26_6, len(lines))
	var w fixed.Int26_6
	for i, l := range lines {
		n := fixed.Int26_6(len([]rune(l)) - 1)
		widths[i] = font.MeasureString(face, l) + track*max(n, 0)
		w = max(w, widths[i])
	}
	W := w.Ceil() + 2*pad
	H := lineH*(len(lines)-1) + asc + met.Descent.Ceil() + 2*pad
	glyph := image.NewAlpha(image.Rect(0, 0, W, H))
	d := font.Drawer{Dst: glyph, Src: image.Opaque, Face: face}
	for i, l := range lines {
		d.Dot = fixed.Point26_6{X: fixed.I(pad) + (w-widths[i])/2, Y: fixed.I(pad + asc + i*lineH)}
		prev := rune(-1)
		for _, r := range l {
			if prev >= 0 {
				d.Dot.X += face.Kern(prev, r)
			}
			d.DrawString(string(r))
			d.Dot.X += track
			prev = r
		}
	}
	// Crop to the ink, keeping the halo's room.
	ink := inkBounds(glyph)
	if ink.Empty() {
		ink = image.Rect(pad, pad, pad+1, pad+1)
	}
	crop := ink.Inset(-pad).Intersect(glyph.Bounds())
	g := image.NewAlpha(image.Rect(0, 0, crop.Dx(), crop.Dy()))
	draw.Draw(g, g.Bounds(), glyph, crop.Min, draw.Src)
	return &Mask{Glyph: g, Halo: dilate(g, st.Halo), W: crop.Dx(), H: crop.Dy()}
}

// inkBounds is the smallest rectangle holding every covered pixel of m.
func inkBounds(m *image.Alpha) image.Rectangle {
	b := m.Bounds()
	r := image.Rectangle{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := m.Pix[(y-b.Min.Y)*m.Stride : (y-b.Min.Y)*m.Stride+b.Dx()]
		for x, v := range row {
			if v != 0 {
				r = r.Union(image.Rect(b.Min.X+x, y, b.Min.X+x+1, y+1))
			}
		}
	}
	return r
}

// dilate grows a mask by a disc of radius r with a soft rim, for halos.
func dilate(m *image.Alpha, r float64) *image.Alpha {
	b := m.Bounds()
	out := image.NewAlpha(b)
	if r <= 0 {
		copy(out.Pix, m.Pix)
		return out
	}
	ri := int(math.Ceil(r))
	type off struct {
		dx, dy int
		k      float64
	}
	var offs []off
	for dy := -ri; dy <= ri; dy++ {
		for dx := -ri; dx <= ri; dx++ {
			if d := math.Hypot(float64(dx), float64(dy)); d <= r+0.5 {
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
				if nv, i := uint8(float64(v)*o.k), yy*out.Stride+xx; nv > out.Pix[i] {
					out.Pix[i] = nv
				}
			}
		}
	}
	return out
}

// rotate turns a mask by angle radians about its centre onto a canvas just
// large enough for it.
func rotate(m *Mask, angle float64) *Mask {
	w, h := float64(m.W), float64(m.H)
	c, s := math.Cos(angle), math.Sin(angle)
	nw := int(math.Ceil(math.Abs(w*c) + math.Abs(h*s)))
	nh := int(math.Ceil(math.Abs(w*s) + math.Abs(h*c)))
	cx, cy, ncx, ncy := w/2, h/2, float64(nw)/2, float64(nh)/2
	aff := f64.Aff3{c, -s, ncx - c*cx + s*cy, s, c, ncy - s*cx - c*cy}
	turn := func(a *image.Alpha) *image.Alpha {
		out := image.NewAlpha(image.Rect(0, 0, nw, nh))
		xdraw.BiLinear.Transform(out, aff, a, a.Bounds(), xdraw.Over, nil)
		return out
	}
	return &Mask{Glyph: turn(m.Glyph), Halo: turn(m.Halo), W: nw, H: nh}
}

// Draw composites m onto dst with its top-left corner at (x, y): the halo
// in halo (nil for none), then the glyphs in ink.
func Draw(dst *image.RGBA, m *Mask, x, y int, ink, halo color.Color) {
	r := image.Rect(x, y, x+m.W, y+m.H)
	if !r.Overlaps(dst.Bounds()) {
		return
	}
	if halo != nil {
		draw.DrawMask(dst, r, image.NewUniform(halo), image.Point{}, m.Halo, image.Point{}, draw.Over)
	}
	draw.DrawMask(dst, r, image.NewUniform(ink), image.Point{}, m.Glyph, image.Point{}, draw.Over)
}

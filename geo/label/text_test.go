package label

import (
	"image"
	"image/color"
	"math"
	"testing"
)

func TestMask(t *testing.T) {
	ts, err := NewTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	plain := ts.Mask("Tocache", Style{Face: Regular, Size: 12, Halo: 2}, 0)
	tests := []struct {
		desc string
		ok   bool
	}{
		{desc: "a mask has ink", ok: inkBounds(plain.Glyph) != image.Rectangle{}},
		{desc: "the halo covers the glyphs", ok: covers(plain.Halo, plain.Glyph)},
		{desc: "the mask is cropped to ink plus halo", ok: plain.H < 12+2*3+6 && plain.W < 70},
		{desc: "the same text is set once", ok: ts.Mask("Tocache", Style{Face: Regular, Size: 12, Halo: 2}, 0) == plain},
		{desc: "bold is wider", ok: ts.Mask("Tocache", Style{Face: Bold, Size: 12, Halo: 2}, 0).W > plain.W},
		{desc: "tracking spreads letters", ok: ts.Mask("Tocache", Style{Face: Regular, Size: 12, Halo: 2, Tracking: 0.2}, 0).W > plain.W+10},
		{desc: "two lines are taller", ok: ts.Mask("Upper\nHuallaga", Style{Face: Regular, Size: 12, Halo: 2}, 0).H > plain.H+8},
		{desc: "a quarter turn swaps the sides", ok: math.Abs(float64(ts.Mask("Tocache", Style{Face: Regular, Size: 12, Halo: 2}, math.Pi/2).W-plain.H)) <= 2},
		{desc: "a bad size gives an empty mask, not a panic", ok: ts.Mask("x", Style{Size: -1}, 0).W == 1},
	}
	for _, tc := range tests {
		if !tc.ok {
			t.Errorf("%s: failed", tc.desc)
		}
	}
}

func covers(halo, glyph *image.Alpha) bool {
	for i, v := range glyph.Pix {
		if v > 0 && halo.Pix[i] < v {
			return false
		}
	}
	return true
}

func TestDraw(t *testing.T) {
	ts, err := NewTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	m := ts.Mask("Lima", Style{Face: Bold, Size: 14, Halo: 2}, 0)
	dst := image.NewRGBA(image.Rect(0, 0, 60, 30))
	Draw(dst, m, 5, 5, color.Black, color.White)
	dark, light := 0, 0
	for i := 0; i < len(dst.Pix); i += 4 {
		switch {
		case dst.Pix[i+3] == 255 && dst.Pix[i] < 60:
			dark++
		case dst.Pix[i+3] > 0 && dst.Pix[i] > 200:
			light++
		}
	}
	if dark < 20 || light < 20 {
		t.Errorf("Draw left %d dark and %d light pixels; want ink inside a halo", dark, light)
	}
	Draw(dst, m, 500, 500, color.Black, nil) // off the image: nothing, no panic
}

func TestZeroTypesetterSetsNothing(t *testing.T) {
	var ts Typesetter
	if m := ts.Mask("Lima", Style{Size: 12}, 0); m.W != 1 || m.H != 1 {
		t.Errorf("zero Typesetter: mask %dx%d, want an empty 1x1", m.W, m.H)
	}
}

package overlay

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"testing"
)

// TestRenderOnReusesPixelsThatFit: a spare serves any view no larger than
// the one it was made for (a zoom changes the view's size a little every
// frame), drawing exactly what a new image would hold, and a view larger
// than the spare gets a new image.
func TestRenderOnReusesPixelsThatFit(t *testing.T) {
	s := testSet(t)
	ctx := context.Background()
	base := vraemView()
	sized := func(dw, dh float64) func() (w, h float64) {
		return func() (float64, float64) { return base.Width + dw, base.Height + dh }
	}
	tests := []struct {
		desc  string
		spare func() (w, h float64) // nil: no spare
		view  func() (w, h float64)
		same  bool // drawn on the spare's pixels
	}{
		{desc: "no spare", view: sized(0, 0)},
		{desc: "a spare of the view's size", spare: sized(0, 0), view: sized(0, 0), same: true},
		{desc: "a larger spare", spare: sized(0, 0), view: sized(-37, -21), same: true},
		{desc: "a spare wider but shorter, of more pixels", spare: sized(60, -30), view: sized(0, 0), same: true},
		{desc: "a smaller spare", spare: sized(-37, -21), view: sized(0, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			v := base
			v.Width, v.Height = tc.view()
			want, err := s.Render(ctx, v, Options{Year: 2013})
			if err != nil {
				t.Fatal(err)
			}
			var spare *image.RGBA
			if tc.spare != nil {
				w, h := tc.spare()
				spare = image.NewRGBA(image.Rect(0, 0, int(w), int(h)))
				// leftovers of an earlier frame must not show through
				draw.Draw(spare, spare.Rect, image.NewUniform(color.RGBA{R: 200, A: 255}), image.Point{}, draw.Src)
			}
			got, err := s.RenderOn(ctx, spare, v, Options{Year: 2013})
			if err != nil {
				t.Fatal(err)
			}
			if got.Rect != want.Rect || got.Stride != want.Stride {
				t.Fatalf("image %v stride %d, want %v stride %d", got.Rect, got.Stride, want.Rect, want.Stride)
			}
			if same := spare != nil && &got.Pix[0] == &spare.Pix[0]; same != tc.same {
				t.Errorf("drawn on the spare's pixels: %v, want %v", same, tc.same)
			}
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Error("the image drawn differs from a new image's")
			}
		})
	}
}

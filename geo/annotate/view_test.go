package annotate

import (
	"image"
	"testing"

	"github.com/fogleman/gg"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
)

// painted counts the pixels of img that are not transparent.
func painted(img *image.RGBA) int {
	n := 0
	for i := 3; i < len(img.Pix); i += 4 {
		if img.Pix[i] > 0 {
			n++
		}
	}
	return n
}

func TestDrawViewPaints(t *testing.T) {
	v := geo.View{Center: geo.PeruBound().Center(), Zoom: 6, Width: 400, Height: 300}
	tests := []struct {
		desc    string
		set     *annotation.Set
		atLeast int // painted pixels
		atMost  int
	}{
		{desc: "a circle on the view's centre", atLeast: 200, atMost: 400 * 300,
			set: &annotation.Set{Version: annotation.Version, Annotations: []annotation.Annotation{
				{ID: "a1", Kind: annotation.KindCircle, At: v.Center, RadiusKm: 80, Color: "#c0392b"},
			}}},
		{desc: "a circle far off the view", atLeast: 0, atMost: 0,
			set: &annotation.Set{Version: annotation.Version, Annotations: []annotation.Annotation{
				{ID: "a1", Kind: annotation.KindCircle, At: [2]float64{-40, 10}, RadiusKm: 80},
			}}},
		{desc: "no annotations", set: &annotation.Set{Version: annotation.Version}},
		{desc: "no set", set: nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			img := image.NewRGBA(image.Rect(0, 0, 400, 300))
			DrawView(gg.NewContextForRGBA(img), tc.set, v, 1)
			if n := painted(img); n < tc.atLeast || n > tc.atMost {
				t.Errorf("%d pixels painted, want %d to %d", n, tc.atLeast, tc.atMost)
			}
		})
	}
}

package embedded

import (
	"context"
	"image"
	"testing"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	datarelief "github.com/perutraffickingatlas/atlas/data/relief"
	"github.com/perutraffickingatlas/atlas/geo/relief"
)

// flatRelief is an elevation model of the whole basemap, all land at sea
// level: tinted as lowland, never shaded.
func flatRelief(t testing.TB) *relief.Model {
	t.Helper()
	const w, h = 341, 381 // 0.1 degree apart over 90W-56W, 26S-12N
	d := &datarelief.Data{Grids: []datarelief.Grid{{West: -90 * 3600, North: 12 * 3600, Step: 360, W: w, H: h, Z: make([]int16, w*h)}}}
	m, err := relief.NewModel(d)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func lum(img image.Image, x, y int) int {
	r, g, b, _ := img.At(x, y).RGBA()
	return int(299*r+587*g+114*b) / 1000 >> 8
}

// TestReliefIsDrawn compares tiles with the embedded relief against the
// same tiles over a flat model: the Andes must change a good share of
// their pixels, the Amazon plain hardly any. It fails if the relief layer
// vanishes or turns the lowlands into texture.
func TestReliefIsDrawn(t *testing.T) {
	gaz, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	d := testData(t)
	flat := flatRelief(t)
	for _, tc := range []struct {
		desc     string
		place    string
		z        maptile.Zoom
		scale    float64
		min, max float64 // share of pixels whose luminance moves by 8 or more
	}{
		{desc: "the Andes above Huaraz at zoom 7", place: "Huaraz", z: 7, scale: 1, min: 0.3, max: 1},
		{desc: "the Andes above Huaraz at zoom 10", place: "Huaraz", z: 10, scale: 1, min: 0.2, max: 1},
		{desc: "the Andes at zoom 7, HiDPI", place: "Huaraz", z: 7, scale: 2, min: 0.3, max: 1},
		{desc: "the Amazon plain at Iquitos, zoom 7", place: "Iquitos", z: 7, scale: 1, min: 0, max: 0.05},
		{desc: "the Andes at zoom 5", place: "Cusco", z: 5, scale: 1, min: 0.15, max: 1},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			p, err := gaz.Resolve(tc.place, "PE")
			if err != nil {
				t.Fatal(err)
			}
			tl := maptile.At(p.Point, tc.z)
			withRelief, err := New(WithData(d), WithRelief(sharedRelief.get(t)), WithScale(tc.scale)).Tile(context.Background(), tl)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := New(WithData(d), WithRelief(flat), WithScale(tc.scale)).Tile(context.Background(), tl)
			if err != nil {
				t.Fatal(err)
			}
			n := withRelief.Bounds().Dx()
			moved := 0
			for y := range n {
				for x := range n {
					if a, b := lum(withRelief, x, y), lum(plain, x, y); a-b >= 8 || b-a >= 8 {
						moved++
					}
				}
			}
			if share := float64(moved) / float64(n*n); share < tc.min || share > tc.max {
				t.Errorf("%.1f%% of the pixels moved, want %.0f%% to %.0f%%", 100*share, 100*tc.min, 100*tc.max)
			}
		})
	}
}

func TestVersionFollowsTheReliefData(t *testing.T) {
	if v := New().Info().Version; v == "" {
		t.Error("the embedded source has no version")
	}
	if v := New(WithRelief(flatRelief(t))).Info().Version; v != "" {
		t.Errorf("a source with its own relief claims version %q", v)
	}
}

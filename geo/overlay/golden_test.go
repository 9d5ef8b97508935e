package overlay

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// paper is the plain background the goldens are drawn on.
var paper = color.RGBA{0xf4, 0xf1, 0xea, 0xff}

// goldenPeru is an all-Peru view small enough to keep the goldens light.
func goldenPeru() geo.View {
	return geo.View{Center: orb.Point{-75.5, -9.6}, Zoom: 6, Width: 1200, Height: 1080}
}

// goldenCase is one overlay golden: what the embedded data looks like in
// a view and year.
type goldenCase struct {
	desc string
	name string // golden testdata/<name>.png
	v    geo.View
	opt  Options
}

func goldenCases() []goldenCase {
	vraem := geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 8, Width: 1200, Height: 900}
	vraem9 := vraem
	vraem9.Zoom = 9
	return []goldenCase{
		{desc: "Peru in 1985", name: "peru_1985", v: goldenPeru(), opt: Options{Year: 1985}},
		{desc: "Peru in 2000", name: "peru_2000", v: goldenPeru(), opt: Options{Year: 2000}},
		{desc: "Peru in 2015", name: "peru_2015", v: goldenPeru(), opt: Options{Year: 2015}},
		{desc: "VRAEM in 2013 with a selection", name: "vraem_2013_selected", v: vraem,
			opt: Options{Year: 2013, Selected: "sendero_vraem_faction"}},
		{desc: "VRAEM in 2015 at scale 2", name: "vraem_2015_scale2", v: vraem9, opt: Options{Year: 2015, Scale: 2}},
	}
}

// drawGolden renders tc's view of s on paper, as the goldens hold it.
func drawGolden(t *testing.T, s *Set, tc goldenCase) *image.RGBA {
	t.Helper()
	ov, err := s.Render(context.Background(), tc.v, tc.opt)
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewRGBA(ov.Bounds())
	draw.Draw(img, img.Bounds(), image.NewUniform(paper), image.Point{}, draw.Src)
	draw.Draw(img, img.Bounds(), ov, image.Point{}, draw.Over)
	return img
}

func TestGolden(t *testing.T) {
	s := testSet(t)
	for _, tc := range goldenCases() {
		t.Run(tc.desc, func(t *testing.T) {
			goldentest.AssertImage(t, tc.name, drawGolden(t, s, tc))
		})
	}
}

// TestGoldenFailsWithoutEachGroup proves the goldens can fail: with one
// layer group's features taken out of the data (and, for groups of
// several layers, with each of its layers taken out alone), every golden
// in which they are drawn must stop matching. Each must be drawn in at
// least one golden, or the goldens would not guard it.
func TestGoldenFailsWithoutEachGroup(t *testing.T) {
	goldentest.SensitivityTest(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range data.Groups() {
		t.Run(g.Name, func(t *testing.T) {
			assertGoldensNeed(t, ds, g.Name, g.Layers)
			if len(g.Layers) == 1 {
				return
			}
			for _, l := range g.Layers {
				t.Run(string(l), func(t *testing.T) { assertGoldensNeed(t, ds, string(l), []data.Layer{l}) })
			}
		})
	}
}

// assertGoldensNeed checks that every golden drawing some feature of
// layers fails to match without them, and that at least one draws some.
func assertGoldensNeed(t *testing.T, ds *data.Dataset, what string, layers []data.Layer) {
	t.Helper()
	without, err := New(withoutLayers(ds, layers))
	if err != nil {
		t.Fatal(err)
	}
	guarded := 0
	for _, tc := range goldenCases() {
		if !drawsAny(t, testSet(t), tc, layers) {
			t.Logf("%s: no %s drawn", tc.name, what)
			continue
		}
		guarded++
		d := goldentest.Compare(drawGolden(t, without, tc), goldentest.Golden(t, tc.name), goldentest.Default())
		if d.OK() {
			t.Errorf("%s without %s still matches its golden: %v", tc.name, what, d)
			continue
		}
		t.Logf("%s without %s: %v", tc.name, what, d)
	}
	if guarded == 0 {
		t.Errorf("no overlay golden draws %s: change a golden's year or view so one does", what)
	}
}

// drawsAny reports whether tc's view draws any feature of layers: a render
// of those layers alone paints some pixel.
func drawsAny(t *testing.T, s *Set, tc goldenCase, layers []data.Layer) bool {
	t.Helper()
	opt := tc.opt
	opt.Layers, opt.Selected = layers, ""
	img, err := s.Render(context.Background(), tc.v, opt)
	if err != nil {
		t.Fatal(err)
	}
	for i := 3; i < len(img.Pix); i += 4 {
		if img.Pix[i] != 0 {
			return true
		}
	}
	return false
}

// withoutLayers returns a copy of ds without the features of layers.
func withoutLayers(ds *data.Dataset, layers []data.Layer) *data.Dataset {
	out := &data.Dataset{Sources: ds.Sources}
	for _, f := range ds.Features {
		if !slices.Contains(layers, f.Layer) {
			out.Features = append(out.Features, f)
		}
	}
	return out
}

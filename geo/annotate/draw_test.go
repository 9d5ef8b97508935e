package annotate

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strconv"
	"strings"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// renderSet draws set on a plain background with go-staticmaps, as an
// export does.
func renderSet(t *testing.T, set *annotation.Set, scale float64) *image.RGBA {
	t.Helper()
	c := sm.NewContext()
	c.SetTileProvider(sm.NewTileProviderNone())
	c.SetSize(int(480*scale), int(320*scale))
	c.SetZoom(6 + int(scale) - 1)
	c.SetCenter(s2.LatLngFromDegrees(-12.0, -75.2))
	c.SetBackground(color.NRGBA{R: 0xe8, G: 0xe4, B: 0xd8, A: 0xff})
	for _, o := range Objects(set, scale) {
		c.AddObject(o)
	}
	img, err := c.Render()
	if err != nil {
		t.Fatal(err)
	}
	return img.(*image.RGBA)
}

func sampleSet(t *testing.T) *annotation.Set {
	t.Helper()
	s, err := annotation.Parse(strings.NewReader(`{"version": 1, "annotations": [
	  {"id": "lima", "kind": "text", "at": [-77.03, -12.05], "text": "Lima\ncapital"},
	  {"id": "arr", "kind": "arrow", "at": [-72.6, -10.6], "to": [-73.25, -12.2], "text": "cocaine\nflows"},
	  {"id": "vraem", "kind": "circle", "at": [-74.0, -12.7], "radius_km": 70, "text": "VRAEM", "color": "#0072b2"}
	]}`), "sample.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestObjectsGolden(t *testing.T) {
	tests := []struct {
		desc  string
		scale float64
		name  string
	}{
		{desc: "screen scale", scale: 1, name: "annotations-1x"},
		{desc: "export scale", scale: 2, name: "annotations-2x"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			goldentest.AssertImage(t, tc.name, renderSet(t, sampleSet(t), tc.scale))
		})
	}
}

// TestObjectsGoldenFailsWithoutEachAnnotation proves the goldens can
// fail: without any one annotation (a text, an arrow, a circle) neither
// golden matches.
func TestObjectsGoldenFailsWithoutEachAnnotation(t *testing.T) {
	goldentest.SensitivityTest(t)
	for i, a := range sampleSet(t).Annotations {
		for _, g := range []struct {
			name  string
			scale float64
		}{{"annotations-1x", 1}, {"annotations-2x", 2}} {
			t.Run(a.ID+"/"+g.name, func(t *testing.T) {
				set := sampleSet(t)
				set.Annotations = append(set.Annotations[:i:i], set.Annotations[i+1:]...)
				d := goldentest.Compare(renderSet(t, set, g.scale), goldentest.Golden(t, g.name), goldentest.Default())
				if d.OK() {
					t.Fatalf("%s without the %s %q still matches: %v", g.name, a.Kind, a.ID, d)
				}
				t.Logf("without %s: %v", a.ID, d)
			})
		}
	}
}

func TestHitTest(t *testing.T) {
	set := sampleSet(t)
	v := geo.View{Center: orbPoint(-75.2, -12.0), Zoom: 6, Width: 480, Height: 320}
	at := func(lon, lat float64) geo.Pixel { return v.ToScreen(orbPoint(lon, lat)) }
	tests := []struct {
		desc   string
		p      geo.Pixel
		wantID string
	}{
		{desc: "on a text label", p: at(-77.03, -12.05), wantID: "lima"},
		{desc: "on the arrow's shaft", p: at(-72.92, -11.4), wantID: "arr"},
		{desc: "inside the circle", p: at(-74.0, -12.8), wantID: "vraem"},
		{desc: "on open map", p: at(-79, -16), wantID: ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			id, ok := HitTest(set, v, tc.p, 4)
			if id != tc.wantID || ok != (tc.wantID != "") {
				t.Errorf("HitTest at %v = %q, %v; want %q", tc.p, id, ok, tc.wantID)
			}
		})
	}
	if _, ok := HitTest(nil, v, geo.Pixel{}, 4); ok {
		t.Error("a nil set hit something")
	}
}

func TestArrowFromOffTheMapStaysOnItsSide(t *testing.T) {
	// The tail is far west of the frame; go-staticmaps would wrap it a
	// world's width east, drawing the arrow across the whole image.
	set := &annotation.Set{Version: 1, Annotations: []annotation.Annotation{{ID: "a", Kind: annotation.KindArrow, At: orbPoint(-84, -12), To: orbPoint(-75.2, -12)}}}
	img := renderSet(t, set, 1)
	b := img.Bounds()
	bg := img.RGBAAt(b.Max.X-5, b.Max.Y/2+4)
	for x := b.Max.X * 3 / 5; x < b.Max.X; x++ {
		if c := img.RGBAAt(x, b.Max.Y/2+4); c != bg {
			t.Fatalf("pixel %d east of the arrow head is %v, not the background %v", x, c, bg)
		}
	}
	if c := img.RGBAAt(b.Max.X/4, b.Max.Y/2+4); c == bg {
		t.Error("no arrow shaft west of the head")
	}
}

func TestObjectsOfNilSet(t *testing.T) {
	if o := Objects(nil, 1); o != nil {
		t.Errorf("Objects(nil) = %v", o)
	}
}

func orbPoint(lon, lat float64) [2]float64 { return [2]float64{lon, lat} }

// drawViewSet draws set with DrawView for v on the plain background of
// renderSet.
func drawViewSet(set *annotation.Set, v geo.View, scale float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, int(v.Width), int(v.Height)))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.NRGBA{R: 0xe8, G: 0xe4, B: 0xd8, A: 0xff}}, image.Point{}, draw.Src)
	DrawView(gg.NewContextForRGBA(img), set, v, scale)
	return img
}

func TestDrawViewMatchesObjects(t *testing.T) {
	for _, scale := range []float64{1, 2} {
		v := geo.View{Center: orb.Point{-75.2, -12.0}, Zoom: 6 + scale - 1, Width: 480 * scale, Height: 320 * scale}
		// go-staticmaps puts the centre on a whole pixel: up to half a
		// pixel of shift, felt only along the edges of strokes and type.
		goldentest.Tolerance{Delta: 80, Pixels: 400}.AssertSimilar(t, "drawview-"+strconv.Itoa(int(scale))+"x",
			drawViewSet(sampleSet(t), v, scale), renderSet(t, sampleSet(t), scale))
	}
}

func TestDrawViewAtFractionalZoom(t *testing.T) {
	set := sampleSet(t)
	v := geo.View{Center: orb.Point{-75.2, -12.0}, Zoom: 6.5, Width: 480, Height: 320}
	img := drawViewSet(set, v, 1)
	// The circle's ring crosses the vertical through its centre one
	// radius (70 km) above it, at this zoom's scale.
	c := v.ToScreen(orb.Point{-74.0, -12.7})
	r := 70 / (geo.MetersPerPixel(-12.7, 6.5) / 1000)
	x := int(math.Round(c.X))
	found := false
	for dy := -3; dy <= 3; dy++ {
		p := img.RGBAAt(x, int(math.Round(c.Y-r))+dy)
		if p.B > 0x90 && p.R < 0x80 { // the ring's blue
			found = true
		}
	}
	if !found {
		t.Errorf("no ring 70 km (%.0f px) above the circle's centre %v at zoom 6.5", r, c)
	}
	if d := goldentest.Compare(img, drawViewSet(set, geo.View{Center: v.Center, Zoom: 6, Width: 480, Height: 320}, 1), goldentest.Tolerance{}); d.Pixels < 1000 {
		t.Errorf("zoom 6.5 and zoom 6 differ in only %d pixels", d.Pixels)
	}
}

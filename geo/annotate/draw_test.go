package annotate

import (
	"image"
	"image/color"
	"strings"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
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

func TestObstaclesCoverTheLettering(t *testing.T) {
	set, err := annotation.Parse(strings.NewReader(`{"version": 1, "annotations": [
	  {"id": "lima", "kind": "text", "at": [-77.03, -12.05], "text": "Lima, the capital\nand its port"},
	  {"id": "w", "kind": "text", "at": [-74.5, -11.2], "text": "WWW MMM"}
	]}`), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	img := renderSet(t, set, 1) // 480 x 320 at zoom 6 around 12°S 75.2°W
	c := geo.Project(orb.Point{-75.2, -12.0}, 0)
	k := 64.0
	f := label.Frame{K: k, OX: c.X*k - 240, OY: c.Y*k - 160, Scale: 1}
	boxes := Obstacles(set, 1)(f).Boxes
	if len(boxes) != 2 {
		t.Fatalf("%d boxes, want 2", len(boxes))
	}
	bg := img.RGBAAt(0, 0)
	for y := range 320 {
		for x := range 480 {
			if img.RGBAAt(x, y) == bg {
				continue
			}
			in := false
			for _, b := range boxes {
				in = in || (float64(x) >= b.X0 && float64(x) < b.X1 && float64(y) >= b.Y0 && float64(y) < b.Y1)
			}
			if !in {
				t.Fatalf("lettering at %d,%d outside the obstacles %v", x, y, boxes)
			}
		}
	}
	if Obstacles(nil, 1) != nil || Obstacles(&annotation.Set{}, 1) != nil {
		t.Error("no annotations must give no obstacles")
	}
}

package annotate

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"testing"

	"github.com/fogleman/gg"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// renderSet draws set with DrawView on a plain background, centred on
// the VRAEM at zoom 6 (7 at scale 2), as an export does.
func renderSet(t *testing.T, set *annotation.Set, scale float64) *image.RGBA {
	t.Helper()
	v := geo.View{Center: orb.Point{-75.2, -12.0}, Zoom: 6 + scale - 1, Width: 480 * scale, Height: 320 * scale}
	return drawViewSet(set, v, scale)
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

func TestAnnotationsGolden(t *testing.T) {
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

// TestAnnotationsGoldenFailWithoutEachAnnotation proves the goldens can
// fail: without any one annotation (a text, an arrow, a circle) neither
// golden matches.
func TestAnnotationsGoldenFailWithoutEachAnnotation(t *testing.T) {
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
	// The tail is far west of the frame; a projection that wraps the
	// world would move it east and draw the arrow across the image.
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

func TestNoObjectsOfNilSet(t *testing.T) {
	if o := objects(nil, 1); o != nil {
		t.Errorf("objects(nil) = %v", o)
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

// TestObstaclesBlockTheRing: a circle's ring is covered by boxes no label
// may cover, along its whole length on the frame, while its middle stays
// free for a label inside it.
func TestObstaclesBlockTheRing(t *testing.T) {
	set, err := annotation.Parse(strings.NewReader(`{"version": 1, "annotations": [
	  {"id": "vraem", "kind": "circle", "at": [-74.0, -12.7], "radius_km": 70}
	]}`), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	c := geo.Project(orb.Point{-75.2, -12.0}, 0)
	k := 64.0
	f := label.Frame{K: k, OX: c.X*k - 240, OY: c.Y*k - 160, Scale: 1, Clip: label.Box{X1: 480, Y1: 320}}
	o := Obstacles(set, 1)(f)
	w := geo.Project(orb.Point{-74.0, -12.7}, 0)
	x, y := f.Image(w.X, w.Y)
	in := func(px, py float64) bool {
		for _, b := range o.Boxes {
			if px >= b.X0 && px <= b.X1 && py >= b.Y0 && py <= b.Y1 {
				return true
			}
		}
		return false
	}
	if in(x, y) {
		t.Errorf("the circle's middle (%.0f, %.0f) is blocked: no label could go inside it", x, y)
	}
	_, ny := f.Image(geo.Project(orb.Point{-74.0, -12.7 + 70/kmPerDegree}, 0).X, geo.Project(orb.Point{-74.0, -12.7 + 70/kmPerDegree}, 0).Y)
	r := y - ny
	if r < 20 {
		t.Fatalf("radius %.1f px: the test needs a ring of some size", r)
	}
	for deg := range 360 {
		a := float64(deg) * math.Pi / 180
		px, py := x+r*math.Cos(a), y+r*math.Sin(a)
		if px < 0 || py < 0 || px > 480 || py > 320 {
			continue
		}
		if !in(px, py) {
			t.Fatalf("the ring at %d° (%.0f, %.0f) is not blocked", deg, px, py)
		}
	}
}

// drawViewSet draws set with DrawView for v on a plain background.
func drawViewSet(set *annotation.Set, v geo.View, scale float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, int(v.Width), int(v.Height)))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.NRGBA{R: 0xe8, G: 0xe4, B: 0xd8, A: 0xff}}, image.Point{}, draw.Src)
	DrawView(gg.NewContextForRGBA(img), set, v, scale)
	return img
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

// TestLabelKeptOnImage: the text of an annotation running off an edge of
// the image is moved onto it, whole; text wider than the image stays put.
// DrawView and Obstacles both place text through keepInside.
func TestLabelKeptOnImage(t *testing.T) {
	tests := []struct {
		desc   string
		cx, cy float64
		wantX  float64
		wantY  float64
	}{
		{desc: "inside stays", cx: 100, cy: 50, wantX: 100, wantY: 50},
		{desc: "off the left edge", cx: 5, cy: 50, wantX: 18, wantY: 50},
		{desc: "off the bottom right", cx: 195, cy: 99, wantX: 182, wantY: 90},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			// a 30 x 14 label with a 2-pixel halo and a pixel to spare (half
			// of it 18 x 10) on a 200 x 100 image
			x, y := keepInside(tc.cx, tc.cy, 30, 14, 2, label.Box{X1: 200, Y1: 100})
			if x != tc.wantX || y != tc.wantY {
				t.Errorf("centre %v,%v, want %v,%v", x, y, tc.wantX, tc.wantY)
			}
		})
	}
	if x, y := keepInside(10, 10, 300, 14, 2, label.Box{X1: 200, Y1: 100}); x != 10 || y != 10 {
		t.Errorf("a label wider than the image moved to %v,%v", x, y)
	}
}

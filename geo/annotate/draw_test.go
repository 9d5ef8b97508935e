package annotate

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

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
		file  string
	}{
		{desc: "screen scale", scale: 1, file: "annotations-1x.png"},
		{desc: "export scale", scale: 2, file: "annotations-2x.png"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			img := renderSet(t, sampleSet(t), tc.scale)
			var buf bytes.Buffer
			if err := png.Encode(&buf, img); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tc.file)
			if *update {
				os.MkdirAll("testdata", 0o755)
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			wimg, err := png.Decode(bytes.NewReader(want))
			if err != nil {
				t.Fatal(err)
			}
			if d := diffPixels(img, wimg); d > img.Bounds().Dx()*img.Bounds().Dy()/500 {
				t.Errorf("%d pixels differ from %s", d, path)
				os.WriteFile(filepath.Join(t.TempDir(), tc.file), buf.Bytes(), 0o644)
			}
		})
	}
}

// diffPixels counts pixels differing by more than a little in any channel.
func diffPixels(a, b image.Image) int {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	n := 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if absDiff(r1, r2) > 0x1800 || absDiff(g1, g2) > 0x1800 || absDiff(b1, b2) > 0x1800 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
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

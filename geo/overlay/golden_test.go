package overlay

import (
	"context"
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// paper is the plain background the goldens are drawn on.
var paper = color.RGBA{0xf4, 0xf1, 0xea, 0xff}

// goldenPeru is an all-Peru view small enough to keep the goldens light.
func goldenPeru() geo.View {
	return geo.View{Center: orb.Point{-75.5, -9.6}, Zoom: 6, Width: 1200, Height: 1080}
}

func TestGolden(t *testing.T) {
	s := testSet(t)
	tests := []struct {
		desc string
		file string
		v    geo.View
		opt  Options
	}{
		{desc: "Peru in 1985", file: "peru_1985.png", v: goldenPeru(), opt: Options{Year: 1985}},
		{desc: "Peru in 2000", file: "peru_2000.png", v: goldenPeru(), opt: Options{Year: 2000}},
		{desc: "Peru in 2015", file: "peru_2015.png", v: goldenPeru(), opt: Options{Year: 2015}},
		{desc: "VRAEM in 2013 with a selection", file: "vraem_2013_selected.png",
			v:   geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 8, Width: 1200, Height: 900},
			opt: Options{Year: 2013, Selected: "sendero_vraem_faction"}},
		{desc: "VRAEM in 2015 at scale 2", file: "vraem_2015_scale2.png",
			v:   geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 9, Width: 1200, Height: 900},
			opt: Options{Year: 2015, Scale: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ov, err := s.Render(context.Background(), tc.v, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			got := image.NewRGBA(ov.Bounds())
			draw.Draw(got, got.Bounds(), image.NewUniform(paper), image.Point{}, draw.Src)
			draw.Draw(got, got.Bounds(), ov, image.Point{}, draw.Over)
			path := filepath.Join("testdata", tc.file)
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				writePNG(t, path, got)
				return
			}
			want := readPNG(t, path)
			if n, frac := diffPixels(got, want, 40); frac > 0.002 {
				bad := filepath.Join(t.TempDir(), tc.file)
				writePNG(t, bad, got)
				t.Errorf("%d pixels (%.3f%%) differ from %s; got written to %s (go test -update rewrites goldens)",
					n, 100*frac, path, bad)
			}
		})
	}
}

// readPNG decodes a PNG file into RGBA.
func readPNG(t *testing.T, path string) *image.RGBA {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create the goldens)", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	out := image.NewRGBA(img.Bounds())
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out
}

// diffPixels counts pixels whose channels differ by more than tol, and
// their fraction of the image; different sizes differ everywhere.
func diffPixels(a, b *image.RGBA, tol int) (int, float64) {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy(), 1
	}
	n := 0
	for i := 0; i < len(a.Pix); i += 4 {
		for c := 0; c < 4; c++ {
			d := int(a.Pix[i+c]) - int(b.Pix[i+c])
			if d > tol || d < -tol {
				n++
				break
			}
		}
	}
	return n, float64(n) / float64(len(a.Pix)/4)
}

// TestObjectsMatchRender draws Objects through a real sm.Context (no
// tiles, transparent) and compares it with Render of the same view.
func TestObjectsMatchRender(t *testing.T) {
	s := testSet(t)
	tests := []struct {
		desc string
		v    geo.View
		opt  Options
	}{
		{desc: "Peru 2015", v: goldenPeru(), opt: Options{Year: 2015}},
		{desc: "VRAEM 2013 selected", v: geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 8, Width: 1000, Height: 700},
			opt: Options{Year: 2013, Selected: "coca_vraem"}},
		{desc: "Peru 1990 at scale 2", v: goldenPeru(), opt: Options{Year: 1990, Scale: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			want, err := s.Render(context.Background(), tc.v, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			opt := tc.opt
			opt.View = &tc.v
			c := sm.NewContext()
			c.SetTileProvider(&sm.TileProvider{Name: "none", TileSize: 256}) // no URL: no tiles
			c.SetSize(int(tc.v.Width), int(tc.v.Height))
			c.SetZoom(int(tc.v.TileZoom()))
			c.SetCenter(s2.LatLngFromDegrees(tc.v.Center.Lat(), tc.v.Center.Lon()))
			c.OverrideAttribution("")
			for _, o := range s.Objects(opt) {
				c.AddObject(o)
			}
			img, err := c.Render()
			if err != nil {
				t.Fatal(err)
			}
			got, ok := img.(*image.RGBA)
			if !ok {
				t.Fatalf("sm returned %T", img)
			}
			n, frac := diffPixels(got, want, 24)
			if frac > 0.002 {
				dir := t.TempDir()
				writePNG(t, filepath.Join(dir, "sm.png"), got)
				writePNG(t, filepath.Join(dir, "render.png"), want)
				t.Errorf("%d pixels (%.3f%%) differ between sm and Render; images in %s", n, 100*frac, dir)
			}
		})
	}
}

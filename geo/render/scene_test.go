package render

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// goldenReduction is how much smaller than the preset each golden is.
func goldenReduction(p Preset) int {
	if p.Name == "slide" {
		return 2
	}
	return 4
}

func TestPresetsGolden(t *testing.T) {
	for _, p := range Presets() {
		t.Run(p.Name, func(t *testing.T) {
			k := goldenReduction(p)
			s := testScene(t, p.Reduced(k))
			img, missing, err := s.Render(context.Background(), nil)
			if err != nil || len(missing) > 0 {
				t.Fatalf("Render: %v, missing %v", err, missing)
			}
			if b := img.Bounds(); b.Dx() != p.Width/k || b.Dy() != p.Height/k {
				t.Fatalf("image %v, want %dx%d", b, p.Width/k, p.Height/k)
			}
			checkGolden(t, img, filepath.Join("testdata", "export-"+p.Name+".png"))
		})
	}
}

func checkGolden(t *testing.T, img *image.RGBA, path string) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -update ./geo/render/ to create it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if d := diffPixels(img, want); d > img.Bounds().Dx()*img.Bounds().Dy()/400 {
		got := filepath.Join(t.TempDir(), filepath.Base(path))
		os.WriteFile(got, buf.Bytes(), 0o644)
		t.Errorf("%d pixels differ from %s; this render is in %s (go test -update to accept)", d, path, got)
	}
}

// diffPixels counts pixels that differ by more than a little.
func diffPixels(a, b image.Image) int {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	n := 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if absDiff(r1, r2)+absDiff(g1, g2)+absDiff(b1, b2) > 0x3000 {
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

func TestLayoutKeepsFurnitureOffTheMap(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Presets() {
		t.Run(p.Name, func(t *testing.T) {
			s := testScene(t, p)
			r, err := s.resolve()
			if err != nil {
				t.Fatal(err)
			}
			l := newLayout(r, fonts, r.yearSources())
			boxes := map[string]image.Rectangle{"title": l.title, "panel": l.panel, "footer": l.footer}
			for name, b := range boxes {
				if b.Overlaps(l.mapR) {
					t.Errorf("%s %v overlaps the map %v", name, b, l.mapR)
				}
			}
			for name, b := range map[string]image.Rectangle{"legend": l.legend, "inset": l.inset, "sources": l.sourcesR} {
				if !b.In(image.Rect(0, 0, p.Width, p.Height)) || b.Overlaps(l.mapR) || b.Overlaps(l.title) {
					t.Errorf("%s %v is off the image or over the map or title", name, b)
				}
			}
			if l.legend.Overlaps(l.inset) || l.inset.Overlaps(l.sourcesR) || l.legend.Overlaps(l.sourcesR) {
				t.Errorf("panel parts overlap: legend %v, inset %v, sources %v", l.legend, l.inset, l.sourcesR)
			}
			if a := float64(l.mapR.Dx()*l.mapR.Dy()) / float64(p.Width*p.Height); a < 0.5 {
				t.Errorf("the map has only %.0f%% of the image", a*100)
			}
		})
	}
}

func TestSourcesFooterListsCitedArticles(t *testing.T) {
	s := testScene(t, Presets()[0].Reduced(2))
	r, err := s.resolve()
	if err != nil {
		t.Fatal(err)
	}
	r.place(800, 500)
	got := r.frameSources()
	if len(got) != 2 || got[0].ID != "s1" || got[1].ID != "s2" {
		t.Errorf("frame sources %v, want s1 and s2 (s3 is cited by nothing)", got)
	}
	r.Layers = []data.Layer{data.LayerExitPort}
	if got := r.frameSources(); len(got) != 1 || got[0].ID != "s2" {
		t.Errorf("with only exit ports: %v, want s2", got)
	}
	r.Layers = nil
	r.year = 1995 // only the port exists
	if got := r.frameSources(); len(got) != 1 || got[0].ID != "s2" {
		t.Errorf("in 1995: %v, want s2", got)
	}
}

func TestSourceLine(t *testing.T) {
	tests := []struct {
		desc string
		src  data.Source
		want string
	}{
		{desc: "dated with venue", src: data.Source{Author: "A. B", Title: "T", Venue: "V", Date: "2012-11-24", Year: 2012},
			want: "A. B, \u201cT\u201d, V, 2012-11-24."},
		{desc: "inferred year, no author", src: data.Source{Title: "T", Year: 2015, DateInferred: true},
			want: "\u201cT\u201d, 2015 (date inferred), no author named."},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := SourceLine(tc.src); got != tc.want {
				t.Errorf("SourceLine = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPresetByName(t *testing.T) {
	tests := []struct {
		desc, name string
		wantW      int
		wantErr    string
	}{
		{desc: "slide", name: "slide", wantW: 1920},
		{desc: "any case", name: "A4-Portrait", wantW: 2480},
		{desc: "unknown", name: "a3", wantErr: "a4-landscape"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p, err := PresetByName(tc.name)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one listing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || p.Width != tc.wantW {
				t.Fatalf("got %+v, %v", p, err)
			}
		})
	}
}

func TestFitScale(t *testing.T) {
	tests := []struct {
		desc     string
		preset   Preset
		place    func(s *Scene)
		min, max float64
	}{
		{desc: "A4 gives a little density for a whole zoom more", preset: Presets()[3], min: 2.25, max: 2.99},
		{desc: "slide keeps its density", preset: Presets()[0], min: 1, max: 1},
		{desc: "centre and zoom keep the density", preset: Presets()[3],
			place: func(s *Scene) { s.Bound = orb.Bound{}; s.Center, s.Zoom = orb.Point{-75, -10}, 8 }, min: 3, max: 3},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s := testScene(t, tc.preset)
			s.Bound, s.Source = orb.Bound{}, nil // all of Peru
			if tc.place != nil {
				tc.place(&s)
			}
			got := s.FitScale(tc.preset.Scale)
			if got < tc.min || got > tc.max {
				t.Fatalf("FitScale = %v, want %v to %v", got, tc.min, tc.max)
			}
			// At that density the frame's zoom is one more than at the preset's.
			if got != tc.preset.Scale {
				s.Source = coastSource{size: int(math.Round(got * 256))}
				r, err := s.resolve()
				if err != nil {
					t.Fatal(err)
				}
				fonts, _ := NewFonts()
				l := newLayout(r, fonts, r.yearSources())
				r.place(l.mapR.Dx(), l.mapR.Dy())
				full := FitFrame(geo.PeruBound(), l.mapR.Dx(), l.mapR.Dy(), int(tc.preset.Scale*256))
				if r.frame.Zoom != full.Zoom+1 {
					t.Errorf("zoom %d at density %v, want %d", r.frame.Zoom, got, full.Zoom+1)
				}
			}
		})
	}
}

package render

import (
	"context"
	"image"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// goldenReduction is how much smaller than the preset each golden is.
func goldenReduction(p Preset) int {
	if p.Name == "slide" {
		return 2
	}
	return 4
}

// renderGolden renders the golden scene of preset p over ds (the test
// dataset when nil), at the golden's reduced size.
func renderGolden(t *testing.T, p Preset, ds *data.Dataset) *image.RGBA {
	t.Helper()
	k := goldenReduction(p)
	s := testScene(t, p.Reduced(k))
	if ds != nil {
		set, err := overlay.New(ds)
		if err != nil {
			t.Fatal(err)
		}
		s.Dataset, s.Overlays = ds, set
	}
	img, missing, err := s.Render(context.Background(), nil)
	if err != nil || len(missing) > 0 {
		t.Fatalf("Render: %v, missing %v", err, missing)
	}
	if b := img.Bounds(); b.Dx() != p.Width/k || b.Dy() != p.Height/k {
		t.Fatalf("image %v, want %dx%d", b, p.Width/k, p.Height/k)
	}
	return img
}

func TestPresetsGolden(t *testing.T) {
	for _, p := range Presets() {
		t.Run(p.Name, func(t *testing.T) {
			goldentest.AssertImage(t, "export-"+p.Name, renderGolden(t, p, nil))
		})
	}
}

// TestPresetsGoldenFailWithoutEachGroup proves the export goldens can
// fail: for every preset, the golden scene rendered with one layer
// group's features taken out of the data must not match its golden.
func TestPresetsGoldenFailWithoutEachGroup(t *testing.T) {
	goldentest.SensitivityTest(t)
	for _, p := range Presets() {
		want := goldentest.Golden(t, "export-"+p.Name)
		for _, g := range data.Groups() {
			t.Run(p.Name+"/"+g.Name, func(t *testing.T) {
				ds := testDataset()
				kept := ds.Features[:0]
				for _, f := range ds.Features {
					if !slices.Contains(g.Layers, f.Layer) {
						kept = append(kept, f)
					}
				}
				if len(kept) == len(ds.Features) {
					t.Fatalf("the test dataset has no %s: add one so the goldens guard it", g.Name)
				}
				ds.Features = kept
				d := goldentest.Compare(renderGolden(t, p, ds), want, goldentest.Default())
				if d.OK() {
					t.Fatalf("export-%s without %s still matches its golden: %v", p.Name, g.Name, d)
				}
				t.Logf("without %s: %v", g.Name, d)
			})
		}
	}
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

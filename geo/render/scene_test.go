package render

import (
	"context"
	"image"
	"slices"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
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

func TestSourcesFooterListsCitedArticles(t *testing.T) {
	s := testScene(t, Presets()[0].Reduced(2))
	r, err := s.resolve()
	if err != nil {
		t.Fatal(err)
	}
	r.view = r.mapView(800, 500)
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

func TestShortCitation(t *testing.T) {
	tests := []struct {
		desc string
		src  data.Source
		want string
	}{
		{desc: "author, dated, title cut at its semicolon", src: data.Source{Author: "Scott Paulseth", Venue: "PanAmerican Crime",
			Title: "Trafficking and the Shining Path; the rejuvenation of Peru's cocaine industry", Date: "2012-11-24", Year: 2012},
			want: "Paulseth, 2012, \u201cTrafficking and the Shining Path\u201d"},
		{desc: "inferred year in brackets, long title cut at five words less the small ones",
			src:  data.Source{Author: "R. Evan Ellis", Title: "Narcotrafficking, the Shining Path, and the Strategic Importance of Peru", Year: 2015, DateInferred: true},
			want: "Ellis, [2015], \u201cNarcotrafficking, the Shining Path\u2026\u201d"},
		{desc: "no author: the venue before its subtitle", src: data.Source{Title: "Shining Path and its Alliance with Drug Trafficking in the VRAEM",
			Venue: "Ambiente Estrat\u00e9gico 2022: Seguridad, Desarrollo y Defensa Nacional (CEEEP)", Year: 2022, DateInferred: true},
			want: "Ambiente Estrat\u00e9gico 2022, [2022], \u201cShining Path and its Alliance\u2026\u201d"},
		{desc: "no author: the venue before its note, title before its colon", src: data.Source{
			Title: "Cartel Corner #81: Organized Crime and Narco-Terrorism in Peru Now on U.S. Radar",
			Venue: "Cipher Brief (original); this copy is an excerpt reposted in a blog series", Year: 2016, DateInferred: true},
			want: "Cipher Brief, [2016], \u201cCartel Corner #81\u201d"},
		{desc: "six words are kept whole", src: data.Source{Author: "A. B", Title: "One two three four five six", Year: 2001},
			want: "B, 2001, \u201cOne two three four five six\u201d"},
		{desc: "nothing but a title", src: data.Source{Title: "T"}, want: "\u201cT\u201d"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := ShortCitation(tc.src); got != tc.want {
				t.Errorf("ShortCitation = %q, want %q", got, tc.want)
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

package render

import (
	"context"
	"fmt"
	"image"
	"math"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// atlasScene is a scene of all of Peru with the embedded atlas (every
// legend entry and source) over src, stored as store, on preset p.
func atlasScene(tb testing.TB, p Preset, src tiles.Source, store string) Scene {
	tb.Helper()
	ds, err := data.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	return sceneOf(tb, ds, p, src, store)
}

// sceneOf is a scene of ds over src on preset p, with its overlay set and
// inset built, and a fresh tile directory.
func sceneOf(tb testing.TB, ds *data.Dataset, p Preset, src tiles.Source, store string) Scene {
	tb.Helper()
	set, err := overlay.New(ds)
	if err != nil {
		tb.Fatal(err)
	}
	in, err := NewInset()
	if err != nil {
		tb.Fatal(err)
	}
	return Scene{Source: src, Dir: TileDir{Root: tb.TempDir()}, StoreName: store, Preset: p, Dataset: ds, Overlays: set, Inset: in}
}

// atlasScene2015 is atlasScene over the test coast in 2015.
func atlasScene2015(t *testing.T, p Preset) Scene {
	s := atlasScene(t, p, coastSource{size: 256}, "coast")
	s.Year = 2015
	return s
}

// TestLayoutByAspect lays out all of Peru in 2015 at every preset and a
// few custom sizes and checks the rules: the panel beside a landscape
// map and under a portrait one, a plain map on small images, the map's
// share of the image, an undistorted inset, nothing overlapping.
func TestLayoutByAspect(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	ps := Presets()
	tests := []struct {
		desc     string
		p        Preset
		want     string  // "side", "below" or "compact"
		minShare float64 // of the map
	}{
		{desc: "slide", p: ps[0], want: "side", minShare: 0.74},
		{desc: "4k", p: ps[1], want: "side", minShare: 0.74},
		{desc: "a4-landscape", p: ps[2], want: "side", minShare: 0.70},
		{desc: "a4-portrait", p: ps[3], want: "below", minShare: 0.65},
		{desc: "1200x900", p: CustomPreset(1200, 900), want: "side", minShare: 0.6},
		{desc: "1600x1200", p: CustomPreset(1600, 1200), want: "side", minShare: 0.6},
		{desc: "square", p: CustomPreset(1400, 1400), want: "side", minShare: 0.6},
		{desc: "900x1200", p: CustomPreset(900, 1200), want: "below", minShare: 0.55},
		{desc: "a tall strip", p: CustomPreset(800, 2400), want: "below", minShare: 0.7},
		{desc: "a wide strip", p: CustomPreset(3000, 800), want: "side", minShare: 0.7},
		{desc: "640x400: too small for panels", p: CustomPreset(640, 400), want: "compact", minShare: 0.9},
		{desc: "320x240", p: CustomPreset(320, 240), want: "compact", minShare: 0.85},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s := atlasScene2015(t, tc.p)
			r, err := s.resolve()
			if err != nil {
				t.Fatal(err)
			}
			l := newLayout(r, fonts, content{srcs: r.yearSources(), key: r.yearLegend()})
			got := "below"
			switch {
			case l.compact:
				got = "compact"
			case l.side:
				got = "side"
			}
			sh := share(l.mapR, tc.p.Width, tc.p.Height)
			t.Logf("%dx%d: %s, map %dx%d, %.1f%% of the image, legend in %d column(s)", tc.p.Width, tc.p.Height, got, l.mapR.Dx(), l.mapR.Dy(), 100*sh, l.cols)
			if got != tc.want {
				t.Fatalf("layout %s, want %s", got, tc.want)
			}
			if sh < tc.minShare {
				t.Errorf("the map has %.1f%% of the image, want at least %.0f%%", 100*sh, 100*tc.minShare)
			}
			if l.compact {
				return
			}
			all := image.Rect(0, 0, tc.p.Width, tc.p.Height)
			boxes := []struct {
				name string
				r    image.Rectangle
			}{{"title", l.title}, {"map", l.mapR}, {"panel", l.panel}, {"footer", l.footer}}
			area := 0
			for i, a := range boxes {
				area += a.r.Dx() * a.r.Dy()
				if !a.r.In(all) || a.r.Empty() {
					t.Errorf("%s %v is empty or off the image", a.name, a.r)
				}
				for _, b := range boxes[i+1:] {
					if a.r.Overlaps(b.r) {
						t.Errorf("%s %v overlaps %s %v", a.name, a.r, b.name, b.r)
					}
				}
			}
			if area != tc.p.Width*tc.p.Height {
				t.Errorf("title, map, panel and footer cover %d of %d pixels: a gap", area, tc.p.Width*tc.p.Height)
			}
			parts := []struct {
				name string
				r    image.Rectangle
			}{{"legend", l.legend}, {"scale bar", l.scale}, {"inset", l.inset}}
			for i, a := range parts {
				if !a.r.In(l.panel) || a.r.Empty() {
					t.Errorf("%s %v is not inside the panel %v", a.name, a.r, l.panel)
				}
				for _, b := range parts[i+1:] {
					if a.r.Overlaps(b.r) {
						t.Errorf("%s %v overlaps %s %v", a.name, a.r, b.name, b.r)
					}
				}
			}
			if a := float64(l.inset.Dx()) / float64(l.inset.Dy()); math.Abs(a-r.Inset.Aspect()) > 2/float64(l.inset.Dy()) {
				t.Errorf("inset %v has aspect %.3f, South America %.3f: distorted", l.inset, a, r.Inset.Aspect())
			}
			if _, need := l.legendIn(l.cols); float64(l.legend.Dy()) < need-1 {
				t.Errorf("legend %v shorter than its %d lines need (%.0f px)", l.legend, len(l.rows), need)
			}
		})
	}
}

// TestFooterIsCompact: the five sources and the attribution of an export
// of all of Peru fit in two lines of a slide.
func TestFooterIsCompact(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	s := atlasScene2015(t, Presets()[0])
	r, err := s.resolve()
	if err != nil {
		t.Fatal(err)
	}
	srcs := r.yearSources()
	l := newLayout(r, fonts, content{srcs: srcs, key: r.yearLegend()})
	if len(srcs) != 5 || len(l.lines) > 2 {
		var text []string
		for _, line := range l.lines {
			text = append(text, fmt.Sprint(line))
		}
		t.Fatalf("%d sources in %d lines, want 5 in at most 2: %q", len(srcs), len(l.lines), text)
	}
}

// TestFurnitureIsDrawn renders each layout and finds ink where the
// layout put each piece of furniture: nothing is painted over.
func TestFurnitureIsDrawn(t *testing.T) {
	for _, p := range []Preset{Presets()[0].Reduced(2), Presets()[3].Reduced(4), CustomPreset(320, 240)} {
		t.Run(p.Name+" "+fmt.Sprint(p.Width), func(t *testing.T) {
			s := testScene(t, p)
			img, lay, _, err := s.render(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			pieces := map[string]image.Rectangle{"scale bar": lay.scale}
			if !lay.compact {
				pieces["title"], pieces["legend"], pieces["footer"] = lay.title, lay.legend, lay.footer
			}
			for name, r := range pieces {
				if d := darkShare(img, r); d < 0.005 {
					t.Errorf("%s %v is %.3f dark: not drawn", name, r, d)
				}
			}
			if !lay.compact && variety(img, lay.inset) < 4 {
				t.Errorf("the inset %v is blank", lay.inset)
			}
		})
	}
}

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo/tiles/mbtiles/mbtilestest"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// exportImage runs atlas export with args plus a small size and a shared
// cache, and decodes the PNG it wrote.
func exportImage(t *testing.T, cache string, args ...string) image.Image {
	t.Helper()
	img, _ := exportRun(t, cache, append([]string{"-width", "640", "-height", "400"}, args...)...)
	return img
}

// exportRun runs atlas export with args and a shared cache, and returns
// the PNG it wrote, decoded, and what it printed.
func exportRun(t *testing.T, cache string, args ...string) (image.Image, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "map.png")
	all := append([]string{"export", "-o", out, "-cache", cache}, args...)
	var stdout, stderr bytes.Buffer
	if code := run(all, &stdout, &stderr); code != 0 {
		t.Fatalf("atlas %v: exit %d: %s", all, code, stderr.String())
	}
	return goldentest.ReadPNG(t, out), stdout.String()
}

func TestExportsDifferByYearLayersAndSelection(t *testing.T) {
	cache := t.TempDir()
	view := []string{"-center", "-12.3,-74.1", "-zoom", "7"}
	base := exportImage(t, cache, append(view, "-year", "2013")...)
	tests := []struct {
		desc string
		args []string
	}{
		{desc: "another year", args: []string{"-year", "1990"}},
		{desc: "fewer layers", args: []string{"-year", "2013", "-layers", "coca"}},
		{desc: "a selection", args: []string{"-year", "2013", "-select", "coca_vraem"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			img := exportImage(t, cache, append(view, tc.args...)...)
			if d := goldentest.Compare(img, base, goldentest.Tolerance{}); d.Pixels < 500 {
				t.Errorf("only %d pixels differ from the 2013 export with every layer", d.Pixels)
			}
		})
	}
}

func TestExportFromMBTilesPackage(t *testing.T) {
	file := filepath.Join(t.TempDir(), "lima.mbtiles")
	green := color.RGBA{R: 0x20, G: 0xa0, B: 0x40, A: 0xff}
	if err := mbtilestest.WriteSolid(file, 7, orb.Point{-77.03, -12.05}, 3, green); err != nil {
		t.Fatal(err)
	}
	img := exportImage(t, t.TempDir(), "-basemap", file, "-center", "-12.05,-77.03", "-zoom", "7", "-layers", "none")
	got := color.RGBAModel.Convert(img.At(320, 200)).(color.RGBA)
	if got != green {
		t.Errorf("centre pixel %v, want the package's green tile", got)
	}
}

// TestExportSelectFramesTheFeature: -select without -center shows the
// selected feature filling the map, not all of Peru with the feature a
// few pixels of it.
func TestExportSelectFramesTheFeature(t *testing.T) {
	cache := t.TempDir()
	slide := []string{"-preset", "slide", "-year", "2013"}
	peru, peruOut := exportRun(t, cache, slide...)
	sel, selOut := exportRun(t, cache, append(slide, "-select", "coca_vraem")...)
	d := goldentest.Compare(sel, peru, goldentest.Tolerance{Delta: 8})
	if share := float64(d.Pixels) / (1920 * 1080); share < 0.2 {
		t.Errorf("-select changes %.2f%% of the pixels of the export of Peru: not framed", 100*share)
	}
	zoom := func(s string) float64 {
		var z float64
		if i := strings.Index(s, "zoom "); i < 0 {
			t.Fatalf("no zoom in %q", s)
		} else if _, err := fmt.Sscanf(s[i:], "zoom %g", &z); err != nil {
			t.Fatalf("zoom in %q: %v", s, err)
		}
		return z
	}
	if zp, zs := zoom(peruOut), zoom(selOut); zs < zp+1.5 {
		t.Errorf("the selection is shown at zoom %v, all of Peru at %v: want the VRAEM much closer", zs, zp)
	}
}

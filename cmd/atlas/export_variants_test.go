package main

import (
	"bytes"
	"image"
	"image/color"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo/tiles/mbtiles/mbtilestest"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// exportImage runs atlas export with args plus a small size and a shared
// cache, and decodes the PNG it wrote.
func exportImage(t *testing.T, cache string, args ...string) image.Image {
	t.Helper()
	out := filepath.Join(t.TempDir(), "map.png")
	all := append([]string{"export", "-o", out, "-width", "640", "-height", "400", "-cache", cache}, args...)
	var stdout, stderr bytes.Buffer
	if code := run(all, &stdout, &stderr); code != 0 {
		t.Fatalf("atlas %v: exit %d: %s", all, code, stderr.String())
	}
	return goldentest.ReadPNG(t, out)
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

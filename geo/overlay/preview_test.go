package overlay

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	xdraw "golang.org/x/image/draw"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/geo/placenames"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// TestPreview writes overlays over the embedded basemap to
// $OVERLAY_PREVIEW for a person to look at; skipped unless it is set.
func TestPreview(t *testing.T) {
	dir := os.Getenv("OVERLAY_PREVIEW")
	if dir == "" {
		t.Skip("set OVERLAY_PREVIEW to a directory to write previews")
	}
	s := testUserSet(t)
	src := embedded.New()
	ts, err := label.NewTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	names, err := placenames.Embedded(ts)
	if err != nil {
		t.Fatal(err)
	}
	views := []struct {
		name string
		v    geo.View
		opt  Options
	}{
		{"peru1985", peruView(), Options{Year: 1985}},
		{"peru2000", peruView(), Options{Year: 2000}},
		{"peru2015", peruView(), Options{Year: 2015}},
		{"peru2016", peruView(), Options{Year: 2016}},
		{"vraem2013", vraemView(), Options{Year: 2013, Selected: "coca_vraem"}},
		{"vraem2015x2", geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 8, Width: 1600, Height: 1200}, Options{Year: 2015, Scale: 2}},
		{"huallaga2012", geo.View{Center: orb.Point{-76.3, -8.6}, Zoom: 8, Width: 1400, Height: 1000}, Options{Year: 2012}},
		{"lima2015", geo.View{Center: orb.Point{-77.0, -12.0}, Zoom: 8, Width: 1200, Height: 900}, Options{Year: 2015}},
		{"vraem2012z7", geo.View{Center: orb.Point{-74.0, -12.3}, Zoom: 7, Width: 1400, Height: 1000}, Options{Year: 2012, Selected: "event_helicopter_shootdown_2012"}},
		{"users2014", userView(), Options{Year: 2014}},
		{"users2016es", userView(), Options{Year: 2016, Lang: data.LangES, Selected: userlayer.FeatureID(0, 1)}},
		{"users2014x2", geo.View{Center: userView().Center, Zoom: 10.3, Width: 2400, Height: 1800}, Options{Year: 2014, Scale: 2, Selected: userlayer.FeatureID(1, 1)}},
	}
	// a sheet of legend swatches for 2015 and 1990, at scale 1 and 2
	var entries []LegendEntry
	for _, y := range []int{1990, 2015} {
		entries = append(entries, s.Legend(Options{Year: y})...)
	}
	sheet := image.NewRGBA(image.Rect(0, 0, 110, 70*len(entries)))
	draw.Draw(sheet, sheet.Bounds(), image.NewUniform(color.RGBA{0xf4, 0xf1, 0xea, 0xff}), image.Point{}, draw.Src)
	for i, e := range entries {
		draw.Draw(sheet, image.Rect(4, 70*i+4, 36, 70*i+36), e.Swatch(32, 1), image.Point{}, draw.Over)
		draw.Draw(sheet, image.Rect(40, 70*i+2, 104, 70*i+66), e.Swatch(64, 2), image.Point{}, draw.Over)
		t.Logf("%d: %s %q %d", i, e.Layer, e.Title(data.LangEN), e.Count)
	}
	goldentest.WritePNG(t, filepath.Join(dir, "legend.png"), sheet)
	for _, tc := range views {
		tc.opt.Names = names
		ov, err := s.Render(context.Background(), tc.v, tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		base := image.NewRGBA(ov.Bounds())
		draw.Draw(base, base.Bounds(), image.NewUniform(color.RGBA{0xf4, 0xf1, 0xea, 0xff}), image.Point{}, draw.Src)
		z := tc.v.TileZoom()
		for _, tl := range tc.v.TileCover(z, 0).Tiles() {
			im, err := src.Tile(context.Background(), tl)
			if err != nil {
				continue
			}
			o, edge := tc.v.TileOrigin(tl)
			n := int(math.Round(edge))
			xdraw.ApproxBiLinear.Scale(base, image.Rect(int(o.X), int(o.Y), int(o.X)+n, int(o.Y)+n), im, im.Bounds(), draw.Src, nil)
		}
		draw.Draw(base, base.Bounds(), ov, image.Point{}, draw.Over)
		goldentest.WritePNG(t, filepath.Join(dir, tc.name+".png"), base)
	}
}

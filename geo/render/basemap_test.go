package render

import (
	"context"
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
)

func TestPlanBasemap(t *testing.T) {
	tests := []struct {
		desc      string
		raster    bool
		density   float64
		zoom      float64 // of the view, in output pixels
		wantZoom  int
		wantSize  int
		wantScale float64 // k, within 1%
	}{
		{desc: "embedded-like, slide of all of Peru: redrawn a little denser", density: 1, zoom: 6.05, wantZoom: 6, wantSize: 264, wantScale: 1},
		{desc: "embedded-like, 4K: the nearest whole zoom, redrawn", density: 2, zoom: 7.45, wantZoom: 6, wantSize: 700, wantScale: 1},
		{desc: "embedded-like, A4 at zoom 8: density 4 reads better than 2", density: 3, zoom: 8 + math.Log2(3), wantZoom: 8, wantSize: 768, wantScale: 1},
		{desc: "embedded-like, a tiny map of Peru: the least zoom, drawn sparser", density: 1, zoom: 2.5, wantZoom: 4, wantSize: 91, wantScale: 1},
		{desc: "raster, slide: shrunk a little", raster: true, density: 1, zoom: 6.3, wantZoom: 6, wantSize: 256, wantScale: 1.231},
		{desc: "raster, 4K: enlarged at most twice", raster: true, density: 2, zoom: 7.45, wantZoom: 7, wantSize: 256, wantScale: 1.366},
		{desc: "raster, A4: a zoom deeper than the density asks", raster: true, density: 3, zoom: 7.6, wantZoom: 7, wantSize: 256, wantScale: 1.516},
		{desc: "raster, whole zoom at density 1: as it is", raster: true, density: 1, zoom: 7, wantZoom: 7, wantSize: 256, wantScale: 1},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			r := &resolved{density: tc.density}
			r.Source = coastSource{size: int(tc.density * geo.TileSize)}
			if tc.raster {
				r.Source = rasterOnly{coastSource{size: geo.TileSize}}
			}
			p := r.planBasemap(geo.View{Zoom: tc.zoom})
			if p.zoom != tc.wantZoom || p.size != tc.wantSize || math.Abs(p.k/tc.wantScale-1) > 0.01 {
				t.Fatalf("plan: zoom %d, %d px tiles, k %.3f; want zoom %d, %d px, k %.3f", p.zoom, p.size, p.k, tc.wantZoom, tc.wantSize, tc.wantScale)
			}
			if p.size != r.Source.Info().TileSize && p.store == r.StoreName {
				t.Errorf("tiles of %d px would share the store of %d px ones", p.size, r.Source.Info().TileSize)
			}
		})
	}
}

// TestBasemapIsWhereTheViewSaysIt draws a coast at fractional zooms,
// redrawn at the exact density (as the embedded basemap is) and resampled
// from raster tiles, and finds it in every row where the view that
// drawBasemap returns projects it: the overlay is drawn with that view, so
// a basemap off by a pixel would show under it.
func TestBasemapIsWhereTheViewSaysIt(t *testing.T) {
	for _, zoom := range []float64{6.3, 6.8, 7.55, 9.2} {
		for _, raster := range []bool{false, true} {
			v := geo.View{Center: orb.Point{-77.2, -11.4}, Zoom: zoom, Width: 700, Height: 501}
			r := &resolved{density: 1}
			r.Source, r.Dir, r.StoreName = coastSource{size: 256, plain: true}, TileDir{Root: t.TempDir()}, "coast"
			if raster {
				r.Source = rasterOnly{r.Source}
			}
			img := image.NewRGBA(image.Rect(0, 0, int(v.Width), int(v.Height)))
			shown, missing, err := r.drawBasemap(context.Background(), img, v)
			if err != nil || len(missing) > 0 {
				t.Fatalf("drawBasemap: %v, missing %v", err, missing)
			}
			if d := shown.ToScreen(v.Center).Sub(geo.Pixel{X: v.Width / 2, Y: v.Height / 2}); math.Abs(d.X) > 1 || math.Abs(d.Y) > 2 || math.Abs(shown.Zoom-zoom) > snapZoom {
				t.Errorf("zoom %v: shows %+v, more than two pixels or %v of a zoom from %+v", zoom, shown, snapZoom, v)
			}
			if raster && shown != v {
				t.Errorf("zoom %v: the resampled basemap shows %+v, not the view asked", zoom, shown)
			}
			for y := 10; y < 500; y += 20 {
				lat := shown.FromScreen(geo.Pixel{X: 0, Y: float64(y) + 0.5}).Lat()
				want := shown.ToScreen(orb.Point{coastLon(lat), lat}).X
				got := coastCrossing(img, y)
				if math.Abs(got-want) > 0.25 {
					t.Errorf("zoom %v, raster %v, row %d: coast at %.2f, the view puts it at %.2f", zoom, raster, y, got, want)
				}
			}
		}
	}
}

// coastCrossing is where, in row y, red crosses half way from coastSource's
// sea to its land, between pixel centres.
func coastCrossing(img *image.RGBA, y int) float64 {
	const mid = (0xb8 + 0xf2) / 2
	for x := 1; x < img.Rect.Dx(); x++ {
		a, b := float64(img.RGBAAt(x-1, y).R), float64(img.RGBAAt(x, y).R)
		if a < mid && b >= mid {
			return float64(x-1) + 0.5 + (mid-a)/(b-a)
		}
	}
	return -1
}

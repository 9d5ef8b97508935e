package render

import (
	"context"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// fills reports whether view v shows all of b and b spans the view's
// width or height to within tol pixels.
func fills(v geo.View, b orb.Bound, tol float64) bool {
	tl, br := v.ToScreen(orb.Point{b.Min.Lon(), b.Max.Lat()}), v.ToScreen(orb.Point{b.Max.Lon(), b.Min.Lat()})
	inside := tl.X >= -tol && tl.Y >= -tol && br.X <= v.Width+tol && br.Y <= v.Height+tol
	return inside && (br.X-tl.X >= v.Width-tol || br.Y-tl.Y >= v.Height-tol)
}

func TestMapView(t *testing.T) {
	vraem := orb.Bound{Min: orb.Point{-75, -13.5}, Max: orb.Point{-73, -11}}
	tests := []struct {
		desc    string
		set     func(s *Scene)
		density float64
		check   func(t *testing.T, r *resolved, v geo.View)
	}{
		{desc: "all of Peru fills the map at a fractional zoom", density: 1, check: func(t *testing.T, _ *resolved, v geo.View) {
			if !fills(v, geo.PeruBound(), 0.5) || v.Zoom == math.Trunc(v.Zoom) {
				t.Errorf("view %+v does not fill the map with Peru's bound", v)
			}
		}},
		{desc: "a bound fills the map", density: 2, set: func(s *Scene) { s.Bound = vraem }, check: func(t *testing.T, _ *resolved, v geo.View) {
			if !fills(v, vraem, 0.5) {
				t.Errorf("view %+v does not fill the map with %v", v, vraem)
			}
		}},
		{desc: "centre and zoom are shown exactly, in the window's units", density: 3,
			set: func(s *Scene) { s.Center, s.Zoom = orb.Point{-74.1, -12.3}, 8 },
			check: func(t *testing.T, _ *resolved, v geo.View) {
				if v.Center != (orb.Point{-74.1, -12.3}) || math.Abs(v.Zoom-(8+math.Log2(3))) > 1e-9 {
					t.Errorf("view %+v, want centre -74.1,-12.3 at zoom 8 of logical pixels", v)
				}
			}},
		{desc: "a fractional zoom is kept", density: 1, set: func(s *Scene) { s.Center, s.Zoom = orb.Point{-76.3, -8.5}, 7.4 },
			check: func(t *testing.T, _ *resolved, v geo.View) {
				if v.Zoom != 7.4 {
					t.Errorf("zoom %v, want 7.4", v.Zoom)
				}
			}},
		{desc: "a selection without a centre is framed with room around it", density: 1, set: func(s *Scene) { s.Selected = "zone" },
			check: func(t *testing.T, r *resolved, v geo.View) {
				f, _ := r.Dataset.ByID("zone")
				fb := f.Geometry.Bound()
				if !fills(v, padBound(fb, selectPad, selectMinSpan), 0.5) {
					t.Fatalf("view %+v does not fit the padded bound of the selection", v)
				}
				tl, br := v.ToScreen(orb.Point{fb.Min.Lon(), fb.Max.Lat()}), v.ToScreen(orb.Point{fb.Max.Lon(), fb.Min.Lat()})
				if s := math.Max((br.X-tl.X)/v.Width, (br.Y-tl.Y)/v.Height); s < 0.5 || s > 0.75 {
					t.Errorf("the selection spans %.0f%% of the map, want half to three quarters", 100*s)
				}
			}},
		{desc: "a selected point is shown with the country around it", density: 1, set: func(s *Scene) { s.Selected = "raid" },
			check: func(t *testing.T, _ *resolved, v geo.View) {
				b := v.Bound()
				if b.Max.Lat()-b.Min.Lat() < selectMinSpan-1e-9 || !b.Contains(orb.Point{-74.2, -12.4}) {
					t.Errorf("view bound %v: want the raid inside at least %v degrees", b, selectMinSpan)
				}
			}},
		{desc: "zoom alone centres on the selection", density: 1, set: func(s *Scene) { s.Selected, s.Zoom = "raid", 9 },
			check: func(t *testing.T, _ *resolved, v geo.View) {
				if math.Abs(v.Center.Lon()+74.2) > 1e-6 || math.Abs(v.Center.Lat()+12.4) > 1e-3 || v.Zoom != 9 {
					t.Errorf("view %+v, want the raid at the centre at zoom 9", v)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s := testScene(t, Preset{Name: "test", Width: 1600, Height: 1000, Scale: tc.density})
			s.Bound = orb.Bound{}
			if tc.set != nil {
				tc.set(&s)
			}
			r, err := s.resolve()
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, r, r.mapView(1200, 800))
		})
	}
}

// TestSelectionFramesTheFeature: an export of a selection, with no view
// given, shows the feature, not all of Peru: far more than 0.02% of the
// pixels change.
func TestSelectionFramesTheFeature(t *testing.T) {
	p := Presets()[0].Reduced(2)
	plain := testScene(t, p)
	plain.Bound = orb.Bound{}
	sel := plain
	sel.Selected = "faction"
	a, _, err := plain.Render(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := sel.Render(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	d := goldentest.Compare(b, a, goldentest.Tolerance{Delta: 8})
	if share := float64(d.Pixels) / float64(p.Width*p.Height); share < 0.2 {
		t.Errorf("the selected export differs from the plain one in %.2f%% of its pixels", 100*share)
	}
}

// TestSmallExportOfPeruWorksOffline: small images of all of Peru over the
// embedded basemap (which has no tiles below zoom 4: the smallest are
// drawn from zoom 4 tiles at a density under 1) are plain maps with every
// tile drawn.
func TestSmallExportOfPeruWorksOffline(t *testing.T) {
	for _, tc := range []struct {
		desc    string
		w, h    int
		maxZoom float64
	}{
		{desc: "320x240", w: 320, h: 240, maxZoom: 4.1},
		{desc: "160x120, under zoom 4", w: 160, h: 120, maxZoom: 3.5},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			s := testScene(t, CustomPreset(tc.w, tc.h))
			s.Bound = orb.Bound{}
			s.Source, s.StoreName = embedded.New(), "embedded"
			img, lay, missing, err := s.render(context.Background(), nil)
			if err != nil || len(missing) > 0 {
				t.Fatalf("render: %v, missing %v", err, missing)
			}
			if !lay.compact || img.Bounds().Dx() != tc.w || lay.view.Zoom > tc.maxZoom {
				t.Fatalf("layout compact %v, image %v, zoom %v: want a plain map at zoom %v or less", lay.compact, img.Bounds(), lay.view.Zoom, tc.maxZoom)
			}
			if v := variety(img, img.Bounds()); v < 16 {
				t.Errorf("the map has %d colours", v)
			}
		})
	}
}

package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

func lima() orb.Point { return orb.Point{-77.0282, -12.0432} }

func near(a, b orb.Point, tol float64) bool {
	return math.Abs(a.Lon()-b.Lon()) <= tol && math.Abs(a.Lat()-b.Lat()) <= tol
}

func TestViewScreenRoundTrip(t *testing.T) {
	v := View{Center: lima(), Zoom: 7.5, Width: 1920, Height: 1080}
	tests := []struct {
		desc string
		s    Pixel
	}{
		{desc: "centre", s: Pixel{960, 540}},
		{desc: "top-left corner", s: Pixel{0, 0}},
		{desc: "bottom-right corner", s: Pixel{1920, 1080}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := v.ToScreen(v.FromScreen(tc.s))
			if math.Abs(got.X-tc.s.X) > 1e-6 || math.Abs(got.Y-tc.s.Y) > 1e-6 {
				t.Errorf("round trip %v -> %v", tc.s, got)
			}
		})
	}
	if c := v.ToScreen(lima()); math.Abs(c.X-960) > 1e-6 || math.Abs(c.Y-540) > 1e-6 {
		t.Errorf("centre should be mid-screen, got %v", c)
	}
}

func TestPanFollowsDrag(t *testing.T) {
	v := View{Center: lima(), Zoom: 6, Width: 800, Height: 600}
	p := orb.Point{-75, -10}
	before := v.ToScreen(p)
	after := v.Pan(120, -45).ToScreen(p)
	if math.Abs(after.X-before.X-120) > 1e-6 || math.Abs(after.Y-before.Y+45) > 1e-6 {
		t.Errorf("a point at %v should move by the drag, now at %v", before, after)
	}
}

func TestZoomAboutKeepsAnchor(t *testing.T) {
	tests := []struct {
		desc   string
		delta  float64
		anchor Pixel
	}{
		{desc: "wheel in near corner", delta: 1, anchor: Pixel{100, 80}},
		{desc: "trackpad out by a fraction", delta: -0.35, anchor: Pixel{700, 500}},
		{desc: "about the centre", delta: 2, anchor: Pixel{400, 300}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			v := View{Center: lima(), Zoom: 6, Width: 800, Height: 600}
			p := v.FromScreen(tc.anchor)
			z := v.ZoomAbout(tc.delta, tc.anchor)
			if z.Zoom != v.Zoom+tc.delta {
				t.Fatalf("zoom %v, want %v", z.Zoom, v.Zoom+tc.delta)
			}
			if got := z.FromScreen(tc.anchor); !near(got, p, 1e-9) {
				t.Errorf("point under cursor moved from %v to %v", p, got)
			}
		})
	}
}

func TestClamp(t *testing.T) {
	l := PeruLimits()
	tests := []struct {
		desc     string
		in       View
		wantZoom float64
		wantC    orb.Point
	}{
		{desc: "inside stays", in: View{Center: lima(), Zoom: 6}, wantZoom: 6, wantC: lima()},
		{desc: "too far out", in: View{Center: lima(), Zoom: 1}, wantZoom: 4, wantC: lima()},
		{desc: "too far in", in: View{Center: lima(), Zoom: 15}, wantZoom: 12, wantC: lima()},
		{desc: "panned to Africa", in: View{Center: orb.Point{20, 5}, Zoom: 6}, wantZoom: 6, wantC: orb.Point{-64, 4}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := tc.in.Clamp(l)
			if got.Zoom != tc.wantZoom || !near(got.Center, tc.wantC, 1e-9) {
				t.Errorf("Clamp = zoom %v centre %v, want %v %v", got.Zoom, got.Center, tc.wantZoom, tc.wantC)
			}
		})
	}
}

func TestFitShowsAllOfPeru(t *testing.T) {
	v := Fit(PeruBound(), 1600, 1200, 4)
	b := v.Bound()
	if !b.Contains(PeruBound().Min) || !b.Contains(PeruBound().Max) {
		t.Errorf("view %v does not contain Peru %v", b, PeruBound())
	}
	if v.Zoom < 5 || v.Zoom > 7 {
		t.Errorf("zoom %v for a 1600x1200 view of Peru, want between 5 and 7", v.Zoom)
	}
}

func TestTileCover(t *testing.T) {
	tests := []struct {
		desc      string
		v         View
		z         maptile.Zoom
		margin    float64
		wantCount int
	}{
		{desc: "aligned 512x512 at z2 centre", v: View{Center: orb.Point{0, 0}, Zoom: 2, Width: 512, Height: 512}, z: 2, wantCount: 4},
		{desc: "margin adds a ring", v: View{Center: orb.Point{0, 0}, Zoom: 3, Width: 512, Height: 512}, z: 3, margin: 10, wantCount: 16},
		{desc: "clamped at world edge", v: View{Center: orb.Point{0, 0}, Zoom: 0, Width: 1024, Height: 1024}, z: 0, wantCount: 1},
		{desc: "coarser zoom covers fewer", v: View{Center: orb.Point{0, 0}, Zoom: 4, Width: 1024, Height: 1024}, z: 3, wantCount: 4},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			r := tc.v.TileCover(tc.z, tc.margin)
			tiles := r.Tiles()
			if len(tiles) != tc.wantCount {
				t.Errorf("%d tiles %+v, want %d", len(tiles), r, tc.wantCount)
			}
			for _, tl := range tiles {
				if !r.Contains(tl) {
					t.Errorf("range does not contain its own tile %v", tl)
				}
			}
		})
	}
}

func TestTileOriginCoversView(t *testing.T) {
	v := View{Center: lima(), Zoom: 7.3, Width: 1920, Height: 1080}
	z := v.TileZoom()
	covered := 0.0
	for _, tl := range v.TileCover(z, 0).Tiles() {
		o, size := v.TileOrigin(tl)
		x0, y0 := math.Max(0, o.X), math.Max(0, o.Y)
		x1, y1 := math.Min(v.Width, o.X+size), math.Min(v.Height, o.Y+size)
		if x1 > x0 && y1 > y0 {
			covered += (x1 - x0) * (y1 - y0)
		}
	}
	if math.Abs(covered-v.Width*v.Height) > 1 {
		t.Errorf("tiles cover %v px², view is %v", covered, v.Width*v.Height)
	}
}

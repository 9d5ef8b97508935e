package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestFlight(t *testing.T) {
	vraem := orb.Point{-74.0, -12.4}
	iquitos := orb.Point{-73.25, -3.75}
	tests := []struct {
		desc     string
		from, to View
		wantDip  float64 // how far below the straight zoom line the midpoint is
	}{
		{desc: "zoom in on the spot: no dip",
			from: View{Center: lima(), Zoom: 6, Width: 1200, Height: 800},
			to:   View{Center: lima(), Zoom: 9}, wantDip: 0},
		{desc: "short hop, under half a screen: no dip",
			from: View{Center: lima(), Zoom: 6, Width: 1200, Height: 800},
			to:   View{Center: orb.Point{-76.8, -12.0}, Zoom: 6}, wantDip: 0},
		{desc: "Lima to the VRAEM at zoom 9: about a screen away, a partial dip",
			from: View{Center: lima(), Zoom: 9, Width: 1200, Height: 800},
			to:   View{Center: vraem, Zoom: 9}, wantDip: 0.53},
		{desc: "Lima to Iquitos at zoom 10: many screens, capped at two levels",
			from: View{Center: lima(), Zoom: 10, Width: 1200, Height: 800},
			to:   View{Center: iquitos, Zoom: 10}, wantDip: 2},
		{desc: "Lima to Iquitos from zoom 10 to 8.5: the lower whole zoom, 8, measures the distance",
			from: View{Center: lima(), Zoom: 10, Width: 1200, Height: 800},
			to:   View{Center: iquitos, Zoom: 8.5}, wantDip: 1.34},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			path := Flight(tc.from, tc.to)
			if got := path(0); got != tc.from {
				t.Errorf("path(0) = %+v, want the start %+v", got, tc.from)
			}
			end := path(1)
			if end.Center != tc.to.Center || end.Zoom != tc.to.Zoom || end.Width != tc.from.Width || end.Height != tc.from.Height {
				t.Errorf("path(1) = %+v, want the target's centre and zoom at the start's size", end)
			}
			if path(-1) != path(0) || path(2) != path(1) {
				t.Error("t outside 0..1 is not clamped")
			}
			mid := path(0.5)
			straight := (tc.from.Zoom + tc.to.Zoom) / 2
			if dip := straight - mid.Zoom; math.Abs(dip-tc.wantDip) > 0.01 {
				t.Errorf("midpoint zoom %.3f: dip %.3f, want %.2f", mid.Zoom, dip, tc.wantDip)
			}
			// The centre moves along the Mercator straight line.
			want := Unproject(Project(tc.from.Center, 0).Add(Project(tc.to.Center, 0)).Scale(0.5), 0)
			if !near(mid.Center, want, 1e-9) {
				t.Errorf("midpoint centre %v, want %v", mid.Center, want)
			}
			if mid.Width != tc.from.Width || mid.Height != tc.from.Height {
				t.Errorf("midpoint size %vx%v, want the start's", mid.Width, mid.Height)
			}
		})
	}
}

package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

func TestProjectRoundTrip(t *testing.T) {
	tests := []struct {
		desc string
		p    orb.Point
		zoom float64
	}{
		{desc: "Lima at zoom 6", p: orb.Point{-77.0282, -12.0432}, zoom: 6},
		{desc: "Iquitos at fractional zoom", p: orb.Point{-73.2538, -3.7491}, zoom: 7.37},
		{desc: "origin at zoom 0", p: orb.Point{0, 0}, zoom: 0},
		{desc: "Tacna at zoom 12", p: orb.Point{-70.2536, -18.0146}, zoom: 12},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := Unproject(Project(tc.p, tc.zoom), tc.zoom)
			if d := math.Abs(got.Lon()-tc.p.Lon()) + math.Abs(got.Lat()-tc.p.Lat()); d > 1e-9 {
				t.Errorf("round trip %v -> %v", tc.p, got)
			}
		})
	}
}

func TestProjectMatchesOrbTiles(t *testing.T) {
	tests := []struct {
		desc string
		p    orb.Point
		z    maptile.Zoom
	}{
		{desc: "Lima z8", p: orb.Point{-77.0282, -12.0432}, z: 8},
		{desc: "Puno z10", p: orb.Point{-70.0199, -15.8422}, z: 10},
		{desc: "Paita z5", p: orb.Point{-81.1144, -5.0892}, z: 5},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			want := maptile.At(tc.p, tc.z)
			px := Project(tc.p, float64(tc.z))
			if x, y := uint32(px.X/TileSize), uint32(px.Y/TileSize); x != want.X || y != want.Y {
				t.Errorf("pixel %v lies in tile %d/%d, orb says %d/%d", px, x, y, want.X, want.Y)
			}
		})
	}
}

func TestMetersPerPixel(t *testing.T) {
	// At the equator, zoom 0: the equator's length over 256 px.
	if got := MetersPerPixel(0, 0); math.Abs(got-156543.03) > 0.1 {
		t.Errorf("MetersPerPixel(0,0) = %v, want 156543.03", got)
	}
	if a, b := MetersPerPixel(-12, 8), MetersPerPixel(-12, 9); math.Abs(a/b-2) > 1e-12 {
		t.Errorf("one zoom step should halve the resolution: %v, %v", a, b)
	}
}

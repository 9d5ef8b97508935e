package relief

import (
	"math"
	"testing"
)

func TestGridAt(t *testing.T) {
	g := sample().Grids[0] // 3x3, 0.5 degree steps from -80, -10
	for _, tc := range []struct {
		desc     string
		lon, lat float64
		want     float64
		ok       bool
	}{
		{desc: "north-west sample", lon: -80, lat: -10, want: 0, ok: true},
		{desc: "south-east sample", lon: -79, lat: -11, want: 400, ok: true},
		{desc: "between two samples", lon: -79.75, lat: -10, want: 50, ok: true},
		{desc: "cell centre", lon: -79.75, lat: -10.25, want: 100, ok: true},
		{desc: "west of the grid", lon: -80.01, lat: -10.5, ok: false},
		{desc: "south of the grid", lon: -79.5, lat: -11.01, ok: false},
		{desc: "NaN", lon: math.NaN(), lat: -10.5, ok: false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			got, ok := g.At(tc.lon, tc.lat)
			if ok != tc.ok || (ok && math.Abs(got-tc.want) > 1e-9) {
				t.Errorf("At(%v, %v) = %v, %v; want %v, %v", tc.lon, tc.lat, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestElevationBlendsGrids(t *testing.T) {
	d := sample()
	fine := &d.Grids[1]
	for i := range fine.Z {
		fine.Z[i] = 1000
	}
	coarse := &d.Grids[0]
	for _, tc := range []struct {
		desc     string
		lon, lat float64
		want     func(c float64) float64 // from the coarse value
	}{
		// The fine grid is only 4 samples wide, so every point is within
		// BlendSamples of its edge: the weight is the edge distance / 12.
		{desc: "on the fine grid's edge: the coarse grid alone", lon: -80, lat: -10.25, want: func(c float64) float64 { return c }},
		{desc: "one fine sample in", lon: -80 + 1.0/6, lat: -10.25, want: func(c float64) float64 { return c + (1000-c)/BlendSamples }},
		{desc: "outside the fine grid", lon: -79.25, lat: -10.9, want: func(c float64) float64 { return c }},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			c, _ := coarse.At(tc.lon, tc.lat)
			got, ok := d.Elevation(tc.lon, tc.lat)
			if !ok || math.Abs(got-tc.want(c)) > 1e-6 {
				t.Errorf("Elevation = %v, %v; want %v", got, ok, tc.want(c))
			}
		})
	}
	if _, ok := d.Elevation(-81, -10); ok {
		t.Error("Elevation outside every grid reported a value")
	}
}

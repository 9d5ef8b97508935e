package geo

import (
	"fmt"
	"testing"
)

func TestNewScaleBar(t *testing.T) {
	tests := []struct {
		desc      string
		mpp, max  float64
		wantLabel string
	}{
		{desc: "country scale", mpp: 2000, max: 150, wantLabel: "200 km"},
		{desc: "town scale", mpp: 30, max: 150, wantLabel: "2 km"},
		{desc: "exact fit", mpp: 1000, max: 100, wantLabel: "100 km"},
		{desc: "rounds down to 5", mpp: 1000, max: 99, wantLabel: "50 km"},
		{desc: "metres", mpp: 2, max: 120, wantLabel: "200 m"},
		{desc: "degenerate", mpp: 0, max: 100, wantLabel: ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := NewScaleBar(tc.mpp, tc.max)
			if got.Label != tc.wantLabel {
				t.Errorf("label %q, want %q", got.Label, tc.wantLabel)
			}
			if got.Pixels > tc.max {
				t.Errorf("bar %v px longer than the %v allowed", got.Pixels, tc.max)
			}
		})
	}
}

func ExampleNewScaleBar() {
	// A view of central Peru at zoom 6: how long is a round-number bar that
	// fits in 150 pixels?
	bar := NewScaleBar(MetersPerPixel(-12, 6), 150)
	fmt.Printf("%s = %.0f px\n", bar.Label, bar.Pixels)
	// Output: 200 km = 84 px
}

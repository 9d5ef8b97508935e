package colour

import (
	"image/color"
	"math"
	"testing"
)

// TestDeltaE2000 checks pairs from Sharma, Wu and Dalal's published test
// data (Table 1).
func TestDeltaE2000(t *testing.T) {
	tests := []struct {
		desc string
		a, b Lab
		want float64
	}{
		{desc: "pair 1", a: Lab{50, 2.6772, -79.7751}, b: Lab{50, 0, -82.7485}, want: 2.0425},
		{desc: "pair 7", a: Lab{50, 0, 0}, b: Lab{50, -1, 2}, want: 2.3669},
		{desc: "pair 13", a: Lab{50, 2.4900, -0.0010}, b: Lab{50, -2.4900, 0.0011}, want: 7.2195},
		{desc: "pair 17", a: Lab{50, 2.5, 0}, b: Lab{73, 25, -18}, want: 27.1492},
		{desc: "pair 25", a: Lab{60.2574, -34.0099, 36.2677}, b: Lab{60.4626, -34.1751, 39.4387}, want: 1.2644},
		{desc: "pair 33", a: Lab{2.0776, 0.0795, -1.1350}, b: Lab{0.9033, -0.0636, -0.5514}, want: 0.9082},
		{desc: "same colour", a: Lab{40, 10, 10}, b: Lab{40, 10, 10}, want: 0},
	}
	for _, tc := range tests {
		if got := DeltaE2000(tc.a, tc.b); math.Abs(got-tc.want) > 1e-3 {
			t.Errorf("%s: DeltaE2000 = %.4f, want %.4f", tc.desc, got, tc.want)
		}
	}
}

func TestSimulate(t *testing.T) {
	red := color.NRGBA{0xd0, 0x20, 0x20, 0xff}
	green := color.NRGBA{0x20, 0xa0, 0x20, 0xff}
	tests := []struct {
		desc string
		ok   bool
	}{
		{desc: "normal vision changes nothing", ok: Simulate(red, Normal) == red},
		{desc: "red and green are far apart to normal eyes", ok: DeltaE(red, green) > 40},
		{desc: "red and green come close with deuteranopia", ok: DeltaE(Simulate(red, Deuteranopia), Simulate(green, Deuteranopia)) < DeltaE(red, green)/2},
		{desc: "white stays white", ok: Simulate(color.NRGBA{255, 255, 255, 255}, Tritanopia) == color.NRGBA{255, 255, 255, 255}},
	}
	for _, tc := range tests {
		if !tc.ok {
			t.Errorf("%s: failed", tc.desc)
		}
	}
}

func TestContrast(t *testing.T) {
	black, white := color.NRGBA{0, 0, 0, 255}, color.NRGBA{255, 255, 255, 255}
	if c := Contrast(black, white); math.Abs(c-21) > 0.01 {
		t.Errorf("black on white = %.2f, want 21", c)
	}
	if c := Contrast(color.NRGBA{0x76, 0x76, 0x76, 255}, white); c < 4.5 || c > 4.6 {
		t.Errorf("#767676 on white = %.2f, want just above 4.5", c)
	}
	if c := Over(color.NRGBA{0, 0, 0, 128}, white); c.R < 126 || c.R > 128 {
		t.Errorf("half black over white = %v", c)
	}
}

package relief

import (
	"math"
	"testing"
)

// plane returns the 3x3 window of a plane rising by rise metres per metre
// towards the compass bearing az (degrees), with samples 1 m apart.
func plane(rise, az float64) *[9]float64 {
	var z [9]float64
	e, n := math.Sin(az*math.Pi/180), math.Cos(az*math.Pi/180)
	for r := range 3 {
		for c := range 3 {
			x, y := float64(c-1), float64(1-r) // east, north
			z[r*3+c] = rise * (e*x + n*y)
		}
	}
	return &z
}

func TestHornRecoversPlanes(t *testing.T) {
	for _, tc := range []struct {
		desc       string
		rise, az   float64
		east, nrth float64
	}{
		{desc: "rising to the east", rise: 0.5, az: 90, east: 0.5, nrth: 0},
		{desc: "rising to the north", rise: 0.2, az: 0, east: 0, nrth: 0.2},
		{desc: "rising to the south-west", rise: 1, az: 225, east: -math.Sqrt2 / 2, nrth: -math.Sqrt2 / 2},
		{desc: "flat", rise: 0, az: 0},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			e, n := Horn(plane(tc.rise, tc.az), 1, 1)
			if math.Abs(e-tc.east) > 1e-9 || math.Abs(n-tc.nrth) > 1e-9 {
				t.Errorf("Horn = %v, %v; want %v, %v", e, n, tc.east, tc.nrth)
			}
		})
	}
}

func TestLightComesFromTheNorthWest(t *testing.T) {
	// A slope faces the way it falls: one facing north-west rises to the
	// south-east.
	lit := func(faces float64) float64 {
		e, n := Horn(plane(0.6, faces+180), 1, 1)
		return Brightness(e, n)
	}
	for _, tc := range []struct {
		desc          string
		light, shadow float64 // bearings the two slopes face
	}{
		{desc: "north-west beats south-east", light: 315, shadow: 135},
		{desc: "north-west beats north-east", light: 315, shadow: 45},
		{desc: "north-west beats south-west", light: 315, shadow: 225},
		{desc: "west beats east", light: 270, shadow: 90},
		{desc: "north beats south", light: 0, shadow: 180},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if a, b := lit(tc.light), lit(tc.shadow); !(a > b) {
				t.Errorf("slope facing %v has brightness %v, not above %v facing %v", tc.light, a, b, tc.shadow)
			}
		})
	}
	if f := Brightness(0, 0); math.Abs(f-1) > 1e-12 {
		t.Errorf("flat ground has brightness %v, want 1", f)
	}
	if f := illumination(0, 0); math.Abs(f-1) > 1e-12 {
		t.Errorf("flat ground has illumination %v, want 1", f)
	}
}

func TestBrightnessIsIlluminationLessSlope(t *testing.T) {
	for _, tc := range []struct {
		desc        string
		east, north float64
	}{
		{desc: "flat", east: 0, north: 0},
		{desc: "gentle, facing north-west", east: 0.1, north: -0.1},
		{desc: "steep, facing south-east", east: -2, north: 2},
		{desc: "steep, facing north", east: 0, north: -3},
		{desc: "cliff facing west", east: 40, north: 0},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			cos := 1 / math.Sqrt(1+tc.east*tc.east+tc.north*tc.north)
			want := math.Max(0, illumination(tc.east, tc.north)-slopeShade*(1-cos))
			if got := Brightness(tc.east, tc.north); math.Abs(got-want) > 1e-12 {
				t.Errorf("Brightness = %v, want %v", got, want)
			}
		})
	}
}

func TestBrightnessDarkensSteepFlanksAlongTheLight(t *testing.T) {
	// Both flanks of a valley running NW-SE face across the light:
	// directional light alone leaves them almost as bright as the flat.
	e, n := Horn(plane(1, 45), 1, 1) // faces south-west
	if b := Brightness(e, n); b > 0.85 {
		t.Errorf("a 45 degree flank across the light has brightness %v, want it darker than 0.85", b)
	}
}

func TestExaggerationAndStrength(t *testing.T) {
	mpp := func(z int) float64 { return 156543.03 * math.Cos(9*math.Pi/180) / math.Exp2(float64(z)) }
	const sample = 3706 // 2 arc-minutes
	prevE := math.Inf(1)
	for z := 4; z <= 12; z++ {
		e := Exaggeration(mpp(z))
		if e > prevE || e < 4 || e > 12 {
			t.Errorf("zoom %d: exaggeration %v (previous %v); want 4 to 12, not growing with zoom", z, e, prevE)
		}
		prevE = e
	}
	for _, tc := range []struct {
		desc   string
		z      int
		lo, hi float64
	}{
		{desc: "full at zoom 4", z: 4, lo: 1, hi: 1},
		{desc: "full at zoom 10", z: 10, lo: 1, hi: 1},
		{desc: "fading at zoom 11", z: 11, lo: 0.6, hi: 0.9},
		{desc: "fainter at zoom 12", z: 12, lo: 0.34, hi: 0.6},
		{desc: "a third at most zoomed", z: 18, lo: 1.0 / 3, hi: 1.0 / 3},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if s := Strength(mpp(tc.z), sample); s < tc.lo-1e-9 || s > tc.hi+1e-9 {
				t.Errorf("Strength = %v, want %v to %v", s, tc.lo, tc.hi)
			}
		})
	}
}

func TestElevationCode(t *testing.T) {
	prev := -1
	for _, e := range []float64{-9000, -8000, -4000, -200, -1, 0, 1, 50, 150, 500, 1000, 3800, 6400, 7000} {
		c := int(ElevationCode(e))
		if c < prev {
			t.Errorf("ElevationCode(%v) = %d, below the code of a lower elevation", e, c)
		}
		prev = c
		back := CodeElevation(uint8(c))
		want := math.Max(-maxDepth, math.Min(maxHeight, e))
		// A code step is a few metres low down, tens of metres high up.
		if tol := 8 + 0.04*math.Abs(want); math.Abs(back-want) > tol {
			t.Errorf("CodeElevation(ElevationCode(%v)) = %v", e, back)
		}
		if (e >= 0) != (c >= seaCodes) {
			t.Errorf("ElevationCode(%v) = %d: land and sea codes mixed", e, c)
		}
	}
}

// illumination, the reference for Brightness without its slope term,
// returns how lit a surface with gradient east, north
// (metres per metre, already exaggerated) is, relative to flat ground: 1 on
// the flat, up to about 1.41 facing the light, 0 in full shadow.
func illumination(east, north float64) float64 {
	// The surface normal is (-east, -north, 1), normalised.
	dot := (-east*lightE - north*lightN + lightUp) / math.Sqrt(1+east*east+north*north)
	return math.Max(0, dot) / lightUp
}

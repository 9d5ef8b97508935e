package relief

import "math"

// Elevations are carried per sample as a one-byte code: 0-63 the sea from
// 8000 m deep to the surface, 64-255 the land from 0 to 6400 m, both on a
// square-root scale that keeps metres of detail in the lowlands.
const (
	seaCodes  = 64
	maxDepth  = 8000.0
	maxHeight = 6400.0
)

// ElevationCode encodes metres e.
func ElevationCode(e float64) uint8 {
	if e < 0 {
		d := min(-e, maxDepth)
		return uint8((seaCodes-1)*(1-math.Sqrt(d/maxDepth)) + 0.5)
	}
	h := min(e, maxHeight)
	return seaCodes + uint8((255-seaCodes)*math.Sqrt(h/maxHeight)+0.5)
}

// CodeElevation decodes a code to metres (the sea surface codes as 0).
func CodeElevation(c uint8) float64 {
	if c < seaCodes {
		f := 1 - float64(c)/(seaCodes-1)
		return -maxDepth * f * f
	}
	f := float64(c-seaCodes) / (255 - seaCodes)
	return maxHeight * f * f
}

// A stop of a colour ramp by elevation.
type stop struct {
	e       float64    // metres
	mul     [3]float64 // per channel factor on the base colour
	lighten float64    // then this share of the way to white
}

// landRamp is the hypsometric tint, as factors on the base colour of the
// land (Peru's warm cream or the neighbours' grey, which keep their
// difference). It is a ramp of value with barely any hue: lowlands a few
// per cent darker and faintly cool, the slopes neutral, the puna and the
// high cordilleras lighter, the snow-capped massifs nearly white. No green
// (the coca zones are green), no brown (Sendero's areas are vermilion and
// orange): the overlays stay the only saturated colours on the map.
var landRamp = []stop{
	{e: 0, mul: [3]float64{0.925, 0.935, 0.935}},
	{e: 150, mul: [3]float64{0.94, 0.948, 0.945}},
	{e: 500, mul: [3]float64{0.965, 0.968, 0.96}},
	{e: 1000, mul: [3]float64{0.985, 0.982, 0.97}},
	{e: 2000, mul: [3]float64{1, 0.994, 0.978}},
	{e: 3000, mul: [3]float64{1, 1, 0.99}, lighten: 0.06},
	{e: 4000, mul: [3]float64{1, 1, 1}, lighten: 0.16},
	{e: 5000, mul: [3]float64{1, 1, 1}, lighten: 0.4},
	{e: 6000, mul: [3]float64{1, 1, 1}, lighten: 0.6},
}

// seaRamp tints the water by depth, as a share of seaShallow over the
// water colour: the continental shelf a little lighter, fading out down
// the slope, the open ocean left as the plain water colour, so that the
// sea stays calm and matches the water beyond the model's extent.
// The shelf is one even tint: its depths in the data are noisy, and any
// step on it would show as blotches.
var seaRamp = []struct{ e, alpha float64 }{
	{e: 0, alpha: 0.2},
	{e: -250, alpha: 0.2},
	{e: -800, alpha: 0.07},
	{e: -2000, alpha: 0},
}

// seaShallow is the colour shallow water leans to: a pale, slightly green
// blue, the atlas convention for the shelf.
var seaShallow = [3]uint8{0xe4, 0xf1, 0xf4}

// rampAt interpolates the land ramp at e.
func rampAt(e float64) stop {
	r := landRamp
	if e <= r[0].e {
		return r[0]
	}
	for i := 1; i < len(r); i++ {
		if e <= r[i].e {
			a, b := r[i-1], r[i]
			t := (e - a.e) / (b.e - a.e)
			var s stop
			s.e = e
			for c := range 3 {
				s.mul[c] = a.mul[c] + (b.mul[c]-a.mul[c])*t
			}
			s.lighten = a.lighten + (b.lighten-a.lighten)*t
			return s
		}
	}
	return r[len(r)-1]
}

// seaAlpha interpolates the sea ramp at e (metres, negative).
func seaAlpha(e float64) float64 {
	r := seaRamp
	for i := 1; i < len(r); i++ {
		if e >= r[i].e {
			a, b := r[i-1], r[i]
			return a.alpha + (b.alpha-a.alpha)*(e-a.e)/(b.e-a.e)
		}
	}
	return r[len(r)-1].alpha
}

// Shading terms: how much a shadow darkens and a lit slope lightens per
// unit of illumination below or above the flat, and the faint cool of the
// shadows (blue darkens least).
const (
	shadowDepth = 0.4
	lightLift   = 0.5
)

var shadowHue = [3]float64{1, 0.97, 0.9}

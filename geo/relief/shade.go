package relief

import "math"

// The light comes from the north-west (azimuth 315 degrees, clockwise from
// north) at 45 degrees above the horizon: the cartographic convention,
// which makes ridges read as ridges rather than as troughs.
const (
	LightAzimuth  = 315.0
	LightAltitude = 45.0
)

var (
	lightE, lightN, lightUp = light()
)

func light() (e, n, up float64) {
	az, alt := LightAzimuth*math.Pi/180, LightAltitude*math.Pi/180
	return math.Cos(alt) * math.Sin(az), math.Cos(alt) * math.Cos(az), math.Sin(alt)
}

// Horn returns the gradient of a 3x3 window of elevations (metres, row
// by row from the north-west) whose samples are dx metres apart east-west
// and dy metres north-south: the rise per metre towards the east and
// towards the north, by Horn's weighted differences.
func Horn(z *[9]float64, dx, dy float64) (east, north float64) {
	east = ((z[2] + 2*z[5] + z[8]) - (z[0] + 2*z[3] + z[6])) / (8 * dx)
	north = ((z[0] + 2*z[1] + z[2]) - (z[6] + 2*z[7] + z[8])) / (8 * dy)
	return east, north
}

// The light's components divided by its altitude's sine, for Brightness.
var litE, litN = lightE / lightUp, lightN / lightUp

// slopeShade darkens steep ground whatever way it faces: 1 - cos(slope)
// times this comes off the illumination.
const slopeShade = 0.7

// Brightness is the relief's light on a surface with gradient east, north
// (metres per metre, already exaggerated): how lit it is relative to flat
// ground (1 on the flat, up to about 1.41 facing the light), less a share of
// the slope's steepness whatever way it faces. The slope term keeps valleys
// that run along the light readable: the Peruvian Andes run north-west to
// south-east, parallel to it, and their flanks would otherwise be lit
// alike and vanish.
//
// It takes one square root and no calls, for the per-sample loop.
func Brightness(east, north float64) float64 {
	cos := 1 / math.Sqrt(1+east*east+north*north)
	r := (1 - east*litE - north*litN) * cos // Illumination before its clamp
	if r < 0 {
		r = 0
	}
	if r -= slopeShade * (1 - cos); r < 0 {
		r = 0
	}
	return r
}

// Exaggeration is the vertical exaggeration for a map whose pixels are mpp
// metres wide. Small scales need more: at zoom 4 (about 10 km a pixel) the
// Andes must read as one range; at zoom 10 (about 150 m) the 3.7 km grid
// still flattens valley flanks, so it never drops below 4. It grows with
// the pixel size to the power 0.18, to about 8.5 at 10 km, within [4, 12].
func Exaggeration(mpp float64) float64 {
	return math.Max(4, math.Min(12, 4*math.Pow(mpp/150, 0.18)))
}

// Strength is how strongly the relief is drawn, 0 to 1, for pixels mpp
// metres wide over data sampled every sample metres: full while a sample
// spans up to 32 pixels, then fading with the magnification, to a third at
// 128 pixels a sample and no less. Past that the 3.7 km grid has nothing
// left to show but blur.
func Strength(mpp, sample float64) float64 {
	mag := sample / mpp
	if mag <= 32 {
		return 1
	}
	return math.Max(1.0/3, 1-(2.0/3)*math.Log2(mag/32)/2)
}

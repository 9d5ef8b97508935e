package geo

import (
	"fmt"
	"math"
)

// ScaleBar is a scale bar's length on screen and the ground distance it
// stands for.
type ScaleBar struct {
	Pixels float64 // length on screen in logical pixels
	Meters float64 // a round ground distance: 1, 2 or 5 × 10^n metres
	Label  string  // e.g. "200 km", "500 m"
}

// NewScaleBar picks the longest round distance whose bar fits in maxPixels
// at the given ground resolution.
func NewScaleBar(metersPerPixel, maxPixels float64) ScaleBar {
	if metersPerPixel <= 0 || maxPixels <= 0 {
		return ScaleBar{}
	}
	maxMeters := metersPerPixel * maxPixels
	p := math.Pow(10, math.Floor(math.Log10(maxMeters)))
	m := p
	for _, k := range []float64{5, 2, 1} {
		if k*p <= maxMeters {
			m = k * p
			break
		}
	}
	return ScaleBar{Pixels: m / metersPerPixel, Meters: m, Label: DistanceLabel(m)}
}

// DistanceLabel formats a distance in metres as "850 m" or "20 km".
func DistanceLabel(m float64) string {
	if m >= 1000 {
		return fmt.Sprintf("%g km", m/1000)
	}
	return fmt.Sprintf("%g m", m)
}

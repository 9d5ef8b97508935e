package main

import (
	"fmt"
	"log"
	"math"
	"sort"
)

// curve maps Marble's grey (0-255, fractional after smoothing) to metres.
type curve [256]float64

// metres interpolates the curve at grey g.
func (c *curve) metres(g float64) float64 {
	g = math.Max(0, math.Min(255, g))
	i := min(int(g), 254)
	return c[i] + (c[i+1]-c[i])*(g-float64(i))
}

// calibrate fits the grey-to-metres curve by quantile matching: over the
// ETOPO5 grid points of the area, the k-th smallest grey is paired with the
// k-th smallest ETOPO5 elevation. Unlike a regression of metres on grey,
// this is not pulled towards the mean at the extremes, and it needs no
// exact registration between the two grids. The curve is then made
// monotone and smoothed over a few grey levels (ETOPO5 land heights come
// in steps of 100 feet).
func calibrate(grey *raster, m *mosaic, et *etopo5, west, south, east, north float64) (*curve, error) {
	var gs, es []float64
	for j := int(math.Ceil((south + 90) * 12)); j <= int((north+90)*12); j++ {
		for i := int(math.Ceil(west * 12)); i <= int(east*12); i++ {
			lon, lat := float64(i)/12, -90+float64(j)/12
			x, y := m.pixel(lon, lat)
			g, ok := grey.bilinear(x, y)
			if !ok {
				return nil, fmt.Errorf("calibration area %g,%g,%g,%g leaves the Marble mosaic at %g,%g", west, south, east, north, lon, lat)
			}
			gs = append(gs, g)
			es = append(es, et.at(i, j))
		}
	}
	sort.Float64s(gs)
	sort.Float64s(es)
	var sum, n [256]float64
	for k, g := range gs {
		l := int(math.Round(g))
		sum[l] += es[k]
		n[l]++
	}
	const minSamples = 20
	var c curve
	var have []int
	for l := range 256 {
		if n[l] >= minSamples {
			c[l] = sum[l] / n[l]
			have = append(have, l)
		}
	}
	if len(have) < 64 {
		return nil, fmt.Errorf("calibration: only %d grey levels have %d samples", len(have), minSamples)
	}
	// Interpolate the gaps; extend the ends with the slope of the last
	// eight levels (the top is where Marble's grey saturates).
	lo, hi := have[0], have[len(have)-1]
	for k := 1; k < len(have); k++ {
		a, b := have[k-1], have[k]
		for l := a + 1; l < b; l++ {
			c[l] = c[a] + (c[b]-c[a])*float64(l-a)/float64(b-a)
		}
	}
	for l := lo - 1; l >= 0; l-- {
		c[l] = c[l+1] - (c[lo+8]-c[lo])/8
	}
	for l := hi + 1; l < 256; l++ {
		c[l] = c[l-1] + (c[hi]-c[hi-8])/8
	}
	monotone(&c)
	var s curve
	for l := range 256 {
		a, b := max(0, l-3), min(255, l+3)
		for k := a; k <= b; k++ {
			s[l] += c[k]
		}
		s[l] /= float64(b - a + 1)
	}
	monotone(&s)
	for l := range s {
		s[l] = math.Max(-10500, math.Min(8500, s[l]))
	}
	log.Printf("calibration: %d samples, grey levels %d-%d with data; grey -> m: 96 %.0f, 128 %.0f, 160 %.0f, 192 %.0f, 216 %.0f, 236 %.0f",
		len(gs), lo, hi, s[96], s[128], s[160], s[192], s[216], s[236])
	return &s, nil
}

func monotone(c *curve) {
	for l := 1; l < 256; l++ {
		c[l] = math.Max(c[l], c[l-1])
	}
}

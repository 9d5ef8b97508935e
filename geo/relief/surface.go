package relief

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/perutraffickingatlas/atlas/data/relief"
)

// ErrEmpty is returned by NewSurface for a model with no grid.
var ErrEmpty = errors.New("relief: empty elevation model")

// metresPerDegree is the length of a degree of latitude (and of longitude
// at the equator), near enough for slopes.
const metresPerDegree = 111320.0

// edgeFade is the width in samples of the band along the surface's edge
// where the relief fades out, so that it never ends in a hard line.
const edgeFade = 24

// Surface is the elevation model resampled onto a regular longitude and
// latitude grid: the elevation code of every sample, and the land's
// elevation to light it by (Surface.Shading). Sample
// (i, j) lies at West+i*Step, North-j*Step degrees. It is immutable and safe
// for concurrent use.
type Surface struct {
	West, North, Step float64
	W, H              int
	code              []uint8  // ElevationCode per sample
	sea               []uint8  // the sea's code, reaching under the coast; inland 255
	land              []uint16 // the land's elevation in landUnits (the sea counts as flat at 0 m)
}

// landUnits is how many steps of the stored land elevations make a metre.
// Sixteen bits hold 0 to 16,383 m in quarter metres, which even at the
// steepest exaggeration (12) and the finest spacing the atlas uses (about
// 3.7 km) move the coded brightness by under a tenth of a level. The
// surface keeps elevations rather than the gradients lighting needs (two
// numbers a sample, taken again for each Shading, which is made once per
// zoom level): 2.9 MB less for the embedded model.
const landUnits = 4

// landCode is an elevation of land as stored, clamped to what 16 bits
// hold (below sea level is 0).
func landCode(metres float64) uint16 {
	return uint16(math.Max(0, math.Min(math.MaxUint16, math.Round(metres*landUnits))))
}

// NewSurface resamples d every step degrees over its coarsest grid, on the
// lattice of its finest grid (so that at the finest spacing no sample is
// interpolated), averaging super x super points per sample (use 2 or more
// when step is coarser than the data, against aliasing).
func NewSurface(d *relief.Data, step float64, super int) (*Surface, error) {
	if len(d.Grids) == 0 {
		return nil, ErrEmpty
	}
	if !(step > 0) || super < 1 || super > 8 {
		return nil, fmt.Errorf("relief: surface step %g, supersampling %d", step, super)
	}
	w, s, e, n := d.Bounds()
	fw, _, _, fn := d.Grids[len(d.Grids)-1].Bounds()
	const eps = 1e-9
	west := fw - math.Floor((fw-w)/step+eps)*step
	north := fn + math.Floor((n-fn)/step+eps)*step
	sf := &Surface{West: west, North: north, Step: step,
		W: int((e-west)/step+eps) + 1, H: int((north-s)/step+eps) + 1}
	if sf.W < 3 || sf.H < 3 || sf.W*sf.H > 1<<24 {
		return nil, fmt.Errorf("relief: surface of %dx%d samples", sf.W, sf.H)
	}
	sf.land = make([]uint16, sf.W*sf.H)
	sf.code = make([]uint8, len(sf.land))
	rows(sf.H, func(j int) {
		for i := range sf.W {
			lon, lat := west+float64(i)*step, north-float64(j)*step
			sum, cnt := 0.0, 0
			for a := range super {
				for b := range super {
					dx := (float64(a)+0.5)/float64(super) - 0.5
					dy := (float64(b)+0.5)/float64(super) - 0.5
					if v, ok := d.Elevation(lon+dx*step, lat+dy*step); ok {
						sum += v
						cnt++
					}
				}
			}
			k := j*sf.W + i
			if cnt > 0 {
				v := sum / float64(cnt)
				sf.code[k] = ElevationCode(v)
				sf.land[k] = landCode(v)
			} else {
				sf.code[k] = seaCodes // no data: flat land at 0 m
			}
		}
	})
	sf.reachInland()
	return sf, nil
}

// seaReach is how many samples the sea's depths reach in under the land,
// so that the water the vector coastline draws a little inland of the
// data's own coast is still tinted as sea, while lakes are not.
const seaReach = 3

// reachInland fills sea: the sea codes, spread seaReach samples inland
// (each land sample takes its shallowest sea neighbour), 255 beyond.
func (sf *Surface) reachInland() {
	sf.sea = make([]uint8, len(sf.code))
	for k, c := range sf.code {
		sf.sea[k] = 255
		if c < seaCodes {
			sf.sea[k] = c
		}
	}
	next := make([]uint8, len(sf.sea))
	for range seaReach {
		copy(next, sf.sea)
		for j := range sf.H {
			row := sf.sea[j*sf.W : (j+1)*sf.W]
			for i, v := range row {
				if v != 255 {
					continue
				}
				// The shallowest (highest code) sea neighbour, if any.
				best := -1
				if i > 0 && row[i-1] != 255 {
					best = int(row[i-1])
				}
				if i+1 < sf.W && row[i+1] != 255 {
					best = max(best, int(row[i+1]))
				}
				if j > 0 && sf.sea[(j-1)*sf.W+i] != 255 {
					best = max(best, int(sf.sea[(j-1)*sf.W+i]))
				}
				if j+1 < sf.H && sf.sea[(j+1)*sf.W+i] != 255 {
					best = max(best, int(sf.sea[(j+1)*sf.W+i]))
				}
				if best >= 0 {
					next[j*sf.W+i] = uint8(best)
				}
			}
		}
		sf.sea, next = next, sf.sea
	}
}

// SampleMetres is the spacing of the surface's samples in metres.
func (sf *Surface) SampleMetres() float64 { return sf.Step * metresPerDegree }

// rowGradients calls f with the rise per metre of the land to the east
// and to the north around each sample of row j, by Horn's method,
// repeating the edge samples outwards.
func (sf *Surface) rowGradients(j int, f func(i int, east, north float64)) {
	dy := sf.Step * metresPerDegree
	lat := sf.North - float64(j)*sf.Step
	dx := dy * math.Cos(lat*math.Pi/180)
	kx, ky := 1/(8*dx*landUnits), 1/(8*dy*landUnits)
	w := sf.W
	up := sf.land[max(j-1, 0)*w : max(j-1, 0)*w+w]
	mid := sf.land[j*w : j*w+w]
	down := sf.land[min(j+1, sf.H-1)*w : min(j+1, sf.H-1)*w+w]
	for i := range w {
		a, b := max(i-1, 0), min(i+1, w-1)
		// Horn's sums, whole in landUnits
		e := int32(up[b]) + 2*int32(mid[b]) + int32(down[b]) - int32(up[a]) - 2*int32(mid[a]) - int32(down[a])
		n := int32(up[a]) + 2*int32(up[i]) + int32(up[b]) - int32(down[a]) - 2*int32(down[i]) - int32(down[b])
		f(i, float64(e)*kx, float64(n)*ky)
	}
}

// rows calls f for rows 0 to n-1, spread over the CPUs (at most 4
// goroutines); f must only write its own row.
func rows(n int, f func(j int)) {
	workers := min(runtime.GOMAXPROCS(0), 4)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := w; j < n; j += workers {
				f(j)
			}
		}()
	}
	wg.Wait()
}

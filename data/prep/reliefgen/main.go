package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"math"

	"github.com/perutraffickingatlas/atlas/data/relief"
	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
)

// Grids, in degrees: the fine grid covers the atlas extent (82.5W-67.5W,
// 19.5S-1.5N) with a 1.5 degree margin; the coarse grid the basemap's data
// bound (data/prep/basemapgen).
var (
	fineBound   = [4]float64{-84, -21, -66, 3} // west, south, east, north
	coarseBound = [4]float64{-90, -26, -56, 11.5}
	calibBound  = [4]float64{-89.5, -22, -45.5, 22}
)

const (
	fineStep   = 120 // arc-seconds, the mosaic's pixel
	coarseStep = 300 // arc-seconds, ETOPO5's
)

func main() {
	marble := flag.String("marble", "/usr/share/marble/data/maps/earth/srtm/3", "Marble SRTM level-3 tile directory")
	etopo := flag.String("etopo5", "/usr/share/ferret-vis/data/etopo5.cdf", "ETOPO5 netCDF file")
	out := flag.String("out", "data/relief/"+relief.FileName, "output file")
	flag.Parse()
	if err := run(*marble, *etopo, *out); err != nil {
		log.Fatal(err)
	}
}

// Smoothing of the grey before conversion (see smoothAdaptive): Gaussian
// sigmas in pixels for rugged and flat land, and the gradient in grey
// levels per pixel from which land counts as rugged.
const (
	sigmaRugged = 0.4
	sigmaFlat   = 1.6
	ruggedGrey  = 4.0
)

func run(marbleDir, etopoPath, out string) error {
	m, err := readMosaic(marbleDir, 3, 5, 4, 5)
	if err != nil {
		return err
	}
	et, err := readETOPO5(etopoPath)
	if err != nil {
		return err
	}
	grey := (&raster{w: m.w, h: m.h, v: m.grey}).smoothAdaptive(sigmaRugged, sigmaFlat, ruggedGrey)
	c, err := calibrate(grey, m, et, calibBound[0], calibBound[1], calibBound[2], calibBound[3])
	if err != nil {
		return err
	}
	metres := &raster{w: m.w, h: m.h, v: make([]float32, len(grey.v))}
	for i, g := range grey.v {
		metres.v[i] = float32(c.metres(float64(g)))
	}
	// Filter to the coarse spacing: a Gaussian of about half the step.
	smooth := metres.blur(0.5 * coarseStep / fineStep)
	n := liftPeaks(m, metres, smooth, et)
	log.Printf("lifted %d pixels of high massifs to ETOPO5's heights", n)
	fine, err := sampleGrid(m, metres, fineBound, fineStep)
	if err != nil {
		return err
	}
	coarse, err := sampleGrid(m, metres.blur(0.5*coarseStep/fineStep), coarseBound, coarseStep)
	if err != nil {
		return err
	}
	d := &relief.Data{Grids: []relief.Grid{*coarse, *fine}}
	compare(d, et)
	var buf bytes.Buffer
	if err := relief.Encode(&buf, d); err != nil {
		return err
	}
	if err := atomicfile.Write(out, 0o644, atomicfile.Bytes(buf.Bytes())); err != nil {
		return err
	}
	log.Printf("wrote %s: %d bytes; grids %dx%d at %d\" and %dx%d at %d\"", out, buf.Len(),
		coarse.W, coarse.H, coarse.Step, fine.W, fine.H, fine.Step)
	return nil
}

// Elevations in metres between which liftPeaks fades in.
const (
	liftFrom = 4000
	liftFull = 4800
)

// liftPeaks raises the high massifs where ETOPO5 stands above the model
// (smooth is the model at ETOPO5's resolution): Marble's 8-bit grey
// saturates towards the top, and its 2 arc-minute cells over the Cordillera
// Blanca code no higher than ETOPO5's 5 arc-minute ones near 5300 m. The
// lift is smooth (ETOPO5 interpolated), positive only, and fades in from
// liftFrom to liftFull metres of the model, so the Altiplano and all lower
// land keep the calibrated heights. It returns the pixels raised.
func liftPeaks(m *mosaic, metres, smooth *raster, et *etopo5) int {
	n := 0
	for y := range m.h {
		for x := range m.w {
			k := y*m.w + x
			e := float64(metres.v[k])
			if e <= liftFrom {
				continue
			}
			lon, lat := m.lonLat(x, y)
			d := et.bilinear(lon, lat) - float64(smooth.v[k])
			if d <= 0 {
				continue
			}
			w := math.Min(1, (e-liftFrom)/(liftFull-liftFrom))
			metres.v[k] = float32(e + d*w)
			n++
		}
	}
	return n
}

// sampleGrid samples r (laid out like m) on a grid of step arc-seconds
// over b, whose edges must be whole multiples of step from the mosaic's
// pixel centres or of the step itself.
func sampleGrid(m *mosaic, r *raster, b [4]float64, step int) (*relief.Grid, error) {
	west := int32(math.Round(b[0] * 3600))
	north := int32(math.Round(b[3] * 3600))
	if step == fineStep { // on the pixel centres, half a pixel in
		west += fineStep / 2
		north -= fineStep / 2
	}
	g := &relief.Grid{West: west, North: north, Step: int32(step),
		W: int(math.Round((b[2]-b[0])*3600))/step + 1, H: int(math.Round((b[3]-b[1])*3600))/step + 1}
	g.Z = make([]int16, g.W*g.H)
	for j := range g.H {
		for i := range g.W {
			lon := float64(int(west)+i*step) / 3600
			lat := float64(int(north)-j*step) / 3600
			x, y := m.pixel(lon, lat)
			// The data bound's west edge is the mosaic's: clamp the half pixel.
			x = math.Max(0, math.Min(float64(m.w-1), x))
			v, ok := r.bilinear(x, y)
			if !ok {
				return nil, fmt.Errorf("grid point %g,%g is outside the Marble mosaic", lon, lat)
			}
			g.Z[j*g.W+i] = int16(math.Round(v))
		}
	}
	return g, nil
}

// compare logs how far the model is from ETOPO5 on its land points, as a
// check of the calibration.
func compare(d *relief.Data, et *etopo5) {
	w, s, e, n := d.Bounds()
	var diffs []float64
	for lat := s; lat <= n; lat += 1.0 / 12 {
		for lon := w; lon <= e; lon += 1.0 / 12 {
			v, ok := d.Elevation(lon, lat)
			ref := et.bilinear(lon, lat)
			if ok && ref > 0 {
				diffs = append(diffs, v-ref)
			}
		}
	}
	mean, abs := 0.0, 0.0
	for _, x := range diffs {
		mean += x
		abs += math.Abs(x)
	}
	log.Printf("model minus ETOPO5 on %d land points: mean %.0f m, mean absolute %.0f m", len(diffs),
		mean/float64(len(diffs)), abs/float64(len(diffs)))
}

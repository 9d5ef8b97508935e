package main

import (
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ncWriter builds a small classic netCDF file in memory.
type ncWriter struct{ b []byte }

func (w *ncWriter) u32(v uint32) { w.b = binary.BigEndian.AppendUint32(w.b, v) }
func (w *ncWriter) name(s string) {
	w.u32(uint32(len(s)))
	w.b = append(w.b, s...)
	for len(w.b)%4 != 0 {
		w.b = append(w.b, 0)
	}
}

// tinyNetCDF is a CDF-1 file with dimensions Y=2, X=3 and a float
// variable ROSE[Y][X] = 10*y + x, scaled by 2 through scale_factor.
func tinyNetCDF() []byte {
	w := &ncWriter{b: []byte("CDF\x01")}
	w.u32(0) // numrecs
	w.u32(ncDimension)
	w.u32(2)
	w.name("Y")
	w.u32(2)
	w.name("X")
	w.u32(3)
	w.u32(0) // no global attributes
	w.u32(0)
	w.u32(ncVariable)
	w.u32(1)
	w.name("ROSE")
	w.u32(2)
	w.u32(0)
	w.u32(1)
	w.u32(ncAttribute)
	w.u32(1)
	w.name("scale_factor")
	w.u32(ncFloat)
	w.u32(1)
	w.u32(math.Float32bits(2))
	w.u32(ncFloat)
	w.u32(24)
	begin := len(w.b) + 4
	w.u32(uint32(begin))
	for y := range 2 {
		for x := range 3 {
			w.u32(math.Float32bits(float32(10*y + x)))
		}
	}
	return w.b
}

func TestNetCDF(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "tiny.cdf")
	if err := os.WriteFile(good, tinyNetCDF(), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.cdf")
	if err := os.WriteFile(bad, []byte("CDF\x05garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "cut.cdf")
	if err := os.WriteFile(cut, tinyNetCDF()[:40], 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc    string
		path    string
		varName string
		want    []float64
		errHas  string
	}{
		{desc: "reads and scales a variable", path: good, varName: "ROSE", want: []float64{0, 2, 4, 20, 22, 24}},
		{desc: "unknown variable", path: good, varName: "Z", errHas: "no variable Z"},
		{desc: "not classic netCDF", path: bad, errHas: "not a classic netCDF"},
		{desc: "header cut short", path: cut, errHas: "cut.cdf"},
		{desc: "a directory", path: dir, errHas: "not a regular file"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			nc, err := openNetCDF(tc.path)
			var got []float64
			if err == nil {
				defer nc.Close()
				_, got, err = nc.floats(tc.varName)
			}
			if tc.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errHas) {
					t.Fatalf("error = %v, want one mentioning %q", err, tc.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v", got)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}

func TestSmoothAdaptive(t *testing.T) {
	// Left half: a flat plain with checkerboard noise of one grey level.
	// Right half: a ridge one pixel wide, 280 grey levels high, which a
	// uniform strong blur would flatten to a mound.
	const w, h = 80, 40
	r := &raster{w: w, h: h, v: make([]float32, w*h)}
	for y := range h {
		for x := range w {
			v := float32(120 + (x+y)%2)
			if x >= w/2 {
				v = 120
			}
			if x == 60 {
				v = 400
			}
			r.v[y*w+x] = v
		}
	}
	s := r.smoothAdaptive(0.4, 1.6, 4)
	for _, tc := range []struct {
		desc   string
		x      int
		maxDev float64 // from the expected value
		want   float64
	}{
		{desc: "noise on the plain is smoothed away", x: 10, want: 120.5, maxDev: 0.1},
		{desc: "the ridge keeps its crest", x: 60, want: 400, maxDev: 40},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := float64(s.v[20*w+tc.x]); math.Abs(got-tc.want) > tc.maxDev {
				t.Errorf("value %v, want %v within %v", got, tc.want, tc.maxDev)
			}
		})
	}
}

func TestCurveMetres(t *testing.T) {
	var c curve
	for i := range c {
		c[i] = float64(10 * i)
	}
	for _, tc := range []struct {
		desc string
		g    float64
		want float64
	}{
		{desc: "on a level", g: 96, want: 960},
		{desc: "between levels", g: 96.25, want: 962.5},
		{desc: "below the range", g: -3, want: 0},
		{desc: "the top", g: 255, want: 2550},
		{desc: "above the range", g: 300, want: 2550},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := c.metres(tc.g); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("metres(%v) = %v, want %v", tc.g, got, tc.want)
			}
		})
	}
}

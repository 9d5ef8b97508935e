package relief_test

import (
	"math"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/relief"
)

// maxNear is the highest elevation within km of p, on a 0.01 degree raster.
func maxNear(d *relief.Data, lon, lat, km float64) float64 {
	best := math.Inf(-1)
	r := km / 111
	for y := lat - r; y <= lat+r; y += 0.01 {
		for x := lon - r; x <= lon+r; x += 0.01 {
			dx := (x - lon) * math.Cos(lat*math.Pi/180)
			if math.Hypot(dx, y-lat) > r {
				continue
			}
			if v, ok := d.Elevation(x, y); ok {
				best = math.Max(best, v)
			}
		}
	}
	return best
}

// TestKnownElevations checks the embedded model against places whose
// height is well known, taking every position from the gazetteer or the
// basemap's own labels.
func TestKnownElevations(t *testing.T) {
	d, err := relief.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	place := func(name string) (float64, float64) {
		p, err := gaz.Resolve(name, "PE")
		if err != nil {
			t.Fatal(err)
		}
		return p.Point[0], p.Point[1]
	}
	at := func(name string) float64 {
		lon, lat := place(name)
		v, ok := d.Elevation(lon, lat)
		if !ok {
			t.Fatalf("no elevation at %s", name)
		}
		return v
	}
	for _, tc := range []struct {
		desc   string
		got    func() float64
		lo, hi float64
	}{
		{desc: "Puno, on Lake Titicaca's shore (surface about 3810 m)", got: func() float64 { return at("Puno") }, lo: 3700, hi: 3950},
		{desc: "Cusco, in its Andean basin", got: func() float64 { return at("Cusco") }, lo: 3000, hi: 3800},
		{desc: "Iquitos, in the Amazon lowlands", got: func() float64 { return at("Iquitos") }, lo: 50, hi: 300},
		{desc: "Pucallpa, on the Ucayali", got: func() float64 { return at("Pucallpa") }, lo: 50, hi: 400},
		{desc: "Lima, on the coast", got: func() float64 { return at("Lima") }, lo: -50, hi: 500},
		{desc: "the Huascarán massif above Yungay", got: func() float64 {
			lon, lat := place("Yungay")
			return maxNear(d, lon, lat, 20)
		}, lo: 5000, hi: 6800},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if v := tc.got(); !(v >= tc.lo && v <= tc.hi) {
				t.Errorf("elevation %.0f m, want %.0f to %.0f m", v, tc.lo, tc.hi)
			}
		})
	}
}

// TestPacificIsSea checks that every ocean label of the basemap lies on a
// sea depth.
func TestPacificIsSea(t *testing.T) {
	d, err := relief.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	bm, err := basemap.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range bm.Places {
		if p.Kind != basemap.KindOcean {
			continue
		}
		n++
		if v, ok := d.Elevation(p.Point[0], p.Point[1]); !ok || v > 0 {
			t.Errorf("ocean label %q at %v: elevation %.0f m, %v", p.Name, p.Point, v, ok)
		}
	}
	if n == 0 {
		t.Fatal("the basemap has no ocean labels")
	}
}

// TestEmbeddedCoversTheBasemap checks that the coarse grid spans the
// basemap's data bound and the fine grid the atlas extent.
func TestEmbeddedCoversTheBasemap(t *testing.T) {
	d, err := relief.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Grids) != 2 {
		t.Fatalf("%d grids, want coarse and fine", len(d.Grids))
	}
	bm, err := basemap.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc   string
		g      *relief.Grid
		w, s   float64
		e, n   float64
		margin float64
	}{
		{desc: "coarse grid over the data bound", g: &d.Grids[0], w: bm.Bound.Min[0], s: bm.Bound.Min[1], e: bm.Bound.Max[0], n: bm.Bound.Max[1]},
		{desc: "fine grid over the atlas extent", g: &d.Grids[1], w: basemap.Extent().Min[0], s: basemap.Extent().Min[1], e: basemap.Extent().Max[0], n: basemap.Extent().Max[1], margin: 1},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			w, s, e, n := tc.g.Bounds()
			if w > tc.w-tc.margin || s > tc.s-tc.margin || e < tc.e+tc.margin || n < tc.n+tc.margin {
				t.Errorf("grid spans %g,%g to %g,%g; want %g,%g to %g,%g with %g margin", w, s, e, n, tc.w, tc.s, tc.e, tc.n, tc.margin)
			}
		})
	}
}

package annotate

import (
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// bigCircle is the largest circle the format allows, centred in the VRAEM.
func bigCircle() *annotation.Set {
	return &annotation.Set{Version: annotation.Version, Annotations: []annotation.Annotation{
		{ID: "c", Kind: annotation.KindCircle, At: orb.Point{-74, -12}, RadiusKm: annotation.MaxRadiusKm, Color: "#0072b2"}}}
}

// TestHugeCircleIsDrawnWhereSeen: at zoom 12 a 2,000 km circle is some
// 50,000 pixels across. Inside it only the fill shows; where its ring
// crosses the image the ring is drawn, in its colour, at its radius.
func TestHugeCircleIsDrawnWhereSeen(t *testing.T) {
	set := bigCircle()
	centre := set.Annotations[0].At
	inside := geo.View{Center: centre, Zoom: 12, Width: 400, Height: 300}
	img := drawViewSet(set, inside, 1)
	bg := drawViewSet(&annotation.Set{Version: 1}, inside, 1).RGBAAt(200, 150)
	if c := img.RGBAAt(200, 150); c == bg {
		t.Error("inside the circle the fill is missing")
	}
	// a view whose centre lies on the ring, due north of the centre
	northLat := centre.Lat() + annotation.MaxRadiusKm/kmPerDegree
	onRing := geo.View{Center: orb.Point{centre.Lon(), northLat}, Zoom: 12, Width: 400, Height: 300}
	img = drawViewSet(set, onRing, 1)
	blue := 0
	for y := 140; y <= 160; y++ {
		for x := 150; x <= 250; x++ {
			if c := img.RGBAAt(x, y); c.B > 0x90 && c.R < 0x40 {
				blue++
			}
		}
	}
	if blue < 20 {
		t.Errorf("%d ring pixels where the ring crosses the view, want the dashed ring", blue)
	}
}

func TestRingPoints(t *testing.T) {
	tests := []struct {
		desc   string
		r      float64
		maxPts int
		minPts int
	}{
		{desc: "a small circle is smooth", r: 40, minPts: 32, maxPts: 200},
		{desc: "a 50,000-pixel circle costs a few thousand points", r: 50000, minPts: 1000, maxPts: 3000},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			pts := ringPoints(0, 0, tc.r)
			if len(pts) < tc.minPts || len(pts) > tc.maxPts {
				t.Errorf("%d points, want %d..%d", len(pts), tc.minPts, tc.maxPts)
			}
			// every chord's middle is within ringError of the circle
			for i := range pts {
				p, q := pts[i], pts[(i+1)%len(pts)]
				mid := math.Hypot((p[0]+q[0])/2, (p[1]+q[1])/2)
				if tc.r-mid > ringError+1e-9 {
					t.Fatalf("chord %d strays %.3f px from the circle", i, tc.r-mid)
				}
			}
		})
	}
}

func TestVisibleRuns(t *testing.T) {
	pts := ringPoints(0, 0, 1000)
	box := label.Box{X0: 900, Y0: -50, X1: 1100, Y1: 50} // around angle 0
	runs := visibleRuns(pts, box)
	if len(runs) != 1 {
		t.Fatalf("runs %v, want one across angle 0", runs)
	}
	n := len(pts)
	r := runs[0]
	if r[1]-r[0] > n/20 {
		t.Errorf("run %v covers %d of %d segments, want a short arc", r, r[1]-r[0], n)
	}
	if p := pts[r[0]%n]; p[1] > 0 || pts[r[1]%n][1] < 0 {
		t.Errorf("run %v from %v to %v does not cross angle 0", r, pts[r[0]%n], pts[r[1]%n])
	}
	if got := visibleRuns(pts, label.Box{X0: -2000, Y0: -2000, X1: 2000, Y1: 2000}); len(got) != 1 || got[0] != [2]int{0, n} {
		t.Errorf("a box around all of it: runs %v, want the whole ring", got)
	}
	if got := visibleRuns(pts, label.Box{X0: -10, Y0: -10, X1: 10, Y1: 10}); len(got) != 0 {
		t.Errorf("a box inside the ring: runs %v, want none", got)
	}
}

func TestCircleCulling(t *testing.T) {
	img := label.Box{X1: 100, Y1: 100}
	tests := []struct {
		desc           string
		cx, cy, r      float64
		misses, covers bool
	}{
		{desc: "far away", cx: 500, cy: 500, r: 100, misses: true},
		{desc: "crossing a corner", cx: 150, cy: 150, r: 80},
		{desc: "around the image", cx: 50, cy: 50, r: 80, covers: true},
		{desc: "inside the image", cx: 50, cy: 50, r: 10},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := circleMisses(tc.cx, tc.cy, tc.r, img); got != tc.misses {
				t.Errorf("misses %v, want %v", got, tc.misses)
			}
			if got := circleCovers(tc.cx, tc.cy, tc.r, img); got != tc.covers {
				t.Errorf("covers %v, want %v", got, tc.covers)
			}
		})
	}
}

// BenchmarkHugeCircle draws the largest allowed circle at zoom 12 on a
// 1600x1200 image, the view on its ring.
func BenchmarkHugeCircle(b *testing.B) {
	set := bigCircle()
	c := set.Annotations[0].At
	v := geo.View{Center: orb.Point{c.Lon(), c.Lat() + annotation.MaxRadiusKm/kmPerDegree}, Zoom: 12, Width: 1600, Height: 1200}
	b.ReportAllocs()
	for b.Loop() {
		drawViewSet(set, v, 1)
	}
}

package placenames

import (
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

func testNames(t testing.TB) *Names {
	t.Helper()
	ts, err := label.NewTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	n, err := Embedded(ts)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// frameOf is the frame of b at zoom z and type scale s, clipped to b.
func frameOf(b orb.Bound, z, s float64, lang string) label.Frame {
	k := math.Exp2(z) * s
	tl := geo.Project(orb.Point{b.Min.Lon(), b.Max.Lat()}, 0)
	br := geo.Project(orb.Point{b.Max.Lon(), b.Min.Lat()}, 0)
	return label.Frame{K: k, OX: tl.X * k, OY: tl.Y * k, Clip: label.Box{X1: (br.X - tl.X) * k, Y1: (br.Y - tl.Y) * k}, Scale: s, Lang: lang}
}

// placedNames runs the engine over the names of f alone and returns the
// texts that found a place, found by drawing each into its own image.
func placedNames(t *testing.T, n *Names, f label.Frame) map[string]bool {
	t.Helper()
	cands := n.Candidates(f)
	chosen := label.NewEngine(f.Clip, 2*f.Scale).Place(cands)
	out := map[string]bool{}
	for i, c := range cands {
		if chosen[i] >= 0 {
			out[c.Text] = true
		}
	}
	return out
}

func TestNamesAtEachZoom(t *testing.T) {
	n := testNames(t)
	peru := basemap.Extent()
	for _, tc := range []struct {
		desc  string
		b     orb.Bound
		z     float64
		lang  string
		names []string
	}{
		{desc: "countries at zoom 5", b: peru, z: 5, names: []string{"PERU", "ECUADOR", "COLOMBIA", "BRAZIL", "BOLIVIA", "CHILE", "PACIFIC OCEAN", "Lima"}},
		{desc: "Spanish names at zoom 5", b: peru, z: 5, lang: "es", names: []string{"PERÚ", "BRASIL", "OCÉANO PACÍFICO", "Lima"}},
		{desc: "rivers at zoom 5, as room allows", b: peru, z: 5, names: []string{"Huallaga", "Ucayali", "Marañón", "Amazon", "Apurímac", "Lima"}},
		{desc: "every major river at zoom 6", b: peru, z: 6, names: []string{"Huallaga", "Ucayali", "Marañón", "Amazon", "Apurímac", "Mantaro", "Ene", "Putumayo"}},
		{desc: "Lake Titicaca at zoom 7", b: orb.Bound{Min: orb.Point{-71.5, -17}, Max: orb.Point{-68.5, -14.5}}, z: 7, names: []string{"Lake Titicaca", "Puno", "Juliaca"}},
		{desc: "valley towns at zoom 9", b: orb.Bound{Min: orb.Point{-76.6, -9.6}, Max: orb.Point{-75.6, -8.0}}, z: 9, names: []string{"Huallaga", "Tingo María", "Tocache", "Aucayacu"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			have := placedNames(t, n, frameOf(tc.b, tc.z, 1, tc.lang))
			for _, want := range tc.names {
				if !have[want] {
					t.Errorf("zoom %v: no label %q (have %v)", tc.z, want, keys(have))
				}
			}
		})
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestNamesNeverOverlap checks every placed name against every other, on
// the drawn image: each candidate draws only inside its spot's boxes.
func TestNamesStayInTheirBoxes(t *testing.T) {
	n := testNames(t)
	f := frameOf(basemap.Extent(), 6, 1, "en")
	cands := n.Candidates(f)
	chosen := label.NewEngine(f.Clip, 2).Place(cands)
	w, h := int(f.Clip.X1), int(f.Clip.Y1)
	for i, c := range cands {
		if chosen[i] < 0 {
			continue
		}
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		c.Draw(img, chosen[i], c.Spots[chosen[i]])
		u := c.Spots[chosen[i]].Boxes[0]
		for _, b := range c.Spots[chosen[i]].Boxes[1:] {
			u = u.Union(b)
		}
		u = u.Grow(1.5)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				if img.Pix[img.PixOffset(x, y)+3] > 40 && (float64(x) < u.X0 || float64(x) >= u.X1 || float64(y) < u.Y0 || float64(y) >= u.Y1) {
					t.Fatalf("%q draws at %d,%d outside its boxes %v", c.Text, x, y, u)
				}
			}
		}
	}
}

func BenchmarkCandidates(b *testing.B) {
	n := testNames(b)
	f := frameOf(orb.Bound{Min: orb.Point{-80, -16}, Max: orb.Point{-69, -4}}, 6, 1, "en")
	b.ReportAllocs()
	for b.Loop() {
		n.Candidates(f)
	}
}

package overlay

import (
	"fmt"
	"image"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/geo/placenames"
)

// TestNoLabelTouchesAnother checks the cartographic rule on a grid of
// views, years and type scales, with the basemap's names and a selection:
// no placed label comes within the gap of another label or of a symbol,
// every label stays inside the frame, and every label draws only inside
// the boxes it was placed with (so the boxes tell the truth).
func TestNoLabelTouchesAnother(t *testing.T) {
	s := testUserSet(t) // the atlas with the user fixtures
	dense, err := testSet(t).WithUsers(append(userFixtures(t), denseLayer(t, 3000)))
	if err != nil {
		t.Fatal(err)
	}
	ts, err := label.NewTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	names, err := placenames.Embedded(ts)
	if err != nil {
		t.Fatal(err)
	}
	views := []struct {
		name   string
		center orb.Point
		zoom   float64
		sel    string
		set    *Set // nil: s
	}{
		{"Peru z5", orb.Point{-75.5, -9.3}, 5, "port_callao", nil},
		{"Peru z6", orb.Point{-75.0, -10.0}, 6, "coca_vraem", nil},
		{"VRAEM z7", orb.Point{-74.0, -12.3}, 7, "event_helicopter_shootdown_2012", nil},
		{"VRAEM z8", orb.Point{-73.9, -12.3}, 8, "sendero_vizcatan", nil},
		{"Upper Huallaga z8", orb.Point{-76.3, -8.6}, 8, "event_artemio_capture_2012", nil},
		{"Lima z8", orb.Point{-77.0, -12.0}, 8, "hub_lima_processing", nil},
		{"Madre de Dios z7", orb.Point{-70.5, -12.0}, 7, "coca_madre_de_dios", nil},
		{"user towns z9", orb.Point{-73.95, -12.72}, 9.3, "user:0:4", nil},
		{"user study area z9", orb.Point{-73.85, -12.6}, 9, "user:1:1", nil},
		{"dense user survey z6", orb.Point{-75.0, -10.0}, 6, "user:2:1500", dense},
		{"dense user survey z8", orb.Point{-76.3, -8.6}, 8, "", dense},
	}
	for _, v := range views {
		for _, year := range []int{1985, 1995, 2003, 2009, 2012, 2015, 2022} {
			for _, sc := range []float64{1, 2} {
				view := geo.View{Center: v.center, Zoom: v.zoom, Width: 1600, Height: 1000}
				if sc == 2 { // HiDPI, a projector or a 4K export: twice the pixels and the type
					view = geo.View{Center: v.center, Zoom: v.zoom + 1, Width: 3200, Height: 2000}
				}
				opt := Options{Year: year, Scale: sc, Names: names, Selected: v.sel}
				set := s
				if v.set != nil {
					set = v.set
				}
				t.Run(fmt.Sprintf("%s %d x%g", v.name, year, sc), func(t *testing.T) {
					checkLabels(t, set, view, opt)
				})
			}
		}
	}
}

func checkLabels(t *testing.T, s *Set, v geo.View, opt Options) {
	t.Helper()
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	cands, chosen := fr.placeLabels()
	gap := labelGap * fr.sc
	type placed struct {
		text  string
		boxes []label.Box
	}
	var ps []placed
	img := image.NewRGBA(image.Rect(0, 0, int(v.Width), int(v.Height)))
	frame := label.Box{X1: v.Width, Y1: v.Height}
	for i, c := range cands {
		if chosen[i] < 0 {
			continue
		}
		sp := c.Spots[chosen[i]]
		for _, b := range sp.Boxes {
			if !b.In(frame) {
				t.Errorf("%q leaves the frame: %v", c.Text, b)
			}
		}
		ps = append(ps, placed{c.Text, sp.Boxes})
		c.Draw(img, chosen[i], sp)
	}
	symbols := fr.symbolRects()
	for i, a := range ps {
		for _, ab := range a.boxes {
			for _, b := range ps[i+1:] {
				for _, bb := range b.boxes {
					if ab.Grow(gap - 0.01).Overlaps(bb) {
						t.Errorf("%q and %q touch: %v %v", a.text, b.text, ab, bb)
					}
				}
			}
			for _, sb := range symbols {
				if ab.Grow(gap - 0.01).Overlaps(sb) {
					t.Errorf("%q touches a symbol at %v", a.text, sb)
				}
			}
		}
	}
	// Every drawn pixel lies in some placed box (a pixel of slack for
	// antialiasing).
	stray := 0
	var first image.Point
	for y := 0; y < img.Bounds().Dy(); y++ {
		row := img.Pix[y*img.Stride:]
		for x := 0; x < img.Bounds().Dx(); x++ {
			if row[4*x+3] < 48 {
				continue
			}
			in := false
			for _, p := range ps {
				for _, b := range p.boxes {
					if float64(x) >= b.X0-1 && float64(x) < b.X1+1 && float64(y) >= b.Y0-1 && float64(y) < b.Y1+1 {
						in = true
						break
					}
				}
				if in {
					break
				}
			}
			if !in {
				if stray == 0 {
					first = image.Pt(x, y)
				}
				stray++
			}
		}
	}
	if stray > 0 {
		t.Errorf("%d label pixels lie outside every placed box, the first at %v", stray, first)
	}
}

package overlay

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

// screenOf is where a feature's anchor falls in view v.
func screenOf(t *testing.T, s *Set, v geo.View, id string) geo.Pixel {
	t.Helper()
	ft, ok := s.byID[id]
	if !ok {
		t.Fatalf("no feature %s in the dataset", id)
	}
	x, y := viewProj(v).pt(ft.anchor)
	return geo.Pixel{X: x, Y: y}
}

func TestHitTest(t *testing.T) {
	s := testSet(t)
	v := vraemView()
	peru := peruView()
	at := func(view geo.View, id string, dx, dy float64) func() geo.Pixel {
		return func() geo.Pixel { return screenOf(t, s, view, id).Add(geo.Pixel{X: dx, Y: dy}) }
	}
	all := func(y int) Options { return Options{Year: y} }
	// marker is where an event's marker is (shared with the events at the
	// same place)
	marker := func(view geo.View, opt Options, id string) func() geo.Pixel {
		return func() geo.Pixel {
			fr := newFrame(s, opt, viewProj(view), view.Width, view.Height)
			m := fr.markers[s.byID[id].idx]
			if m == nil {
				t.Fatalf("%s has no marker", id)
			}
			return geo.Pixel{X: m.x, Y: m.y}
		}
	}
	// drawn is where a feature's first symbol is drawn (moved off its
	// point when an earlier symbol covers it), offset by dx, dy
	drawn := func(view geo.View, opt Options, id string, dx, dy float64) func() geo.Pixel {
		return func() geo.Pixel {
			fr := newFrame(s, opt, viewProj(view), view.Width, view.Height)
			q := fr.symbolXY(s.byID[id])
			if len(q) == 0 {
				t.Fatalf("%s has no symbol", id)
			}
			return geo.Pixel{X: q[0][0] + dx, Y: q[0][1] + dy}
		}
	}
	tests := []struct {
		desc    string
		view    geo.View
		opt     Options
		p       func() geo.Pixel
		want    string // id that must be hit, first among symbols when first is set
		first   bool
		notWant string // id that must not be hit
	}{
		{desc: "port symbol centre", view: peru, opt: all(2015), p: drawn(peru, all(2015), "port_paita", 0, 0), want: "port_paita", first: true},
		{desc: "port within tolerance", view: peru, opt: all(2015), p: drawn(peru, all(2015), "port_paita", symbolRadius+6, 0), want: "port_paita"},
		{desc: "port just outside tolerance", view: peru, opt: all(2015), p: drawn(peru, all(2015), "port_paita", symbolRadius+9, 0), notWant: "port_paita"},
		{desc: "air route line", view: v, opt: all(2015), p: at(v, "air_vraem_brazil", 0, 0), want: "air_vraem_brazil"},
		{desc: "air route line off by 5 px", view: v, opt: all(2015), p: at(v, "air_vraem_brazil", 0, 5), want: "air_vraem_brazil"},
		{desc: "air route line off by 20 px", view: v, opt: all(2015), p: at(v, "air_vraem_brazil", 0, 20), notWant: "air_vraem_brazil"},
		{desc: "inside a polygon", view: v, opt: all(2015), p: at(v, "coca_madre_de_dios", 0, 0), want: "coca_madre_de_dios"},
		{desc: "hidden layer is not hit", view: v, opt: Options{Year: 2015, Layers: []data.Layer{data.LayerRoute}},
			p: at(v, "coca_madre_de_dios", 0, 0), notWant: "coca_madre_de_dios"},
		{desc: "feature outside its years is not hit", view: v, opt: all(2000), p: at(v, "coca_madre_de_dios", 0, 0), notWant: "coca_madre_de_dios"},
		{desc: "event marker in its year", view: peru, opt: all(2012), p: marker(peru, all(2012), "event_artemio_capture_2012"), want: "event_artemio_capture_2012", first: true},
		{desc: "event marker long after", view: peru, opt: all(2030), p: at(peru, "event_artemio_capture_2012", 0, 0), notWant: "event_artemio_capture_2012"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := s.HitTest(tc.view, tc.opt, tc.p(), 8)
			if tc.want != "" {
				if !slices.Contains(got, tc.want) {
					t.Errorf("hits %v, want %s among them", got, tc.want)
				} else if tc.first && got[0] != tc.want {
					t.Errorf("hits %v, want %s first", got, tc.want)
				}
			}
			if tc.notWant != "" && slices.Contains(got, tc.notWant) {
				t.Errorf("hits %v, want no %s", got, tc.notWant)
			}
		})
	}
}

func TestHitTestOrdersPointsBeforeAreas(t *testing.T) {
	s := testSet(t)
	v := vraemView()
	got := s.HitTest(v, Options{Year: 2014}, screenOf(t, s, v, "base_pichari"), 8)
	if len(got) < 2 || got[0] != "base_pichari" {
		t.Fatalf("hits %v, want base_pichari first and the areas around it after", got)
	}
}

func TestLegendCountsChangeWithYear(t *testing.T) {
	s := testSet(t)
	count := func(opt Options, l data.Layer) int {
		n := 0
		for _, e := range s.Legend(opt) {
			if e.Layer == l {
				n += e.Count
			}
		}
		return n
	}
	tests := []struct {
		desc  string
		opt   Options
		layer data.Layer
		want  int
	}{
		{desc: "coca in 1985: the Upper Huallaga and the VRAEM", opt: Options{Year: 1985}, layer: data.LayerCocaZone, want: 2},
		{desc: "no exit ports yet in 1985", opt: Options{Year: 1985}, layer: data.LayerExitPort, want: 0},
		{desc: "ports in 2015", opt: Options{Year: 2015}, layer: data.LayerExitPort,
			want: activeCount(s, data.LayerExitPort, 2015)},
		{desc: "coca in 2015", opt: Options{Year: 2015}, layer: data.LayerCocaZone,
			want: activeCount(s, data.LayerCocaZone, 2015)},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := count(tc.opt, tc.layer); got != tc.want {
				t.Errorf("count %d, want %d", got, tc.want)
			}
		})
	}
	if a, b := count(Options{Year: 1985}, data.LayerCocaZone), count(Options{Year: 2015}, data.LayerCocaZone); a >= b {
		t.Errorf("coca zones: %d in 1985, %d in 2015; want growth", a, b)
	}
	for _, e := range s.Legend(Options{Year: 2015, Layers: []data.Layer{data.LayerRoute}}) {
		if e.Layer != data.LayerRoute {
			t.Errorf("legend shows hidden layer %s", e.Layer)
		}
	}
}

// activeCount counts a layer's features whose period holds year.
func activeCount(s *Set, l data.Layer, year int) int {
	n := 0
	for _, ft := range s.feats {
		if ft.f.Layer == l && ft.f.Period.Contains(year) {
			n++
		}
	}
	return n
}

func TestLegendIncludesFadingEvents(t *testing.T) {
	s := testSet(t)
	n := 0
	for _, e := range s.Legend(Options{Year: 2018}) {
		if e.Layer == data.LayerEvent {
			n += e.Count
		}
	}
	if want := 0; n == want {
		t.Errorf("events in 2018: %d, want the fading 2014-2016 events counted", n)
	}
}

func TestSwatchDrawsSomething(t *testing.T) {
	tests := []struct {
		desc  string
		layer data.Layer
		mode  data.Mode
	}{
		{desc: "coca", layer: data.LayerCocaZone},
		{desc: "sendero", layer: data.LayerSenderoArea},
		{desc: "airstrip", layer: data.LayerAirstrip},
		{desc: "air route", layer: data.LayerAirRoute, mode: data.ModeAir},
		{desc: "air zone", layer: data.LayerAirRoute},
		{desc: "port", layer: data.LayerExitPort},
		{desc: "sea route", layer: data.LayerRoute, mode: data.ModeSea},
		{desc: "foot route", layer: data.LayerRoute, mode: data.ModeFoot},
		{desc: "hub", layer: data.LayerHub},
		{desc: "base", layer: data.LayerBase},
		{desc: "event", layer: data.LayerEvent},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			img := Swatch(tc.layer, tc.mode, 24, 1)
			n := 0
			for i := 3; i < len(img.Pix); i += 4 {
				if img.Pix[i] > 0 {
					n++
				}
			}
			if n < 20 {
				t.Errorf("swatch has %d painted pixels", n)
			}
		})
	}
}

func TestRenderHonoursCancellation(t *testing.T) {
	s := testSet(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Render(ctx, peruView(), Options{Year: 2015}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Render with a cancelled context: %v, want context.Canceled", err)
	}
}

func TestRenderRejectsEmptyView(t *testing.T) {
	s := testSet(t)
	if _, err := s.Render(context.Background(), geo.View{Zoom: 6}, Options{Year: 2015}); err == nil {
		t.Fatal("Render of a 0x0 view succeeded")
	}
}

func TestNewRejectsNil(t *testing.T) {
	if _, err := New(nil); !errors.Is(err, ErrNoDataset) {
		t.Fatalf("New(nil): %v", err)
	}
}

func TestLegendInCountsWhatTheFrameShows(t *testing.T) {
	s := testSet(t)
	opt := Options{Year: 2015}
	count := func(es []LegendEntry, l data.Layer) int {
		n := 0
		for _, e := range es {
			if e.Layer == l {
				n += e.Count
			}
		}
		return n
	}
	valleys := geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 9, Width: 1200, Height: 900}
	all, vraem := s.Legend(opt), s.LegendIn(opt, valleys)
	tests := []struct {
		desc      string
		got, want int
	}{
		{desc: "every exit port is counted for the whole map", got: count(all, data.LayerExitPort), want: 4},
		{desc: "no exit port lies in the VRAEM's frame", got: count(vraem, data.LayerExitPort), want: 0},
		{desc: "the whole of Peru's frame counts every port", got: count(s.LegendIn(opt, peruView()), data.LayerExitPort), want: 4},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.desc, tc.got, tc.want)
		}
	}
	if n := count(vraem, data.LayerCocaZone); n == 0 || n >= count(all, data.LayerCocaZone) {
		t.Errorf("coca zones in the VRAEM frame: %d of %d; want some, not all", n, count(all, data.LayerCocaZone))
	}
	shapes := map[Shape]bool{}
	for _, e := range all {
		if e.Layer == data.LayerSenderoArea && e.Count > 0 {
			shapes[e.Shape] = true
		}
	}
	if !shapes[ShapeArea] || !shapes[ShapeLine] || !shapes[ShapePoint] {
		t.Errorf("Shining Path entries in 2015 have shapes %v; want areas, axes and places (MOVADEF's campuses)", shapes)
	}
}

func TestMarksIn(t *testing.T) {
	s := testSet(t)
	if got := s.MarksIn(Options{Year: 2015}, peruView()); !slices.Equal(got, []string{data.MarkHedged, data.MarkInferred}) {
		t.Errorf("MarksIn(2015, Peru) = %v, want both marks", got)
	}
	if got := s.MarksIn(Options{Year: 2015, Layers: []data.Layer{}}, peruView()); len(got) != 0 {
		t.Errorf("MarksIn with no layers = %v, want none", got)
	}
}

func TestLookOf(t *testing.T) {
	s := testSet(t)
	tests := []struct {
		desc  string
		id    string
		shape Shape
		check func(Look) bool
	}{
		{desc: "a coca zone is a green fill", id: "coca_vraem", shape: ShapeArea, check: func(l Look) bool { return l.Fill.G > l.Fill.R && l.Fill.A > 0 }},
		{desc: "a port is a navy symbol", id: "port_callao", shape: ShapePoint, check: func(l Look) bool { return l.Symbol == navyColor }},
		{desc: "an air route is a dashed blue line", id: "air_vraem_brazil", shape: ShapeLine, check: func(l Look) bool { return l.Dashed && l.Stroke.B > l.Stroke.R }},
	}
	for _, tc := range tests {
		l := LookOf(s.byID[tc.id].f)
		if l.Shape != tc.shape || !tc.check(l) {
			t.Errorf("%s: LookOf(%s) = %+v", tc.desc, tc.id, l)
		}
	}
}

// TestFractionalZoom checks that a view at a fractional zoom (as exports
// use) draws and hit-tests features where geo.View puts them, not at a
// rounded zoom.
func TestFractionalZoom(t *testing.T) {
	s := testSet(t)
	paita, ok := s.byID["port_paita"]
	if !ok {
		t.Fatal("no port_paita in the dataset")
	}
	pt := paita.f.Geometry.(orb.Point)
	for _, tc := range []struct {
		desc string
		zoom float64
	}{
		{desc: "whole zoom", zoom: 6},
		{desc: "a third above", zoom: 6.3},
		{desc: "half way", zoom: 6.5},
		{desc: "just under the next", zoom: 6.9},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			v := geo.View{Center: orb.Point{-78, -6}, Zoom: tc.zoom, Width: 1200, Height: 900}
			want := v.ToScreen(pt)
			if got := screenOf(t, s, v, "port_paita"); math.Abs(got.X-want.X) > 1e-6 || math.Abs(got.Y-want.Y) > 1e-6 {
				t.Fatalf("anchor at %v, want %v", got, want)
			}
			// the symbol may be moved off a point another symbol covers:
			// the hit test must find it where it is drawn
			opt := Options{Year: 2015}
			q := newFrame(s, opt, viewProj(v), v.Width, v.Height).symbolXY(paita)
			if len(q) == 0 {
				t.Fatal("port_paita has no symbol")
			}
			at := geo.Pixel{X: q[0][0], Y: q[0][1]}
			if ids := s.HitTest(v, opt, at, 4); !slices.Contains(ids, "port_paita") {
				t.Errorf("hit test at %v finds %v, not port_paita", at, ids)
			}
		})
	}
}

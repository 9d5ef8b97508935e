package overlay

import (
	"context"
	"slices"

	"image"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/change"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// compared are the options of the two maps of a comparison of years from
// and to: the earlier marks what is gone from the later, the later what
// is new in it.
func compared(tb testing.TB, from, to int, base Options) (earlier, later Options) {
	tb.Helper()
	ds, err := data.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	d := change.Between(ds.Features, from, to, base.Layers)
	earlier, later = base, base
	earlier.Year, earlier.Marked, earlier.Mark = from, d.Disappear, MarkGone
	later.Year, later.Marked, later.Mark = to, d.Appear, MarkNew
	return earlier, later
}

// markCases are the goldens of the marks: Peru in 2003 and 2016 as the
// compare view and export show them, and the VRAEM close up.
func markCases(tb testing.TB) []goldenCase {
	gone, added := compared(tb, 2003, 2016, Options{})
	vraem := geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 8, Width: 1200, Height: 900}
	vgone, vnew := compared(tb, 2009, 2014, Options{Selected: "sendero_vraem_faction"})
	return []goldenCase{
		{desc: "Peru in 2003, what is gone by 2016 dashed", name: "marks_peru_2003_gone", v: goldenPeru(), opt: gone},
		{desc: "Peru in 2016, what is new since 2003 solid", name: "marks_peru_2016_new", v: goldenPeru(), opt: added},
		{desc: "VRAEM in 2009, gone by 2014, with a selection", name: "marks_vraem_2009_gone", v: vraem, opt: vgone},
		{desc: "VRAEM in 2014, new since 2009, with a selection", name: "marks_vraem_2014_new", v: vraem, opt: vnew},
	}
}

// TestMarksGolden draws the marks and proves the goldens guard them: the
// same maps without their marks no longer match.
func TestMarksGolden(t *testing.T) {
	s := testSet(t)
	for _, tc := range markCases(t) {
		t.Run(tc.desc, func(t *testing.T) {
			if len(tc.opt.Marked) == 0 {
				t.Fatal("nothing to mark: pick other years")
			}
			goldentest.AssertImage(t, tc.name, drawGolden(t, s, tc))
			bare := tc
			bare.opt.Marked = nil
			if d := goldentest.Compare(drawGolden(t, s, bare), goldentest.Golden(t, tc.name), goldentest.Default()); d.OK() {
				t.Errorf("the map without its marks still matches %s: %v", tc.name, d)
			}
		})
	}
}

// TestMarksDrawnInTheirPattern: the marks are drawn in their ink only
// when asked for, solid ones paint more of it than dashed ones on the same
// features, and a mark of features not drawn paints nothing.
func TestMarksDrawnInTheirPattern(t *testing.T) {
	s := testSet(t)
	v := goldenPeru()
	_, added := compared(t, 2003, 2016, Options{})
	ink := func(opt Options) int {
		img, err := s.Render(t.Context(), v, opt)
		if err != nil {
			t.Fatal(err)
		}
		return countInk(img, markColor)
	}
	dashed := added
	dashed.Mark = MarkGone
	unshown := added
	unshown.Year = 1985 // none of the new features is on the map yet
	tests := []struct {
		desc     string
		opt      Options
		min, max int
	}{
		{desc: "no marks", opt: Options{Year: 2016}, max: 0},
		{desc: "Mark none", opt: Options{Year: 2016, Marked: added.Marked}, max: 0},
		{desc: "solid", opt: added, min: 2000, max: -1},
		{desc: "dashed", opt: dashed, min: 500, max: ink(added) - 500},
		{desc: "features not drawn", opt: unshown, max: 0},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			n := ink(tc.opt)
			if n < tc.min || (tc.max >= 0 && n > tc.max) {
				t.Errorf("%d pixels in the marks' ink, want %d to %d", n, tc.min, tc.max)
			}
		})
	}
}

// countInk counts the pixels of img drawn in c, opaque.
func countInk(img *image.RGBA, c interface{ RGBA() (r, g, b, a uint32) }) int {
	r, g, b, _ := c.RGBA()
	n := 0
	for i := 0; i+3 < len(img.Pix); i += 4 {
		if img.Pix[i+3] == 0xff && uint32(img.Pix[i]) == r>>8 && uint32(img.Pix[i+1]) == g>>8 && uint32(img.Pix[i+2]) == b>>8 {
			n++
		}
	}
	return n
}

// checkClearOfRouteEnds fails when a placed label touches the ring at a
// marked air route's end.
func checkClearOfRouteEnds(t *testing.T, s *Set, v geo.View, opt Options) {
	t.Helper()
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	rings := fr.markObstacles().Boxes
	cands, chosen := fr.placeLabels()
	for i, c := range cands {
		if chosen[i] < 0 {
			continue
		}
		for _, b := range c.Spots[chosen[i]].Boxes {
			for _, r := range rings {
				if b.Overlaps(r) {
					t.Errorf("%q covers the ring at %v", c.Text, r)
				}
			}
		}
	}
}

func TestMarkedIn(t *testing.T) {
	s := testSet(t)
	gone, added := compared(t, 2003, 2016, Options{})
	lima := geo.View{Center: orb.Point{-77.0, -12.05}, Zoom: 11, Width: 800, Height: 600}
	sea := geo.View{Center: orb.Point{-88.0, -25.0}, Zoom: 9, Width: 800, Height: 600}
	tests := []struct {
		desc string
		opt  Options
		v    geo.View
		want func(int) bool
	}{
		{desc: "new since 2003 in Peru", opt: added, v: goldenPeru(), want: func(n int) bool { return n > 20 }},
		{desc: "gone by 2016 in Peru", opt: gone, v: goldenPeru(), want: func(n int) bool { return n >= 1 && n <= len(gone.Marked) }},
		{desc: "out at sea", opt: added, v: sea, want: func(n int) bool { return n == 0 }},
		{desc: "no marks asked for", opt: Options{Year: 2016}, v: lima, want: func(n int) bool { return n == 0 }},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if n := s.MarkedIn(tc.opt, tc.v); !tc.want(n) {
				t.Errorf("MarkedIn = %d", n)
			}
		})
	}
}

func TestOptionsSameAs(t *testing.T) {
	base := Options{Year: 2016, Layers: []data.Layer{data.LayerCocaZone}, Selected: "coca_vraem", Marked: []string{"a"}, Mark: MarkNew}
	tests := []struct {
		desc   string
		change func(*Options)
		same   bool
	}{
		{desc: "a copy", change: func(*Options) {}, same: true},
		{desc: "scale 0 is scale 1", change: func(o *Options) { o.Scale = 1 }, same: true},
		{desc: "other obstacles", change: func(o *Options) { o.Obstacles = func(label.Frame) label.Obstacles { return label.Obstacles{} } }, same: true},
		{desc: "year", change: func(o *Options) { o.Year = 2015 }},
		{desc: "layers", change: func(o *Options) { o.Layers = nil }},
		{desc: "selection", change: func(o *Options) { o.Selected = "" }},
		{desc: "language", change: func(o *Options) { o.Lang = data.LangES }},
		{desc: "user layers hidden", change: func(o *Options) { o.HideUsers = []int{0} }},
		{desc: "marked", change: func(o *Options) { o.Marked = []string{"a", "b"} }},
		{desc: "mark", change: func(o *Options) { o.Mark = MarkGone }},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			o := base
			o.Layers, o.Marked = slices.Clone(base.Layers), slices.Clone(base.Marked)
			tc.change(&o)
			if got := base.SameAs(o); got != tc.same {
				t.Errorf("SameAs = %v, want %v", got, tc.same)
			}
		})
	}
}

// funcSource is a label source of a type == cannot compare.
type funcSource func(label.Frame) []label.Candidate

func (f funcSource) Candidates(fr label.Frame) []label.Candidate { return f(fr) }

func TestOptionsSameAsNames(t *testing.T) {
	names := testNames(t)
	var fs funcSource = func(label.Frame) []label.Candidate { return nil }
	tests := []struct {
		desc string
		a, b label.Source
		same bool
	}{
		{desc: "none", same: true},
		{desc: "the same names", a: names, b: names, same: true},
		{desc: "names and none", a: names},
		{desc: "a source of a type == cannot compare", a: fs, b: fs},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := (Options{Names: tc.a}).SameAs(Options{Names: tc.b}); got != tc.same {
				t.Errorf("SameAs = %v, want %v", got, tc.same)
			}
		})
	}
}

// BenchmarkRenderMarked1080 is BenchmarkRender1080 for the later map of
// a comparison (2003 with 2016): every feature new since 2003 marked, the
// labels kept clear of the marks. Against the unmarked "plain" it shows
// what the marks cost a render of the compare view.
func BenchmarkRenderMarked1080(b *testing.B) {
	s := testSet(b)
	names := testNames(b)
	_, marked := compared(b, 2003, 2016, Options{Names: names})
	plain := Options{Year: 2016, Names: names}
	for _, v := range []struct {
		name string
		v    geo.View
	}{{"peru_z6", peruView()}, {"vraem_z8", vraemView()}} {
		for _, o := range []struct {
			name string
			opt  Options
		}{{"plain", plain}, {"marked", marked}} {
			b.Run(v.name+"/"+o.name, func(b *testing.B) {
				img := image.NewRGBA(image.Rect(0, 0, int(v.v.Width), int(v.v.Height)))
				b.ReportAllocs()
				for b.Loop() {
					clear(img.Pix)
					if err := s.RenderInto(context.Background(), img, v.v, o.opt); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

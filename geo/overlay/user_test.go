package overlay

import (
	"context"
	"errors"
	"image"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// userGolden is the golden of the user fixtures over the atlas: the CSV's
// towns of 2014 and the undated ones as pins (one moved off an atlas
// base), the KML's route and study area.
func userGolden() goldenCase {
	v := userView()
	v.Width, v.Height = 1000, 760
	return goldenCase{desc: "user layers over the atlas in 2014", name: "users_2014", v: v, opt: Options{Year: 2014}}
}

func TestUserGolden(t *testing.T) {
	tc := userGolden()
	goldentest.AssertImage(t, tc.name, drawGolden(t, testUserSet(t), tc))
}

// TestUserGoldenFailsWithoutEachLayer proves the golden guards the user
// layers: without either of them it no longer matches.
func TestUserGoldenFailsWithoutEachLayer(t *testing.T) {
	goldentest.SensitivityTest(t)
	tc := userGolden()
	want := goldentest.Golden(t, tc.name)
	fixtures := userFixtures(t)
	tests := []struct {
		desc   string
		layers []*userlayer.Layer
	}{
		{desc: "no user layer", layers: nil},
		{desc: "without the CSV", layers: fixtures[1:]},
		{desc: "without the KML", layers: fixtures[:1]},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			s, err := testSet(t).WithUsers(tt.layers)
			if err != nil {
				t.Fatal(err)
			}
			d := goldentest.Compare(drawGolden(t, s, tc), want, goldentest.Default())
			if d.OK() {
				t.Errorf("still matches the golden: %v", d)
			}
			t.Logf("%v", d)
		})
	}
}

// TestWithUsersKeepsTheAtlas checks that the atlas draws the same with
// user layers that are not shown, and that WithUsers leaves its receiver
// alone.
func TestWithUsersKeepsTheAtlas(t *testing.T) {
	atlas := testSet(t)
	with := testUserSet(t)
	v := vraemView()
	opt := Options{Year: 2014, HideUsers: []int{0, 1}}
	a, err := atlas.Render(context.Background(), v, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := with.Render(context.Background(), v, opt)
	if err != nil {
		t.Fatal(err)
	}
	if d := goldentest.Compare(b, a, goldentest.Tolerance{}); !d.OK() {
		t.Errorf("hidden user layers change the atlas: %v", d)
	}
	if len(atlas.Users()) != 0 || len(atlas.feats) != atlas.atlas {
		t.Errorf("WithUsers changed its receiver: %d users, %d features", len(atlas.Users()), len(atlas.feats))
	}
	back, err := with.WithUsers(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Users()) != 0 || len(back.feats) != atlas.atlas {
		t.Errorf("WithUsers(nil) kept %d users, %d features", len(back.Users()), len(back.feats))
	}
}

func TestWithUsersRefuses(t *testing.T) {
	bad := &userlayer.Layer{Name: "Broken", File: "broken.geojson",
		Features: []userlayer.Feature{{Name: "Nothing here", Geometry: orb.MultiPoint{}, Index: 1}}}
	tests := []struct {
		desc   string
		layers []*userlayer.Layer
		want   string
	}{
		{desc: "a nil layer", layers: []*userlayer.Layer{nil}, want: "user layer 1: no layer"},
		{desc: "too many layers", layers: make([]*userlayer.Layer, MaxUserLayers+1), want: "at most 32"},
		{desc: "an empty geometry", layers: []*userlayer.Layer{bad}, want: `"Broken" (broken.geojson): Nothing here: empty geometry`},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := testSet(t).WithUsers(tc.layers)
			if !errors.Is(err, ErrUserLayer) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrUserLayer saying %q", err, tc.want)
			}
		})
	}
}

// TestUserHitTest clicks every user feature the golden's view shows in
// 2014 where it is drawn and resolves the id it gets back.
func TestUserHitTest(t *testing.T) {
	s := testUserSet(t)
	v := userView()
	opt := Options{Year: 2014}
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	tests := []struct {
		desc    string
		layer   int
		feature int
		at      func(t *testing.T, ft *feat) geo.Pixel
	}{
		{desc: "a town's pin, moved off an atlas base", layer: 0, feature: 0, at: pinAt(fr)},
		{desc: "an undated town's pin", layer: 0, feature: 4, at: pinAt(fr)},
		{desc: "a route", layer: 1, feature: 0, at: func(_ *testing.T, ft *feat) geo.Pixel {
			x, y := fr.p.pt(alongLine(ft.lines[0], 0.3*lineLength(ft.lines[0])))
			return geo.Pixel{X: x, Y: y}
		}},
		{desc: "inside a study area, away from atlas lines and symbols", layer: 1, feature: 1, at: func(t *testing.T, ft *feat) geo.Pixel {
			return clearInside(t, s, v, opt, ft)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			id := userlayer.FeatureID(tc.layer, tc.feature)
			ft := s.byID[id]
			if ft == nil {
				t.Fatalf("no feature %s", id)
			}
			ids := s.HitTest(v, opt, tc.at(t, ft), 6)
			if len(ids) == 0 || ids[0] != id {
				t.Fatalf("hit %v, want %s first", ids, id)
			}
			l, f, ok := s.UserFeature(ids[0])
			if !ok || l != s.Users()[tc.layer] || f != &l.Features[tc.feature] {
				t.Fatalf("UserFeature(%s) = %v, %v, %v", ids[0], l, f, ok)
			}
			if _, _, ok := s.UserFeature("coca_vraem"); ok {
				t.Error("an atlas id resolves to a user feature")
			}
		})
	}
	if _, _, ok := s.UserFeature(userlayer.FeatureID(2, 0)); ok {
		t.Error("a third layer resolves")
	}
	if _, _, ok := s.UserFeature(userlayer.FeatureID(0, 5)); ok {
		t.Error("a sixth town resolves")
	}
}

// clearInside finds a place inside ft's polygons where a click gets ft
// first, checking on the way that every click inside gets it.
func clearInside(t *testing.T, s *Set, v geo.View, opt Options, ft *feat) geo.Pixel {
	fr := newFrame(s, opt, viewProj(v), v.Width, v.Height)
	x0, y0 := fr.p.pt(ft.min)
	x1, y1 := fr.p.pt(ft.max)
	var found *geo.Pixel
	for y := y0; y < y1; y += 7 {
		for x := x0; x < x1; x += 7 {
			if !inPolygon(ft.polys[0], fr.p.world(x, y)) {
				continue
			}
			ids := s.HitTest(v, opt, geo.Pixel{X: x, Y: y}, 6)
			if !slices.Contains(ids, ft.f.ID) {
				t.Fatalf("a click at %.0f,%.0f inside %s gets %v", x, y, ft.f.ID, ids)
			}
			if found == nil && ids[0] == ft.f.ID {
				found = &geo.Pixel{X: x, Y: y}
			}
		}
	}
	if found == nil {
		t.Fatalf("no click inside %s gets it first", ft.f.ID)
	}
	return *found
}

// pinAt is where fr draws a pin's head.
func pinAt(fr *frame) func(*testing.T, *feat) geo.Pixel {
	return func(_ *testing.T, ft *feat) geo.Pixel {
		q := fr.symbolXY(ft)[0]
		return geo.Pixel{X: q[0], Y: q[1] - 0.3*symbolRadius}
	}
}

// TestUserFeaturesFollowTheYear lists the user features drawn in the
// golden's view year by year: undated ones always, dated ones in their
// years.
func TestUserFeaturesFollowTheYear(t *testing.T) {
	s := testUserSet(t)
	tests := []struct {
		desc string
		year int
		hide []int
		want []string // names, sorted
	}{
		{desc: "before the field trip", year: 2005, want: []string{"San Miguel", "Santa Rosa"}},
		{desc: "the study area's first years", year: 2009, want: []string{"San Miguel", "Santa Rosa", "Study area"}},
		{desc: "2010: Huanta and the route", year: 2010, want: []string{"Bus route", "Huanta", "San Miguel", "Santa Rosa", "Study area"}},
		{desc: "2014: Pichari", year: 2014, want: []string{"Bus route", "Pichari", "San Miguel", "Santa Rosa", "Study area"}},
		{desc: "2016: Kimbiri", year: 2016, want: []string{"Bus route", "Kimbiri", "San Miguel", "Santa Rosa", "Study area"}},
		{desc: "2020: the study is over", year: 2020, want: []string{"Bus route", "San Miguel", "Santa Rosa"}},
		{desc: "the CSV hidden", year: 2014, hide: []int{0}, want: []string{"Bus route", "Study area"}},
	}
	v := userView()
	v.Zoom = 8 // Huanta too
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var got []string
			for _, id := range s.Visible(v, Options{Year: tc.year, HideUsers: tc.hide}) {
				if _, f, ok := s.UserFeature(id); ok {
					got = append(got, f.Name)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("drawn %q, want %q", got, tc.want)
			}
		})
	}
}

func TestUserLegend(t *testing.T) {
	s := testUserSet(t)
	golden := userGolden().v
	tests := []struct {
		desc   string
		opt    Options
		view   *geo.View
		titles []string // the user entries' titles
		counts []int
	}{
		{desc: "2014 anywhere", opt: Options{Year: 2014},
			titles: []string{"Your layer: Pueblos del VRAEM", "Your layer: Field trip"}, counts: []int{3, 2}},
		{desc: "2005 anywhere: the KML has nothing", opt: Options{Year: 2005},
			titles: []string{"Your layer: Pueblos del VRAEM", "Your layer: Field trip"}, counts: []int{2, 0}},
		{desc: "in Spanish", opt: Options{Year: 2016, Lang: data.LangES},
			titles: []string{"Tu capa: Pueblos del VRAEM", "Tu capa: Field trip"}, counts: []int{3, 2}},
		{desc: "the KML hidden", opt: Options{Year: 2014, HideUsers: []int{1}},
			titles: []string{"Your layer: Pueblos del VRAEM"}, counts: []int{3}},
		{desc: "in a view of Lima: nothing of theirs", opt: Options{Year: 2014},
			view:   &geo.View{Center: orb.Point{-77.0, -12.0}, Zoom: 9, Width: 800, Height: 600},
			titles: []string{"Your layer: Pueblos del VRAEM", "Your layer: Field trip"}, counts: []int{0, 0}},
		{desc: "in the golden's view", opt: Options{Year: 2014}, view: &golden,
			titles: []string{"Your layer: Pueblos del VRAEM", "Your layer: Field trip"}, counts: []int{3, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			es := s.Legend(tc.opt)
			if tc.view != nil {
				es = s.LegendIn(tc.opt, *tc.view)
			}
			var titles []string
			var counts []int
			atlasDone := false
			for _, e := range es {
				if e.User == 0 {
					if atlasDone {
						t.Errorf("atlas entry %q after a user entry", e.Title(tc.opt.Lang))
					}
					continue
				}
				atlasDone = true
				titles = append(titles, e.Title(tc.opt.Lang))
				counts = append(counts, e.Count)
				if e.Layer != "" || e.Group != "" {
					t.Errorf("user entry %q has atlas layer %q, group %q", e.Title(tc.opt.Lang), e.Layer, e.Group)
				}
			}
			if !slices.Equal(titles, tc.titles) || !slices.Equal(counts, tc.counts) {
				t.Errorf("user entries %q %v, want %q %v", titles, counts, tc.titles, tc.counts)
			}
		})
	}
	es := s.Legend(Options{Year: 2014})
	csv, kml := es[len(es)-2], es[len(es)-1]
	if csv.Shape != ShapePoint || csv.UserShapes != 1<<ShapePoint {
		t.Errorf("CSV entry: shape %v, shapes %b", csv.Shape, csv.UserShapes)
	}
	if kml.Shape != ShapeLine || kml.UserShapes != 1<<ShapeLine|1<<ShapeArea {
		t.Errorf("KML entry: shape %v, shapes %b", kml.Shape, kml.UserShapes)
	}
	a, b := csv.Swatch(40, 1), kml.Swatch(40, 1)
	if inked(a) < 60 || inked(b) < 200 {
		t.Errorf("swatches ink %d and %d pixels", inked(a), inked(b))
	}
	for _, e := range s.Legend(Options{Year: 2014})[:len(es)-2] {
		if d := goldentest.Compare(e.Swatch(40, 1), a, goldentest.Tolerance{}); d.OK() {
			t.Errorf("the user's pin swatch looks like %q's", e.Title("en"))
		}
	}
}

// inked counts the pixels of img with some opacity.
func inked(img *image.RGBA) int {
	n := 0
	for i := 3; i < len(img.Pix); i += 4 {
		if img.Pix[i] > 0 {
			n++
		}
	}
	return n
}

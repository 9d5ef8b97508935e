package search

import (
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

func testIndex(t testing.TB) *Index {
	t.Helper()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return New(ds, gaz)
}

// name is what a hit is called, for messages and matching.
func name(h Hit) string {
	if h.IsFeature() {
		return h.Feature.Name + " / " + h.Feature.NameES
	}
	return h.Place.Name + " (" + h.Place.Country + ")"
}

// rank is how well a folded name matches the folded query: 0 at its
// start, 1 at a word's start, 2 inside a word.
func rank(key, q string) int {
	switch {
	case strings.HasPrefix(key, q):
		return 0
	case strings.Contains(key, " "+q):
		return 1
	}
	return 2
}

func TestFind(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		desc, query  string
		want         string // a hit whose name contains this
		wantFirst    string // the first hit's name contains this, when set
		wantFeatures bool   // the first hit is a feature
	}{
		{desc: "accents optional", query: "Apurimac", want: "Apurímac"},
		{desc: "feature by name, any case", query: "vraem", want: "VRAEM", wantFirst: "VRAEM", wantFeatures: true},
		{desc: "Spanish name", query: "narcovuelos", want: "Narcovuelos", wantFeatures: true},
		{desc: "port feature before the town", query: "callao", want: "Callao (PE)", wantFirst: "Callao (Lima)", wantFeatures: true},
		{desc: "town with a tilde typed without it", query: "tingo maria", want: "Tingo María (PE)"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			hits := ix.Find(tc.query, 10)
			if len(hits) == 0 {
				t.Fatalf("Find(%q) found nothing", tc.query)
			}
			found := false
			for _, h := range hits {
				found = found || strings.Contains(name(h), tc.want)
			}
			if !found {
				t.Errorf("Find(%q) has no hit with %q", tc.query, tc.want)
			}
			if tc.wantFirst != "" && !strings.Contains(name(hits[0]), tc.wantFirst) {
				t.Errorf("Find(%q) starts with %s, want %q", tc.query, name(hits[0]), tc.wantFirst)
			}
			if tc.wantFeatures && !hits[0].IsFeature() {
				t.Errorf("Find(%q) starts with the place %s, want a feature", tc.query, name(hits[0]))
			}
		})
	}
}

func TestFindRanks(t *testing.T) {
	ix := testIndex(t)
	for _, query := range []string{"vraem", "lima", "san juan", "huallaga", "puno"} {
		t.Run(query, func(t *testing.T) {
			q := gazetteer.Fold(query)
			hits := ix.Find(query, 10)
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			for i := 1; i < len(hits); i++ {
				prev, cur := hits[i-1], hits[i]
				switch {
				case !prev.IsFeature() && cur.IsFeature():
					t.Errorf("feature %s after place %s", name(cur), name(prev))
				case prev.IsFeature() && cur.IsFeature():
					a := rank(gazetteer.Key(prev.Feature.Name+" "+prev.Feature.NameES), q)
					b := rank(gazetteer.Key(cur.Feature.Name+" "+cur.Feature.NameES), q)
					if a > b {
						t.Errorf("%s (match %d) before %s (match %d)", name(prev), a, name(cur), b)
					}
				case !prev.IsFeature() && !cur.IsFeature():
					if prev.Place.Country != "PE" && cur.Place.Country == "PE" {
						t.Errorf("Peruvian %s after %s abroad", name(cur), name(prev))
					}
				}
			}
			for _, h := range hits {
				wantZoom := float64(PlaceZoom)
				if h.IsFeature() {
					wantZoom = FeatureZoom
					if !h.Feature.Geometry.Bound().Contains(h.Point) {
						t.Errorf("%s: point %v outside the feature", name(h), h.Point)
					}
				} else if h.Point != h.Place.Point {
					t.Errorf("%s: point %v, want the place's %v", name(h), h.Point, h.Place.Point)
				}
				if h.Zoom != wantZoom {
					t.Errorf("%s: zoom %v, want %v", name(h), h.Zoom, wantZoom)
				}
			}
		})
	}
}

func TestFindLimits(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		desc, query string
		limit, want int
	}{
		{desc: "one letter does not search", query: "a", limit: 10, want: 0},
		{desc: "one letter and punctuation", query: " ¿a? ", limit: 10, want: 0},
		{desc: "empty", query: "", limit: 10, want: 0},
		{desc: "no room", query: "lima", limit: 0, want: 0},
		{desc: "cut at the limit", query: "san", limit: 3, want: 3},
		{desc: "nothing matches", query: "zzqx", limit: 10, want: 0},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := ix.Find(tc.query, tc.limit); len(got) != tc.want {
				t.Errorf("Find(%q, %d): %d hits, want %d", tc.query, tc.limit, len(got), tc.want)
			}
		})
	}
	if got := New(nil, nil).Find("vraem", 10); len(got) != 0 {
		t.Errorf("an empty index found %d hits", len(got))
	}
}

func TestSuggest(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		desc, query, want string
	}{
		{desc: "misspelt port", query: "Calao", want: "Callao"},
		{desc: "misspelt feature", query: "Huallga", want: "Huallaga"},
		{desc: "misspelt Spanish name", query: "Narcovuleos", want: "Narcovuelos"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if hits := ix.Find(tc.query, 10); len(hits) != 0 {
				t.Fatalf("Find(%q) found %s: not a misspelling", tc.query, name(hits[0]))
			}
			hits := ix.Suggest(tc.query, 5)
			if len(hits) == 0 || !strings.Contains(name(hits[0]), tc.want) {
				var got []string
				for _, h := range hits {
					got = append(got, name(h))
				}
				t.Errorf("Suggest(%q) = %v, want %q first", tc.query, got, tc.want)
			}
		})
	}
	if got := ix.Suggest("zzqxw", 5); len(got) != 0 {
		t.Errorf("Suggest(zzqxw) = %d hits, want none", len(got))
	}
	if got := ix.Suggest("Calao", 0); len(got) != 0 {
		t.Errorf("Suggest with no room gave %d hits", len(got))
	}
}

func TestFindOtherSpellings(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{"Cuzco", "Cusco"} {
		var place, feature bool
		for _, h := range ix.Find(q, 10) {
			place = place || (!h.IsFeature() && h.Place.Name == "Cusco")
			feature = feature || (h.IsFeature() && strings.Contains(strings.ToLower(h.Feature.Name+h.Feature.NameES), "cuzco"))
		}
		if !place || !feature {
			t.Errorf("Find(%q): the town Cusco found %v, a feature naming Cuzco found %v; want both", q, place, feature)
		}
	}
}

// BenchmarkFind measures one keystroke's search: every feature and place.
func BenchmarkFind(b *testing.B) {
	ix := testIndex(b)
	b.ReportAllocs()
	for b.Loop() {
		ix.Find("apurimac", 10)
	}
}

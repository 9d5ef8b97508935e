package session

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// memStore is a Store in memory.
type memStore map[string]any

func (m memStore) String(k string) string { return m.StringWithFallback(k, "") }
func (m memStore) StringWithFallback(k, fb string) string {
	if v, ok := m[k].(string); ok {
		return v
	}
	return fb
}
func (m memStore) IntWithFallback(k string, fb int) int {
	if v, ok := m[k].(int); ok {
		return v
	}
	return fb
}
func (m memStore) Float(k string) float64 {
	v, _ := m[k].(float64)
	return v
}
func (m memStore) SetString(k, v string)        { m[k] = v }
func (m memStore) SetInt(k string, v int)       { m[k] = v }
func (m memStore) SetFloat(k string, v float64) { m[k] = v }
func (m memStore) RemoveValue(k string)         { delete(m, k) }

// peru is the bound a remembered view's centre must lie in.
var peru = orb.Bound{Min: orb.Point{-86, -23}, Max: orb.Point{-64, 4}}

func dataset(t *testing.T) *data.Dataset {
	t.Helper()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func circle() *annotation.Set {
	return &annotation.Set{Version: annotation.Version, Annotations: []annotation.Annotation{
		{ID: "a1", Kind: annotation.KindCircle, At: orb.Point{-74, -12.4}, RadiusKm: 60, Color: "#0072b2"},
	}}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	ds := dataset(t)
	s := Default(ds)
	s.Year, s.Selected, s.Zoom, s.Center = 2003, "coca_vraem", 7.5, orb.Point{-74, -12}
	s.Groups["events"] = false
	s.Basemap = "opentopomap"
	s.Annotations = circle()
	s.UserFiles = []UserFile{
		{Path: "/home/ana/pueblos.csv", DateOrder: userlayer.DayFirst},
		{Path: "/home/ana/salida de campo.kml", Hidden: true},
	}
	p := memStore{}
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := Load(p, ds, peru)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, s) {
		t.Errorf("restored %+v,\nwant what was saved %+v", got, s)
	}
}

func TestLoadFallsBack(t *testing.T) {
	ds := dataset(t)
	tests := []struct {
		desc    string
		prefs   memStore
		check   func(t *testing.T, s State)
		wantErr bool
	}{
		{desc: "first start", prefs: memStore{}, check: func(t *testing.T, s State) {
			if !reflect.DeepEqual(s, Default(ds)) {
				t.Errorf("got %+v, want the default", s)
			}
		}},
		{desc: "year before the timeline", prefs: memStore{prefYear: 1950}, check: func(t *testing.T, s State) {
			if s.Year != ds.LatestYear() {
				t.Errorf("year %d, want the latest %d", s.Year, ds.LatestYear())
			}
		}},
		{desc: "year after the data", prefs: memStore{prefYear: 2090}, check: func(t *testing.T, s State) {
			if s.Year != ds.LatestYear() {
				t.Errorf("year %d, want the latest %d", s.Year, ds.LatestYear())
			}
		}},
		{desc: "a feature no longer in the data", prefs: memStore{prefSelected: "gone_feature"}, check: func(t *testing.T, s State) {
			if s.Selected != "" {
				t.Errorf("selected %q, want none", s.Selected)
			}
		}},
		{desc: "a view outside the limits", prefs: memStore{prefZoom: 9.0, prefLon: 10.0, prefLat: 50.0}, check: func(t *testing.T, s State) {
			if s.Zoom != 0 {
				t.Errorf("zoom %v, want 0 (fit Peru)", s.Zoom)
			}
		}},
		{desc: "a NaN zoom", prefs: memStore{prefZoom: math.NaN(), prefLon: -75.0, prefLat: -10.0}, check: func(t *testing.T, s State) {
			if s.Zoom != 0 {
				t.Errorf("zoom %v, want 0 (fit Peru)", s.Zoom)
			}
		}},
		{desc: "an infinite centre", prefs: memStore{prefZoom: 7.0, prefLon: math.Inf(-1), prefLat: -10.0}, check: func(t *testing.T, s State) {
			if s.Zoom != 0 || s.Center != (orb.Point{}) {
				t.Errorf("view %v at %v, want Peru fitted", s.Center, s.Zoom)
			}
		}},
		{desc: "a zoom past any map", prefs: memStore{prefZoom: 1e9, prefLon: -75.0, prefLat: -10.0}, check: func(t *testing.T, s State) {
			if s.Zoom != 0 {
				t.Errorf("zoom %v, want 0 (fit Peru)", s.Zoom)
			}
		}},
		{desc: "some layer groups", prefs: memStore{prefLayers: "coca, events,nonsense"}, check: func(t *testing.T, s State) {
			for _, g := range data.Groups() {
				if want := g.Name == "coca" || g.Name == "events"; s.Groups[g.Name] != want {
					t.Errorf("group %s on = %v, want %v", g.Name, s.Groups[g.Name], want)
				}
			}
		}},
		{desc: "damaged annotations", prefs: memStore{prefAnnotations: `{"version": 1, "annotations": [{"kind": "star"}]}`, prefYear: 2001}, wantErr: true,
			check: func(t *testing.T, s State) {
				if s.Annotations == nil || len(s.Annotations.Annotations) != 0 {
					t.Errorf("annotations %+v, want none", s.Annotations)
				}
				if s.Year != 2001 {
					t.Errorf("year %d, want the rest restored (2001)", s.Year)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s, err := Load(tc.prefs, ds, peru)
			if (err != nil) != tc.wantErr {
				t.Errorf("error %v, want one: %v", err, tc.wantErr)
			}
			if err != nil && !errors.Is(err, annotation.ErrInvalid) {
				t.Errorf("error %v does not wrap annotation.ErrInvalid", err)
			}
			tc.check(t, s)
		})
	}
}

func TestSaveWithoutAnnotationsClearsThem(t *testing.T) {
	ds := dataset(t)
	p := memStore{prefAnnotations: "stale"}
	if err := Default(ds).Save(p); err != nil {
		t.Fatal(err)
	}
	if _, ok := p[prefAnnotations]; ok {
		t.Error("saving no annotations left the old ones")
	}
}

func TestSceneRoundTrip(t *testing.T) {
	ds := dataset(t)
	s := Default(ds)
	s.Year, s.Selected, s.Zoom, s.Center, s.Basemap = 2009, "coca_vraem", 8, orb.Point{-74, -12.4}, "opentopomap"
	s.Groups["coca"], s.Groups["events"] = false, false
	s.Annotations = circle()
	sc := s.Scene()
	if sc.Year != 2009 || sc.Selected != "coca_vraem" || sc.Zoom != 8 || sc.Center != s.Center {
		t.Errorf("scene %+v does not hold the view, year and selection", sc)
	}
	if slices.Contains(sc.Layers, "coca") || !slices.Contains(sc.Layers, "sendero") {
		t.Errorf("scene layers %v, want the groups on", sc.Layers)
	}
	back := Default(ds).WithScene(sc)
	back.Basemap = s.Basemap // a scene does not carry the basemap
	if !reflect.DeepEqual(back, s) {
		t.Errorf("state from the scene %+v,\nwant %+v", back, s)
	}
	sc.Annotations[0].Text = "changed in the lesson"
	if s.Annotations.Annotations[0].Text != "" || back.Annotations.Annotations[0].Text != "" {
		t.Error("scene and state share their annotations")
	}
}

func TestWithScene(t *testing.T) {
	ds := dataset(t)
	start := Default(ds)
	start.Basemap = "osm"
	tests := []struct {
		desc       string
		scene      lesson.Scene
		wantGroups []string
	}{
		{desc: "no layers", scene: lesson.Scene{Year: 1990, Zoom: 6}, wantGroups: nil},
		{desc: "two groups", scene: lesson.Scene{Year: 2012, Zoom: 8, Layers: []string{"coca", "events"}}, wantGroups: []string{"coca", "events"}},
		{desc: "an unknown group is ignored", scene: lesson.Scene{Year: 2012, Zoom: 8, Layers: []string{"coca", "unicorns"}}, wantGroups: []string{"coca"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s := start.WithScene(tc.scene)
			if s.Basemap != "osm" {
				t.Errorf("basemap %q, want it kept", s.Basemap)
			}
			if s.Year != tc.scene.Year || s.Zoom != tc.scene.Zoom {
				t.Errorf("year %d zoom %v, want the scene's", s.Year, s.Zoom)
			}
			if got := s.groupsOn(); !slices.Equal(got, tc.wantGroups) && (len(got) != 0 || len(tc.wantGroups) != 0) {
				t.Errorf("groups on %v, want %v", got, tc.wantGroups)
			}
			if len(s.Groups) != len(data.Groups()) {
				t.Errorf("%d groups set, want every one of the %d", len(s.Groups), len(data.Groups()))
			}
			if !start.Groups["coca"] || !start.Groups["sendero"] {
				t.Error("WithScene changed the state it was called on")
			}
			if s.Annotations == nil || s.Annotations.Version != annotation.Version {
				t.Errorf("annotations %+v, want a set of the current version", s.Annotations)
			}
		})
	}
}

func TestLayers(t *testing.T) {
	ds := dataset(t)
	s := Default(ds)
	if got := s.Layers(); len(got) != len(data.Layers()) {
		t.Errorf("all groups on: %d layers, want all %d", len(got), len(data.Layers()))
	}
	for g := range s.Groups {
		s.Groups[g] = false
	}
	if got := s.Layers(); got == nil || len(got) != 0 {
		t.Errorf("no group on: %v, want an empty list (nil means every layer)", got)
	}
}

// FuzzLoad: whatever a damaged or hand-edited preferences file holds,
// Load returns a state the window can show: a year on the timeline, a
// view of finite numbers within the limits (or Peru fitted), a selection
// of a real feature, and annotations that validate.
func FuzzLoad(f *testing.F) {
	f.Add(2015, "all", "vraem_2013", -74.0, -12.0, 8.0, `{"version": 1, "annotations": []}`)
	f.Add(0, "coca,,events", "", math.NaN(), math.Inf(1), -1.0, `{"version": 1, "annotations": [{"kind": "text", "at": [-74, -12], "text": "x"}]}`)
	ds, err := data.Embedded()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, year int, layers, selected string, lon, lat, zoom float64, notes string) {
		p := memStore{prefYear: year, prefLayers: layers, prefSelected: selected, prefLon: lon, prefLat: lat, prefZoom: zoom, prefAnnotations: notes}
		s, _ := Load(p, ds, peru)
		if s.Year < FirstYear || s.Year > ds.LatestYear() {
			t.Errorf("year %d off the timeline", s.Year)
		}
		if s.Zoom != 0 && !usableView(s.Center, s.Zoom, peru) {
			t.Errorf("view %v at zoom %v cannot be shown", s.Center, s.Zoom)
		}
		if _, ok := ds.ByID(s.Selected); s.Selected != "" && !ok {
			if _, _, user := userlayer.ParseFeatureID(s.Selected); !user || len(s.UserFiles) == 0 {
				t.Errorf("selected %q is no feature", s.Selected)
			}
		}
		if s.Annotations != nil {
			if err := s.Annotations.Validate(); err != nil {
				t.Errorf("annotations kept that do not validate: %v", err)
			}
		}
	})
}

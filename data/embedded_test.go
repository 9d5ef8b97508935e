package data_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

func TestEmbeddedIsValid(t *testing.T) {
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sources) != 5 {
		t.Errorf("got %d sources, want the 5 articles", len(d.Sources))
	}
	for _, p := range d.Validate(data.Options{}) {
		t.Error(p)
	}
	for _, l := range data.Layers() {
		if len(d.Layer(l)) == 0 {
			t.Errorf("layer %s is empty", l)
		}
	}
	for _, s := range d.Sources {
		if len(d.CitedBy(s.ID)) == 0 {
			t.Errorf("source %s is never cited", s.ID)
		}
	}
}

// TestEmbeddedHardConflicts checks that the disagreements the atlas must
// surface are present as conflicts with two cited versions, on the features
// they concern.
func TestEmbeddedHardConflicts(t *testing.T) {
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc, feature, topic string
	}{
		{desc: "peak strength", feature: "sendero_liberated_zones", topic: "strength at its peak"},
		{desc: "MOVADEF founding", feature: "sendero_movadef_campuses", topic: "MOVADEF was founded"},
		{desc: "William's death", feature: "event_william_killed_2012", topic: "Comrade William"},
		{desc: "coal port", feature: "route_coal_case_2014", topic: "coal shipment"},
		{desc: "coal port on the seizure", feature: "event_coal_seizure_2014", topic: "coal shipment"},
		{desc: "Artemio's name", feature: "event_artemio_capture_2012", topic: "Artemio's real name"},
		{desc: "first military focus (Upper Huallaga)", feature: "event_campaign_upper_huallaga", topic: "first concentrated"},
		{desc: "first military focus (VRAEM)", feature: "event_excellence_777_2008", topic: "first concentrated"},
		{desc: "Sendero grows or taxes", feature: "sendero_vraem_faction", topic: "growing or taxing"},
		{desc: "interdiction about to resume", feature: "event_interdiction_bill_2015", topic: "about to resume"},
		{desc: "what was cut (eradication)", feature: "event_eradication_upper_huallaga", topic: "What was cut"},
		{desc: "what was cut (coca zone)", feature: "coca_upper_huallaga", topic: "What was cut"},
		{desc: "turn to the drug trade", feature: "event_techint_attack_2003", topic: "turned to the drug trade"},
		{desc: "turn to the drug trade (1980s)", feature: "sendero_liberated_zones", topic: "turned to the drug trade"},
	}
	for _, tt := range tests {
		f, ok := d.ByID(tt.feature)
		if !ok {
			t.Errorf("%s: no feature %s", tt.desc, tt.feature)
			continue
		}
		found := false
		for _, c := range f.Conflicts {
			if strings.Contains(c.Topic, tt.topic) && len(c.Versions) >= 2 {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %s has no conflict about %q", tt.desc, tt.feature, tt.topic)
		}
	}
}

// TestEmbeddedPlacesMatchGazetteer checks that every town- or point-precise
// feature lies within 5 km of a gazetteer place it names.
func TestEmbeddedPlacesMatchGazetteer(t *testing.T) {
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range d.Features {
		for _, id := range f.GeoNames {
			if _, ok := gaz.ByID(id); !ok {
				t.Errorf("%s: GeoNames id %d not in the gazetteer", f.ID, id)
			}
		}
		if f.Precision != data.PrecisionTown && f.Precision != data.PrecisionPoint {
			continue
		}
		var pts []orb.Point
		switch g := f.Geometry.(type) {
		case orb.Point:
			pts = []orb.Point{g}
		case orb.MultiPoint:
			pts = g
		}
		for _, p := range pts {
			best := -1.0
			for _, id := range f.GeoNames {
				place, _ := gaz.ByID(id)
				if km := gazetteer.DistanceKm(p, place.Point); best < 0 || km < best {
					best = km
				}
			}
			checked++
			if best < 0 || best > 5 {
				t.Errorf("%s: point %v is %.1f km from its nearest named gazetteer place (max 5)", f.ID, p, best)
			}
		}
	}
	if checked == 0 {
		t.Error("no town or point features checked")
	}
}

func TestDatasetHelpers(t *testing.T) {
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if got := d.LatestYear(); got != 2022 {
		t.Errorf("LatestYear = %d, want 2022 (the newest article)", got)
	}
	in2012 := map[string]bool{}
	for _, f := range d.Features {
		if !f.OnMapIn(2012, nil) {
			continue
		}
		in2012[f.ID] = true
	}
	if !in2012["event_artemio_capture_2012"] || in2012["event_coal_seizure_2014"] {
		t.Errorf("OnMapIn(2012) wrong: capture %v, 2014 seizure %v",
			in2012["event_artemio_capture_2012"], in2012["event_coal_seizure_2014"])
	}
	if _, ok := d.Source("001_505aaea126daeac0"); !ok {
		t.Error("Source(001...) not found")
	}
}

func TestValidateFS(t *testing.T) {
	good, err := fs.ReadFile(data.EmbeddedFS(), "event.geojson")
	if err != nil {
		t.Fatal(err)
	}
	src, err := fs.ReadFile(data.EmbeddedFS(), data.SourcesFile)
	if err != nil {
		t.Fatal(err)
	}
	emb, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(good), `"source": "002_e0c8b671930bd594"`, `"source": "999_unknown"`, 1)
	broken = strings.Replace(broken, `"locator": "para 9 (The Challenge of the Shining Path)"`, `"locator": ""`, 1)
	tests := []struct {
		desc      string
		fsys      fstest.MapFS
		name      string
		wantFiles int
		want      []string // substrings of problems; none means valid
	}{
		{desc: "embedded copy", fsys: fstest.MapFS{"d/event.geojson": {Data: good}, "d/sources.json": {Data: src}},
			name: "d", wantFiles: 1},
		{desc: "single file against the embedded bibliography", fsys: fstest.MapFS{"event.geojson": {Data: good}},
			name: "event.geojson", wantFiles: 1},
		{desc: "broken copy names file, feature and problem", fsys: fstest.MapFS{"d/event.geojson": {Data: []byte(broken)}},
			name: "d", wantFiles: 1, want: []string{`d/event.geojson: feature`, `unknown source "999_unknown"`, "has no locator"}},
		{desc: "bad JSON next to good file", fsys: fstest.MapFS{"d/a.geojson": {Data: []byte("{")}, "d/event.geojson": {Data: good}},
			name: "d", wantFiles: 2, want: []string{"d/a.geojson: load d/a.geojson"}},
		{desc: "empty directory", fsys: fstest.MapFS{"d/readme.txt": {Data: []byte("x")}}, name: "d",
			want: []string{"no .geojson files"}},
		{desc: "broken own bibliography", fsys: fstest.MapFS{"d/sources.json": {Data: []byte("[")}, "d/event.geojson": {Data: good}},
			name: "d", wantFiles: 1, want: []string{"d/sources.json"}},
	}
	for _, tt := range tests {
		rep, err := data.ValidateFS(tt.fsys, tt.name, emb, data.Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.desc, err)
			continue
		}
		if rep.Files != tt.wantFiles {
			t.Errorf("%s: Files = %d, want %d", tt.desc, rep.Files, tt.wantFiles)
		}
		var all []string
		for _, p := range rep.Problems {
			all = append(all, p.String())
		}
		text := strings.Join(all, "\n")
		if len(tt.want) == 0 && !rep.OK() {
			t.Errorf("%s: want valid, got\n%s", tt.desc, text)
		}
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: problems do not mention %q:\n%s", tt.desc, w, text)
			}
		}
	}
	if _, err := data.ValidateFS(fstest.MapFS{}, "missing", nil, data.Options{}); err == nil {
		t.Error("missing path: want an error")
	}
}

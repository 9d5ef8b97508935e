package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		msg  string
	}{
		{desc: "not JSON", in: `{`, msg: "load f.geojson"},
		{desc: "wrong top type", in: `{"type":"Feature"}`, msg: "want FeatureCollection"},
		{desc: "wrong feature type", in: `{"type":"FeatureCollection","features":[{"type":"Point"}]}`, msg: "feature #0"},
		{desc: "no properties", in: `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}`, msg: "no properties"},
		{desc: "no period", in: `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"id":"a"}}]}`,
			msg: "feature a: data: malformed file: no period"},
		{desc: "bad geometry", in: `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Blob"},"properties":{"id":"a","period":{"from":2000}}}]}`,
			msg: "load f.geojson"},
		{desc: "garbage after the collection", in: `{"type":"FeatureCollection","features":[]}}}}garbage`, msg: "text after the JSON document"},
		{desc: "a second collection", in: "{\"type\":\"FeatureCollection\",\"features\":[]}\n{\"type\":\"FeatureCollection\",\"features\":[]}", msg: "text after the JSON document"},
		{desc: "Latin-1 text", in: "{\"type\":\"FeatureCollection\",\"name\":\"Apur\xedmac\",\"features\":[]}", msg: "save it as UTF-8"},
		{desc: "a top-level id that contradicts properties.id", in: `{"type":"FeatureCollection","features":[{"type":"Feature","id":"b","geometry":null,"properties":{"id":"a","period":{"from":2000}}}]}`,
			msg: `top-level id "b" differs from properties.id "a"`},
		{desc: "a numeric top-level id", in: `{"type":"FeatureCollection","features":[{"type":"Feature","id":5,"geometry":null,"properties":{"id":"a","period":{"from":2000}}}]}`,
			msg: `top-level id 5 differs`},
		{desc: "empty", in: "", msg: "empty file"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in), "f.geojson")
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err = %v, want it to contain %q", tt.desc, err, tt.msg)
		}
		if err != nil && !errors.Is(err, ErrFormat) && tt.desc != "bad geometry" {
			t.Errorf("%s: err %v does not wrap ErrFormat", tt.desc, err)
		}
	}
}

func TestParseAcceptsByteOrderMark(t *testing.T) {
	in := "\xEF\xBB\xBF" + `{"type":"FeatureCollection","features":[{"type":"Feature","id":"a","geometry":null,"properties":{"id":"a","period":{"from":2000}}}]}`
	fs, err := Parse(strings.NewReader(in), "bom.geojson")
	if err != nil || len(fs) != 1 {
		t.Fatalf("a UTF-8 byte order mark: %v", err)
	}
}

func TestParseLimits(t *testing.T) {
	feature := `{"type":"Feature","geometry":{"type":"Point","coordinates":[-75,-10]},"properties":{"id":"a","period":{"from":2000}}}`
	many := `{"type":"FeatureCollection","features":[` + strings.Repeat(feature+",", MaxFeatures) + feature + `]}`
	if _, err := Parse(strings.NewReader(many), "many.geojson"); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("%d features: %v, want a refusal", MaxFeatures+1, err)
	}
}

func TestMarshalParseRoundTrip(t *testing.T) {
	f := validFeature()
	f.Figures = []Figure{{What: "flights", Value: 6, Max: 10, Unit: "per day", Approximate: true, Certainty: CertaintyEstimated}}
	f.Conflicts = []Conflict{{Topic: "t", TopicES: "t es", Severity: "hard", Versions: []Version{
		{Claim: "a", ClaimES: "a es", Citations: f.Citations, Certainty: CertaintyPossible},
		{Claim: "b", ClaimES: "b es", Citations: f.Citations}}}}
	f.Claims = []Claim{{Text: "c", TextES: "c es", Certainty: CertaintyInferred, Citations: f.Citations}}
	f.PlaceInferred = true
	f.Period = Period{From: 2012, To: ptr(2012), Inferred: true, ImpliedFrom: 2009}
	f.Mode, f.ModeAssumed, f.GeoNames = ModeRoad, true, []int{3691324}
	g := validFeature()
	g.ID, g.Geometry, g.Period, g.Precision = "zone_y", orb.Polygon{{{-76, -8}, {-75, -8}, {-75, -9}, {-76, -8}}}, Period{From: 2011}, PrecisionRegion
	b, err := MarshalCollection("event", []Feature{f, g})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(bytes.NewReader(b), "event.geojson")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d features, want 2", len(got))
	}
	b2, err := MarshalCollection("event", got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Errorf("round trip changed the file:\n%s\n---\n%s", b, b2)
	}
	if got[1].Period.To != nil || got[0].File != "event.geojson" {
		t.Errorf("period or file lost: %+v", got)
	}
	if g := got[0]; len(g.Claims) != 1 || g.Claims[0].Certainty != CertaintyInferred || !g.PlaceInferred ||
		!g.Period.Inferred || g.Period.ImpliedFrom != 2009 || g.Figures[0].Certainty != CertaintyEstimated ||
		g.Conflicts[0].Versions[0].Certainty != CertaintyPossible {
		t.Errorf("certainty, claims or inferences lost: %+v", g)
	}
	if !bytes.Contains(b, []byte(`"claims"`)) || bytes.Count(b, []byte(`"place_inferred"`)) != 1 {
		t.Errorf("claims and place_inferred should appear once, only where set:\n%s", b)
	}
}

func TestMarshalNeedsGeometry(t *testing.T) {
	f := validFeature()
	f.Geometry = nil
	if _, err := MarshalCollection("event", []Feature{f}); !errors.Is(err, ErrFormat) {
		t.Errorf("err = %v, want ErrFormat", err)
	}
}

// FuzzParse feeds the loader mutations of the embedded data, one feature
// per seed (small seeds keep the fuzzer fast): it must never panic, and
// whatever it accepts must survive validation and re-encoding.
func FuzzParse(f *testing.F) {
	names, err := FeatureFiles(EmbeddedFS(), ".")
	if err != nil {
		f.Fatal(err)
	}
	for _, n := range names {
		b, err := fs.ReadFile(EmbeddedFS(), n)
		if err != nil {
			f.Fatal(err)
		}
		feats, err := Parse(bytes.NewReader(b), n)
		if err != nil {
			f.Fatal(err)
		}
		for _, feat := range feats {
			seed, err := MarshalCollection("seed", []Feature{feat})
			if err != nil {
				f.Fatal(err)
			}
			f.Add(seed)
		}
	}
	f.Add([]byte(`{"type":"FeatureCollection","features":[]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1]},"properties":{"period":{"from":1}}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fs, err := Parse(bytes.NewReader(b), "fuzz.geojson")
		if err != nil {
			return
		}
		d := &Dataset{Sources: testSources(), Features: fs}
		_ = d.Validate(Options{CurrentYear: 2026})
		_, _ = d.ByID("x")
		var ok []Feature
		for _, x := range fs {
			if x.Geometry != nil {
				ok = append(ok, x)
			}
		}
		if _, err := MarshalCollection("fuzz", ok); err != nil {
			t.Errorf("re-encoding parsed features: %v", err)
		}
	})
}

// TestParseSourcesIsStrict: a bibliography is read under the rules of the
// data files, and a misspelt member is named rather than dropped.
func TestParseSourcesIsStrict(t *testing.T) {
	tests := []struct {
		desc, in, want string
	}{
		{desc: "valid, with a byte order mark", in: "\ufeff" + `[{"id": "s1", "title": "T"}]`},
		{desc: "a misspelt member", in: `[{"id": "s1", "titel": "T"}]`, want: `"titel"`},
		{desc: "text after the array", in: `[{"id": "s1", "title": "T"}] [ ]`, want: "text after"},
		{desc: "Latin-1", in: "[{\"id\": \"s1\", \"title\": \"Per\xfa\"}]", want: "UTF-8"},
		{desc: "not an array", in: `{"id": "s1"}`, want: "sources.json"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := ParseSources(strings.NewReader(tc.in), "sources.json")
			if (err != nil) != (tc.want != "") || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
			if err != nil && !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

// FuzzParseSources: the bibliography loader never panics, and what it
// accepts re-encodes and reads back the same.
func FuzzParseSources(f *testing.F) {
	b, err := fs.ReadFile(EmbeddedFS(), "sources.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`[{"id": "s1", "title": "T", "year": 2015, "date_inferred": true}]`))
	f.Fuzz(func(t *testing.T, in []byte) {
		src, err := ParseSources(bytes.NewReader(in), "fuzz.json")
		if err != nil {
			return
		}
		out, err := json.Marshal(src)
		if err != nil {
			t.Fatalf("accepted sources do not re-encode: %v", err)
		}
		again, err := ParseSources(bytes.NewReader(out), "again.json")
		if err != nil || len(again) != len(src) {
			t.Fatalf("re-encoded sources read back as %d, %v; want %d", len(again), err, len(src))
		}
	})
}

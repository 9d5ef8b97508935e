package exchange

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/perutraffickingatlas/atlas/data"
)

func writeGeoJSON(t *testing.T, ds *data.Dataset, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteGeoJSON(&buf, ds, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGeoJSONContract checks that the export keeps the documented
// properties contract: the atlas's own parser reads it back to the same
// features, periods, names, citations and geometry.
func TestGeoJSONContract(t *testing.T) {
	ds := embedded(t)
	got, err := data.Parse(bytes.NewReader(writeGeoJSON(t, ds, Options{})), "atlas.geojson")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Features(ds, Options{})
	if len(got) != len(want) {
		t.Fatalf("%d features, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.ID || g.Layer != w.Layer || g.Name != w.Name || g.NameES != w.NameES ||
			g.Period.String() != w.Period.String() || g.Summary != w.Summary || len(g.Citations) != len(w.Citations) ||
			len(g.Claims) != len(w.Claims) || len(g.Conflicts) != len(w.Conflicts) || len(g.Figures) != len(w.Figures) {
			t.Errorf("feature %d: got %s %q %v, want %s %q %v", i, g.ID, g.Name, g.Period, w.ID, w.Name, w.Period)
			continue
		}
		if !sameShape(g.Geometry, w.Geometry) {
			t.Errorf("%s: geometry %s changed", w.ID, w.Geometry.GeoJSONType())
		}
	}
	if problems := (&data.Dataset{Sources: ds.Sources, Features: got}).Validate(data.Options{}); len(problems) > 0 {
		t.Errorf("the export does not validate as atlas data: %v", problems[0])
	}
}

// sameShape reports whether a and b have the same type and points (to
// 1e-6 degrees), ring order and winding aside.
func sameShape(a, b orb.Geometry) bool {
	if a.GeoJSONType() != b.GeoJSONType() {
		return false
	}
	pa, pb := points(a), points(b)
	if len(pa) != len(pb) {
		return false
	}
	count := map[[2]int64]int{}
	for _, p := range pa {
		count[key(p)]++
	}
	for _, p := range pb {
		count[key(p)]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

func key(p orb.Point) [2]int64 {
	return [2]int64{int64(math.Round(p[0] * 1e6)), int64(math.Round(p[1] * 1e6))}
}

func points(g orb.Geometry) []orb.Point {
	var out []orb.Point
	switch g := g.(type) {
	case orb.Point:
		out = append(out, g)
	case orb.MultiPoint:
		out = append(out, g...)
	case orb.LineString:
		out = append(out, g...)
	case orb.MultiLineString:
		for _, l := range g {
			out = append(out, l...)
		}
	case orb.Polygon:
		for _, r := range g {
			out = append(out, r...)
		}
	case orb.MultiPolygon:
		for _, p := range g {
			out = append(out, points(p)...)
		}
	}
	return out
}

// TestGeoJSONRFC7946 checks the collection against RFC 7946: no crs
// member, longitude first, rings by the right-hand rule; and the foreign
// members that carry the bibliography and what the export holds.
func TestGeoJSONRFC7946(t *testing.T) {
	ds := embedded(t)
	b := writeGeoJSON(t, ds, Options{Year: 2012, Lang: data.LangES})
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw["crs"]; ok {
		t.Error("the collection has a crs member")
	}
	var meta exportMeta
	if err := json.Unmarshal(raw["atlas"], &meta); err != nil || meta.Lang != "es" || meta.Year == nil || *meta.Year != 2012 || meta.Schema != SchemaRef {
		t.Errorf("atlas member %s (%v)", raw["atlas"], err)
	}
	var sources []data.Source
	if err := json.Unmarshal(raw["sources"], &sources); err != nil || len(sources) == 0 {
		t.Errorf("sources member %s (%v)", raw["sources"], err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fc.Features {
		var polys []orb.Polygon
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			polys = append(polys, g)
		case orb.MultiPolygon:
			polys = append(polys, g...)
		}
		for _, p := range polys {
			for i, r := range p {
				want := orb.CW
				if i == 0 {
					want = orb.CCW
				}
				if r.Orientation() != want {
					t.Errorf("%v: ring %d winds %v, want %v", f.ID, i, r.Orientation(), want)
				}
			}
		}
		if b := f.Geometry.Bound(); !data.Region().Contains(b.Min) || !data.Region().Contains(b.Max) {
			t.Errorf("%v: bound %v is not lon/lat in the atlas's region", f.ID, b)
		}
	}
}

// TestGeoJSONDisplayFields checks the fields added to the contract for
// other tools, in the chosen language.
func TestGeoJSONDisplayFields(t *testing.T) {
	fc, err := geojson.UnmarshalFeatureCollection(writeGeoJSON(t, tiny(), Options{Lang: data.LangES}))
	if err != nil {
		t.Fatal(err)
	}
	p := fc.Features[0].Properties
	tests := []struct {
		desc string
		key  string
		want any
	}{
		{desc: "name in Spanish", key: "title", want: "Valle <X>"},
		{desc: "summary in Spanish", key: "description", want: "Coca y más"},
		{desc: "layer title", key: "layer_title", want: "Zona cocalera"},
		{desc: "first year on the map", key: "start_year", want: 1990.0},
		{desc: "ongoing", key: "end_year", want: nil},
		{desc: "ISO begin", key: "begin", want: "1990-01-01"},
		{desc: "approximate place", key: "place_approximate", want: true},
		{desc: "certainty", key: "certainty_title", want: "afirmado"},
		{desc: "simplestyle fill", key: "fill", want: "#009e73"},
	}
	for _, tt := range tests {
		if got := p[tt.key]; got != tt.want {
			t.Errorf("%s: %s = %#v, want %#v", tt.desc, tt.key, got, tt.want)
		}
	}
	cites, _ := p["citations"].([]any)
	if len(cites) != 1 || cites[0].(map[string]any)["title"] != "An <Article> & more" {
		t.Errorf("citations %v lack the article's title", p["citations"])
	}
	if got := fc.Features[1].Properties["end"]; got != "2012-12-31" {
		t.Errorf("event end %v", got)
	}
}

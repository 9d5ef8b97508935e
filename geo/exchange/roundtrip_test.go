package exchange

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// TestRoundTrip exports the atlas as KML and as GeoJSON, in both
// languages, reads each back with the user-layer importer, and checks
// that the same features come back in the same order with the same
// names, periods, geometry, ids and citations.
func TestRoundTrip(t *testing.T) {
	ds := embedded(t)
	want, err := Features(ds, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc   string
		format Format
		lang   string
	}{
		{desc: "KML, English", format: FormatKML, lang: data.LangEN},
		{desc: "KML, Spanish", format: FormatKML, lang: data.LangES},
		{desc: "GeoJSON, English", format: FormatGeoJSON, lang: data.LangEN},
		{desc: "GeoJSON, Spanish", format: FormatGeoJSON, lang: data.LangES},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := Write(&buf, tt.format, ds, Options{Lang: tt.lang}); err != nil {
			t.Fatal(err)
		}
		l, err := userlayer.Read(context.Background(), &buf, "atlas."+string(tt.format), userlayer.Format(tt.format), userlayer.Options{})
		if err != nil {
			t.Fatalf("%s: the importer refuses the export: %v", tt.desc, err)
		}
		if len(l.Features) != len(want) {
			t.Fatalf("%s: %d features back, want %d", tt.desc, len(l.Features), len(want))
		}
		if len(l.Warnings) > 0 {
			t.Errorf("%s: warnings on the atlas's own export: %v", tt.desc, l.Warnings)
		}
		for i, w := range want {
			g := l.Features[i]
			id := ""
			for _, p := range g.Properties {
				if p.Key == "id" {
					id = p.Value
				}
			}
			name, wantName := g.Name, w.Name
			if tt.format == FormatKML {
				wantName = w.NameIn(tt.lang) // a KML has one name, in its language
			}
			if id != w.ID || name != wantName {
				t.Errorf("%s: feature %d is %s %q, want %s %q", tt.desc, i, id, name, w.ID, wantName)
				continue
			}
			if g.Period == nil || g.Period.Start() != w.Period.Start() || g.Period.Ongoing() != w.Period.Ongoing() ||
				(!w.Period.Ongoing() && *g.Period.To != *w.Period.To) {
				t.Errorf("%s: %s: period %v, want %v", tt.desc, w.ID, g.Period, w.Period)
			}
			if tt.format == FormatGeoJSON && g.Period.String() != w.Period.String() {
				t.Errorf("%s: %s: period %v, want all of %v", tt.desc, w.ID, g.Period, w.Period)
			}
			if !sameShape(g.Geometry, w.Geometry) {
				t.Errorf("%s: %s: geometry %s does not match %s", tt.desc, w.ID, g.Geometry.GeoJSONType(), w.Geometry.GeoJSONType())
			}
			if len(g.Citations) != len(w.Citations) || g.Citations[0] != w.Citations[0] {
				t.Errorf("%s: %s: citations %v, want %v", tt.desc, w.ID, g.Citations, w.Citations)
			}
			if tt.format == FormatKML && !strings.Contains(g.Description, w.SummaryIn(tt.lang)) {
				t.Errorf("%s: %s: the description lacks the summary", tt.desc, w.ID)
			}
		}
		rep := l.Validate(userlayer.ValidateOptions{Citations: true, Sources: ds.Sources})
		if !rep.OK() {
			t.Errorf("%s: the export read back breaks the citation rule: %v", tt.desc, rep.Problems)
		}
	}
}

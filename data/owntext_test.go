package data_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/textcheck"
)

// notFreeText names the property keys whose values are identifiers or
// vocabulary rather than the project's own prose, and the bibliography's
// title and venue, which name the article and its publication as printed.
func notFreeText(key string) bool {
	switch key {
	case "id", "type", "layer", "kind", "mode", "precision", "source", "locator", "related", "severity",
		"certainty", "title", "venue", "date":
		return true
	}
	return false
}

// datasetTexts returns every free text of d: each feature's names,
// summaries, claims, figures, citation notes, conflict topics and claims,
// status, faction and destination in both languages, and the
// bibliography's notes (not the article titles, which are citations).
func datasetTexts(t *testing.T, d *data.Dataset) []textcheck.Text {
	t.Helper()
	var out []textcheck.Text
	for _, f := range d.Features {
		b, err := data.MarshalCollection("check", []data.Feature{f})
		if err != nil {
			t.Fatal(err)
		}
		var coll struct {
			Features []struct {
				Properties json.RawMessage `json:"properties"`
			} `json:"features"`
		}
		if err := json.Unmarshal(b, &coll); err != nil || len(coll.Features) != 1 {
			t.Fatalf("feature %s: %v", f.ID, err)
		}
		texts, err := textcheck.JSONTexts(coll.Features[0].Properties, "feature "+f.ID, notFreeText)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, texts...)
	}
	b, err := json.Marshal(d.Sources)
	if err != nil {
		t.Fatal(err)
	}
	texts, err := textcheck.JSONTexts(b, data.SourcesFile, notFreeText)
	if err != nil {
		t.Fatal(err)
	}
	return append(out, texts...)
}

// TestOwnWords fails when any free text of the embedded atlas shares
// textcheck.Window (8) or more consecutive words with a source article.
func TestOwnWords(t *testing.T) {
	idx, err := textcheck.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	texts := datasetTexts(t, d)
	if len(texts) < 5*len(d.Features) {
		t.Fatalf("only %d texts gathered from %d features", len(texts), len(d.Features))
	}
	for _, p := range idx.Copies(texts) {
		t.Error(p)
	}
}

// TestOwnWordsCatchesCopies proves the check above reaches every kind of
// free text: a synthetic article's words put in each field are reported.
func TestOwnWordsCatchesCopies(t *testing.T) {
	const article = "The river boats of the lower valley carry bananas and timber to the market every single week."
	const copied = "river boats of the lower valley carry bananas and timber"
	idx := &textcheck.Index{Articles: []textcheck.Article{textcheck.Build("000_synthetic", article)}}
	cite := []data.Citation{{Source: "000_synthetic", Locator: "para 1", Note: "boats"}}
	base := func() data.Feature {
		return data.Feature{ID: "route_x", Layer: data.LayerRoute, Name: "Boats", NameES: "Botes",
			Summary: "Boats carry fruit.", SummaryES: "Los botes llevan fruta.", Citations: cite,
			Period: data.Year(2012), Precision: data.PrecisionSchematic,
			Geometry: orb.LineString{{-76, -8}, {-75, -9}}}
	}
	tests := []struct {
		desc   string
		mutate func(f *data.Feature)
		where  string // "" means no copy
	}{
		{desc: "own words", mutate: func(f *data.Feature) {}},
		{desc: "name", mutate: func(f *data.Feature) { f.Name = copied }, where: "name"},
		{desc: "Spanish summary", mutate: func(f *data.Feature) { f.SummaryES = copied }, where: "summary_es"},
		{desc: "claim", mutate: func(f *data.Feature) {
			f.Claims = []data.Claim{{Text: copied, TextES: "x", Certainty: data.CertaintyReported, Citations: cite}}
		}, where: "claims[0].text"},
		{desc: "conflict claim", mutate: func(f *data.Feature) {
			f.Conflicts = []data.Conflict{{Topic: "t", Versions: []data.Version{{Claim: "a"}, {Claim: "b", ClaimES: copied}}}}
		}, where: "conflicts[0].versions[1].claim_es"},
		{desc: "citation note", mutate: func(f *data.Feature) {
			f.Citations = []data.Citation{{Source: "000_synthetic",
				Locator: "para 1", Note: copied}}
		}, where: "citations[0].note"},
		{desc: "figure", mutate: func(f *data.Feature) {
			f.Figures = []data.Figure{{What: copied, Value: 1, Unit: "t"}}
		}, where: "figures[0].what"},
		{desc: "status", mutate: func(f *data.Feature) { f.Status = copied }, where: "status"},
	}
	for _, tt := range tests {
		f := base()
		tt.mutate(&f)
		d := &data.Dataset{Features: []data.Feature{f}}
		got := idx.Copies(datasetTexts(t, d))
		switch {
		case tt.where == "" && len(got) > 0:
			t.Errorf("%s: want no copy, got %q", tt.desc, got)
		case tt.where != "" && (len(got) != 1 || !strings.Contains(got[0], tt.where)):
			t.Errorf("%s: want one copy in %s, got %q", tt.desc, tt.where, got)
		}
	}
}

package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/textcheck"
)

// TestHedgesCarried fails when a feature cites an article line with a
// hedge ("reportedly", "estimated", "apparent", "may" ...) and carries it
// in no claim, conflict version or figure certainty, and excuses it with
// no waiver.
func TestHedgesCarried(t *testing.T) {
	sd, err := loadSpecs("../atlas")
	if err != nil {
		t.Fatal(err)
	}
	idx, err := textcheck.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range hedgeProblems(sd.specs, sd.outline, idx) {
		t.Error(p)
	}
}

// TestHedgeProblemsCatchesLosses proves the check fails on bad input: a
// synthetic article whose second line says "reportedly" and third "may".
func TestHedgeProblemsCatchesLosses(t *testing.T) {
	idx := &textcheck.Index{Articles: []textcheck.Article{textcheck.Build("000_synthetic",
		"Boats carry timber.\nBoats reportedly carry bananas.\nMore boats may come.\n")}}
	ol := outline{"000_synthetic": {Kind: "paragraphs"}}
	c := func(from, to int) cite { return cite{Source: "000", From: from, To: to} }
	tests := []struct {
		desc string
		s    spec
		want string // "" means no problem
	}{
		{desc: "plain line", s: spec{Cite: []cite{c(1, 1)}}},
		{desc: "hedge lost", s: spec{Cite: []cite{c(1, 2)}}, want: `000:2 has "reportedly"`},
		{desc: "hedge carried by a claim", s: spec{Cite: []cite{c(1, 2)},
			Claims: []claimSpec{{Certainty: data.CertaintyReported, Cite: []cite{c(2, 2)}}}}},
		{desc: "claim citing another line", s: spec{Cite: []cite{c(2, 2)},
			Claims: []claimSpec{{Certainty: data.CertaintyReported, Cite: []cite{c(1, 1)}}}}, want: `000:2 has "reportedly"`},
		{desc: "claim of the wrong certainty", s: spec{Cite: []cite{c(2, 2)},
			Claims: []claimSpec{{Certainty: data.CertaintyEstimated, Cite: []cite{c(2, 2)}}}}, want: `000:2 has "reportedly"`},
		{desc: "hedge in a claim's own citation", s: spec{Cite: []cite{c(1, 1)},
			Claims: []claimSpec{{Certainty: data.CertaintyInferred, Cite: []cite{c(3, 3)}}}}, want: `000:3 has "may"`},
		{desc: "carried by a figure", s: spec{Cite: []cite{c(3, 3)},
			Figures: []data.Figure{{What: "boats", Certainty: data.CertaintyPossible}}}},
		{desc: "carried by a conflict version", s: spec{Cite: []cite{c(1, 1)}, Conflicts: []conflictSpec{{Versions: []versionSpec{
			{Certainty: data.CertaintyReported, Cite: []cite{c(2, 2)}}}}}}},
		{desc: "waived", s: spec{Cite: []cite{c(2, 3)}, Waivers: []waiver{
			{Line: "000:2", Words: []string{"reportedly"}, Reason: "not claimed"},
			{Line: "000:3", Words: []string{"may"}, Reason: "not claimed"}}}},
		{desc: "waiver without reason", s: spec{Cite: []cite{c(1, 1)}, Waivers: []waiver{
			{Line: "000:1", Words: []string{"reportedly"}}}}, want: "needs a line like 002:431"},
		{desc: "waiver of an unknown word", s: spec{Cite: []cite{c(1, 1)}, Waivers: []waiver{
			{Line: "000:1", Words: []string{"perhaps"}, Reason: "x"}}}, want: `names "perhaps", which is not a hedge word`},
		{desc: "waiver that excuses nothing", s: spec{Cite: []cite{c(1, 1)}, Waivers: []waiver{
			{Line: "000:2", Words: []string{"reportedly"}, Reason: "x"}}}, want: `waiver "000:2 reportedly" excuses no hedge`},
		{desc: "line beyond the article", s: spec{Cite: []cite{c(3, 9)}}, want: "outside 1..3"},
		{desc: "unknown article", s: spec{Cite: []cite{{Source: "009", From: 1, To: 1}}}, want: `source prefix "009"`},
	}
	for _, tt := range tests {
		tt.s.ID = "route_x"
		got := hedgeProblems([]spec{tt.s}, ol, idx)
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s: want no problem, got %q", tt.desc, got)
		case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want) || !strings.HasPrefix(got[0], "feature route_x: ")):
			t.Errorf("%s: want one problem about %q, got %q", tt.desc, tt.want, got)
		}
	}
}

// TestEmbeddedMatchesSpecs checks that the embedded layers were generated
// from the current specs (every property but geometry), so the checks on
// the specs above hold for what the atlas ships.
func TestEmbeddedMatchesSpecs(t *testing.T) {
	sd, err := loadSpecs("../atlas")
	if err != nil {
		t.Fatal(err)
	}
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Features) != len(sd.specs) {
		t.Errorf("embedded atlas has %d features, specs %d: run go run ./data/prep/atlasgen", len(d.Features), len(sd.specs))
	}
	for _, s := range sd.specs {
		want, err := properties(s, sd.outline)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		got, ok := d.ByID(s.ID)
		if !ok {
			t.Errorf("%s: not in the embedded atlas: run go run ./data/prep/atlasgen", s.ID)
			continue
		}
		want.Geometry, want.GeoNames = got.Geometry, got.GeoNames
		a, err1 := data.MarshalCollection("x", []data.Feature{got})
		b, err2 := data.MarshalCollection("x", []data.Feature{want})
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Errorf("%s: embedded properties differ from the spec (%v, %v): run go run ./data/prep/atlasgen", s.ID, err1, err2)
		}
	}
}

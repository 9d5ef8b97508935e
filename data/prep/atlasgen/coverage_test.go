package main

import (
	"strings"
	"testing"
)

// TestCoverageTerms fails when coverage.md would claim more than the
// features say: a covered record whose key terms (checklist.json) are not
// all in the English text of every feature that covers it.
func TestCoverageTerms(t *testing.T) {
	sd, err := loadSpecs("../atlas")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range coverageProblems(sd.specs, sd.unplaced, sd.checklist) {
		t.Error(p)
	}
	if len(sd.checklist) < 150 {
		t.Errorf("checklist.json has %d records, want the atlas's 155 covered ones", len(sd.checklist))
	}
}

// TestCoverageProblemsCatchesOverclaims proves the check fails on bad input.
func TestCoverageProblemsCatchesOverclaims(t *testing.T) {
	s := spec{ID: "port_x", Name: "Port of Boats", Summary: "Boats leave from Apurímac harbour in 2014.", Covers: []string{"rec"},
		Conflicts: []conflictSpec{{Topic: "Which pier", Versions: []versionSpec{{Claim: "the north pier"}}}}}
	tests := []struct {
		desc    string
		terms   checklist
		skipped []unplaced
		want    string // "" means no problem
	}{
		{desc: "all terms said", terms: checklist{"rec": {"boats", "apurimac", "2014"}}},
		{desc: "term in a conflict claim", terms: checklist{"rec": {"north pier"}}},
		{desc: "alternatives", terms: checklist{"rec": {"ships|boats"}}},
		{desc: "term not said", terms: checklist{"rec": {"boats", "cocaine"}}, want: `lacks the key term "cocaine"`},
		{desc: "part of a word is not a term", terms: checklist{"rec": {"boat"}}, want: `lacks the key term "boat"`},
		{desc: "record without terms", terms: checklist{}, want: "has no key terms"},
		{desc: "terms for an uncovered record", terms: checklist{"rec": {"boats"}, "other": {"x"}},
			want: "other has key terms but no feature covers it"},
		{desc: "covered and unplaced", terms: checklist{"rec": {"boats"}}, skipped: []unplaced{{Fact: "rec", Reason: "x"}},
			want: "rec is also covered"},
	}
	for _, tt := range tests {
		got := coverageProblems([]spec{s}, tt.skipped, tt.terms)
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s: want no problem, got %q", tt.desc, got)
		case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)):
			t.Errorf("%s: want one problem about %q, got %q", tt.desc, tt.want, got)
		}
	}
}

package data

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func testSources() []Source {
	return []Source{{ID: "000_aaaa", Title: "One", Year: 2015, DateInferred: true, DateNote: "from the text"},
		{ID: "001_bbbb", Title: "Two", Year: 2012}}
}

func validFeature() Feature {
	return Feature{ID: "event_x", Layer: LayerEvent, Name: "X", Summary: "Something happened.",
		NameES: "X", SummaryES: "Algo pasó.",
		Geometry: orb.Point{-76.5, -8.2}, Period: Year(2012), Precision: PrecisionTown,
		Citations: []Citation{{Source: "000_aaaa", Locator: "para 3"}}, File: "event.geojson"}
}

func validClaim() Claim {
	return Claim{Text: "reportedly so", TextES: "al parecer así", Certainty: CertaintyReported,
		Citations: []Citation{{Source: "001_bbbb", Locator: "para 2"}}}
}

func TestValidateRules(t *testing.T) {
	tests := []struct {
		desc   string
		mutate func(d *Dataset)
		rule   Rule // "" means valid
		msg    string
	}{
		{desc: "valid", mutate: func(d *Dataset) {}},
		{desc: "missing id", mutate: func(d *Dataset) { d.Features[0].ID = "" }, rule: RuleID},
		{desc: "malformed id", mutate: func(d *Dataset) { d.Features[0].ID = "Event X" }, rule: RuleID},
		{desc: "duplicate id", mutate: func(d *Dataset) {
			d.Features = append(d.Features, d.Features[0])
		}, rule: RuleUniqueID, msg: "already used in event.geojson"},
		{desc: "unknown layer", mutate: func(d *Dataset) { d.Features[0].Layer = "volcano" }, rule: RuleLayer},
		{desc: "no name", mutate: func(d *Dataset) { d.Features[0].Name = "" }, rule: RuleText},
		{desc: "no summary", mutate: func(d *Dataset) { d.Features[0].Summary = "" }, rule: RuleText},
		{desc: "no Spanish name", mutate: func(d *Dataset) { d.Features[0].NameES = "" },
			rule: RuleSpanish, msg: "no Spanish name (name_es)"},
		{desc: "a destination without its Spanish", mutate: func(d *Dataset) { d.Features[0].Destination = "Brazil" },
			rule: RuleSpanish, msg: "no Spanish destination (destination_es)"},
		{desc: "a destination with its Spanish", mutate: func(d *Dataset) {
			d.Features[0].Destination, d.Features[0].DestinationES = "Brazil", "Brasil"
		}},
		{desc: "no Spanish summary", mutate: func(d *Dataset) { d.Features[0].SummaryES = "" },
			rule: RuleSpanish, msg: "no Spanish summary (summary_es)"},
		{desc: "Spanish summary copied from English", mutate: func(d *Dataset) {
			d.Features[0].SummaryES = d.Features[0].Summary
		}, rule: RuleSpanish, msg: "copy of the English"},
		{desc: "Spanish name equal to the English one", mutate: func(d *Dataset) {
			d.Features[0].Name, d.Features[0].NameES = "Paita", "Paita"
		}},
		{desc: "translated conflict", mutate: func(d *Dataset) {
			cite := []Citation{{Source: "000_aaaa", Locator: "para 1"}}
			d.Features[0].Conflicts = []Conflict{{Topic: "t", TopicES: "t es", Versions: []Version{
				{Claim: "a", ClaimES: "a es", Citations: cite}, {Claim: "b", ClaimES: "b es", Citations: cite}}}}
		}},
		{desc: "conflict without Spanish topic", mutate: func(d *Dataset) {
			cite := []Citation{{Source: "000_aaaa", Locator: "para 1"}}
			d.Features[0].Conflicts = []Conflict{{Topic: "t", Versions: []Version{
				{Claim: "a", ClaimES: "a es", Citations: cite}, {Claim: "b", ClaimES: "b es", Citations: cite}}}}
		}, rule: RuleSpanish, msg: `conflict "t" has no Spanish topic (topic_es)`},
		{desc: "conflict version without Spanish claim", mutate: func(d *Dataset) {
			cite := []Citation{{Source: "000_aaaa", Locator: "para 1"}}
			d.Features[0].Conflicts = []Conflict{{Topic: "t", TopicES: "t es", Versions: []Version{
				{Claim: "a", ClaimES: "a es", Citations: cite}, {Claim: "b", Citations: cite}}}}
		}, rule: RuleSpanish, msg: `conflict "t" version 2 has no Spanish claim (claim_es)`},
		{desc: "no citation", mutate: func(d *Dataset) { d.Features[0].Citations = nil }, rule: RuleCitation},
		{desc: "unknown source", mutate: func(d *Dataset) { d.Features[0].Citations[0].Source = "009_zzzz" },
			rule: RuleSource, msg: `unknown source "009_zzzz"`},
		{desc: "no locator", mutate: func(d *Dataset) { d.Features[0].Citations[0].Locator = "" }, rule: RuleLocator},
		{desc: "from after to", mutate: func(d *Dataset) { d.Features[0].Period = Span(2014, 2012) }, rule: RulePeriod},
		{desc: "year before 1960", mutate: func(d *Dataset) { d.Features[0].Period = Year(1952) }, rule: RuleYears},
		{desc: "year in the future", mutate: func(d *Dataset) { d.Features[0].Period = Period{From: 2031} }, rule: RuleYears},
		{desc: "no geometry", mutate: func(d *Dataset) { d.Features[0].Geometry = nil }, rule: RuleGeometry},
		{desc: "short line", mutate: func(d *Dataset) {
			d.Features[0].Geometry = orb.LineString{{-76, -8}}
			d.Features[0].Precision = PrecisionSchematic
		}, rule: RuleGeometry},
		{desc: "open ring", mutate: func(d *Dataset) {
			d.Features[0].Geometry = orb.Polygon{{{-76, -8}, {-75, -8}, {-75, -9}, {-76, -9}}}
			d.Features[0].Precision = PrecisionRegion
		}, rule: RuleGeometry, msg: "not closed"},
		{desc: "outside the region", mutate: func(d *Dataset) { d.Features[0].Geometry = orb.Point{2.35, 48.85} },
			rule: RuleRegion},
		{desc: "unknown precision", mutate: func(d *Dataset) { d.Features[0].Precision = "exactish" }, rule: RulePrecision},
		{desc: "town precision on a line", mutate: func(d *Dataset) {
			d.Features[0].Geometry = orb.LineString{{-76, -8}, {-75, -9}}
		}, rule: RulePrecision},
		{desc: "unknown mode", mutate: func(d *Dataset) { d.Features[0].Mode = "teleport" }, rule: RuleMode},
		{desc: "unknown related id", mutate: func(d *Dataset) { d.Features[0].Related = []string{"nope"} }, rule: RuleRelated},
		{desc: "related id outside the dataset but known", mutate: func(d *Dataset) {
			d.Features[0].Related = []string{"coca_vraem"}
		}},
		{desc: "conflict with one version", mutate: func(d *Dataset) {
			d.Features[0].Conflicts = []Conflict{{Topic: "t", Versions: []Version{{Claim: "a",
				Citations: []Citation{{Source: "000_aaaa", Locator: "para 1"}}}}}}
		}, rule: RuleConflict},
		{desc: "conflict version without citation", mutate: func(d *Dataset) {
			d.Features[0].Conflicts = []Conflict{{Topic: "t", Versions: []Version{
				{Claim: "a", Citations: []Citation{{Source: "000_aaaa", Locator: "para 1"}}}, {Claim: "b"}}}}
		}, rule: RuleConflict},
		{desc: "conflict citing unknown source", mutate: func(d *Dataset) {
			d.Features[0].Conflicts = []Conflict{{Topic: "t", Versions: []Version{
				{Claim: "a", Citations: []Citation{{Source: "000_aaaa", Locator: "para 1"}}},
				{Claim: "b", Citations: []Citation{{Source: "x", Locator: "para 2"}}}}}}
		}, rule: RuleSource},
		{desc: "figure without unit", mutate: func(d *Dataset) { d.Features[0].Figures = []Figure{{What: "n", Value: 3}} },
			rule: RuleFigure},
		{desc: "figure range reversed", mutate: func(d *Dataset) {
			d.Features[0].Figures = []Figure{{What: "n", Value: 10, Max: 6, Unit: "flights"}}
		}, rule: RuleFigure},
		{desc: "hedged claim", mutate: func(d *Dataset) { d.Features[0].Claims = []Claim{validClaim()} }},
		{desc: "claim with unknown certainty", mutate: func(d *Dataset) {
			c := validClaim()
			c.Certainty = "rumoured"
			d.Features[0].Claims = []Claim{c}
		}, rule: RuleCertainty, msg: `unknown certainty "rumoured"`},
		{desc: "stated claim", mutate: func(d *Dataset) {
			c := validClaim()
			c.Certainty = ""
			d.Features[0].Claims = []Claim{c}
		}, rule: RuleCertainty, msg: "is stated"},
		{desc: "claim without text", mutate: func(d *Dataset) {
			c := validClaim()
			c.Text = ""
			d.Features[0].Claims = []Claim{c}
		}, rule: RuleCertainty, msg: "claim #1 has no text"},
		{desc: "claim without Spanish", mutate: func(d *Dataset) {
			c := validClaim()
			c.TextES = ""
			d.Features[0].Claims = []Claim{c}
		}, rule: RuleSpanish, msg: "claim #1 has no Spanish text (text_es)"},
		{desc: "claim without citation", mutate: func(d *Dataset) {
			c := validClaim()
			c.Citations = nil
			d.Features[0].Claims = []Claim{c}
		}, rule: RuleCertainty, msg: "claim #1 has no citation"},
		{desc: "claim citing an unknown source", mutate: func(d *Dataset) {
			c := validClaim()
			c.Citations = []Citation{{Source: "x", Locator: "para 2"}}
			d.Features[0].Claims = []Claim{c}
		}, rule: RuleSource, msg: "claim #1 citation #1"},
		{desc: "claim citation without locator", mutate: func(d *Dataset) {
			c := validClaim()
			c.Citations[0].Locator = ""
			d.Features[0].Claims = []Claim{c}
		}, rule: RuleLocator},
		{desc: "figure with unknown certainty", mutate: func(d *Dataset) {
			d.Features[0].Figures = []Figure{{What: "n", Value: 3, Unit: "t", Certainty: "guessed"}}
		}, rule: RuleCertainty, msg: `figure "n"`},
		{desc: "estimated figure", mutate: func(d *Dataset) {
			d.Features[0].Figures = []Figure{{What: "n", Value: 3, Unit: "t", Certainty: CertaintyEstimated}}
		}},
		{desc: "conflict version with unknown certainty", mutate: func(d *Dataset) {
			cite := []Citation{{Source: "000_aaaa", Locator: "para 1"}}
			d.Features[0].Conflicts = []Conflict{{Topic: "t", TopicES: "t es", Versions: []Version{
				{Claim: "a", ClaimES: "a es", Citations: cite, Certainty: "vague"},
				{Claim: "b", ClaimES: "b es", Citations: cite}}}}
		}, rule: RuleCertainty, msg: `version 1 has unknown certainty "vague"`},
		{desc: "inferred period without an inferred claim", mutate: func(d *Dataset) {
			d.Features[0].Period.Inferred = true
			d.Features[0].Claims = []Claim{validClaim()}
		}, rule: RuleCertainty, msg: "period is inferred"},
		{desc: "inferred period explained", mutate: func(d *Dataset) {
			d.Features[0].Period.Inferred = true
			c := validClaim()
			c.Certainty = CertaintyInferred
			d.Features[0].Claims = []Claim{c}
		}},
		{desc: "inferred place without an inferred claim", mutate: func(d *Dataset) {
			d.Features[0].PlaceInferred = true
		}, rule: RuleCertainty, msg: "place is inferred"},
		{desc: "implied years", mutate: func(d *Dataset) { d.Features[0].Period.ImpliedFrom = 2000 }},
		{desc: "implied years after from", mutate: func(d *Dataset) { d.Features[0].Period.ImpliedFrom = 2013 },
			rule: RulePeriod, msg: "implied_from 2013 is not before from 2012"},
		{desc: "implied years before 1960", mutate: func(d *Dataset) { d.Features[0].Period.ImpliedFrom = 1950 },
			rule: RuleYears, msg: "implied_from"},
		{desc: "source repeated", mutate: func(d *Dataset) { d.Sources = append(d.Sources, d.Sources[0]) },
			rule: RuleBibliography},
		{desc: "inferred date without note", mutate: func(d *Dataset) { d.Sources[0].DateNote = "" },
			rule: RuleBibliography},
	}
	for _, tt := range tests {
		d := &Dataset{Sources: testSources(), Features: []Feature{validFeature()}}
		tt.mutate(d)
		probs := d.Validate(Options{CurrentYear: 2026, ExtraIDs: []string{"coca_vraem"}})
		if tt.rule == "" {
			if len(probs) > 0 {
				t.Errorf("%s: want no problems, got %v", tt.desc, probs)
			}
			continue
		}
		found := false
		for _, p := range probs {
			if p.Rule == tt.rule && strings.Contains(p.Message, tt.msg) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want a %q problem containing %q, got %v", tt.desc, tt.rule, tt.msg, probs)
		}
	}
}

func TestValidateAllowUntranslated(t *testing.T) {
	f := validFeature()
	f.NameES, f.SummaryES = "", ""
	d := &Dataset{Sources: testSources(), Features: []Feature{f}}
	if probs := d.Validate(Options{CurrentYear: 2026, AllowUntranslated: true}); len(probs) > 0 {
		t.Errorf("AllowUntranslated: want no problems, got %v", probs)
	}
}

func TestValidateReportsEverything(t *testing.T) {
	bad := validFeature()
	bad.ID = "event_bad"
	bad.Citations = nil
	bad.Period = Span(2015, 2010)
	bad.Geometry = orb.Point{10, 50}
	d := &Dataset{Sources: testSources(), Features: []Feature{validFeature(), bad}}
	probs := d.Validate(Options{CurrentYear: 2026})
	rules := map[Rule]bool{}
	for _, p := range probs {
		if p.Feature != "event_bad" || p.File != "event.geojson" {
			t.Errorf("problem names %s/%s, want event.geojson/event_bad", p.File, p.Feature)
		}
		rules[p.Rule] = true
	}
	for _, r := range []Rule{RuleCitation, RulePeriod, RuleRegion} {
		if !rules[r] {
			t.Errorf("missing %s problem in %v", r, probs)
		}
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		desc string
		p    Problem
		want string
	}{
		{desc: "feature", p: Problem{File: "a.geojson", Feature: "x", Rule: RuleLocator, Message: "no locator"},
			want: "a.geojson: feature x: no locator (locator)"},
		{desc: "file", p: Problem{File: "a.geojson", Rule: RuleParse, Message: "bad JSON"},
			want: "a.geojson: bad JSON (parse)"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, got, tt.want)
		}
	}
}

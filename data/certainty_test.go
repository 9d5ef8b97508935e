package data

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestCertaintyOrder(t *testing.T) {
	tests := []struct {
		desc      string
		c, than   Certainty
		weaker    bool
		wantKnown bool
	}{
		{desc: "empty is stated", c: "", than: CertaintyStated, weaker: false, wantKnown: true},
		{desc: "reported weaker than stated", c: CertaintyReported, than: "", weaker: true, wantKnown: true},
		{desc: "stated not weaker than reported", c: CertaintyStated, than: CertaintyReported, weaker: false, wantKnown: true},
		{desc: "inferred weakest", c: CertaintyInferred, than: CertaintyPossible, weaker: true, wantKnown: true},
		{desc: "possible weaker than alleged", c: CertaintyPossible, than: CertaintyAlleged, weaker: true, wantKnown: true},
		{desc: "equal is not weaker", c: CertaintyEstimated, than: CertaintyEstimated, weaker: false, wantKnown: true},
		{desc: "unknown weaker than known", c: "rumoured", than: CertaintyInferred, weaker: true, wantKnown: false},
		{desc: "known not weaker than unknown", c: CertaintyInferred, than: "rumoured", weaker: false, wantKnown: true},
	}
	for _, tt := range tests {
		if got := tt.c.Weaker(tt.than); got != tt.weaker {
			t.Errorf("%s: %q.Weaker(%q) = %v, want %v", tt.desc, tt.c, tt.than, got, tt.weaker)
		}
		if got := tt.c.Known(); got != tt.wantKnown {
			t.Errorf("%s: %q.Known() = %v, want %v", tt.desc, tt.c, got, tt.wantKnown)
		}
	}
	for i, c := range Certainties() {
		if c.Rank() != i {
			t.Errorf("%s has rank %d, want %d", c, c.Rank(), i)
		}
	}
}

func TestCertaintyTitleAndKey(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Certainties() {
		for _, lang := range Languages() {
			title, key := c.Title(lang), c.Key(lang)
			if title == "" || key == "" || key == title {
				t.Errorf("%s in %s: title %q key %q", c, lang, title, key)
			}
			if seen[lang+title] {
				t.Errorf("%s in %s: title %q used twice", c, lang, title)
			}
			seen[lang+title] = true
		}
		if c.Title(LangEN) == c.Title(LangES) {
			t.Errorf("%s: Spanish title %q is the English one", c, c.Title(LangES))
		}
	}
	if got := Certainty("").Title(LangES); got != CertaintyStated.Title(LangES) {
		t.Errorf("empty certainty title %q, want the stated one", got)
	}
	if got := Certainty("rumoured").Title(LangEN); got != "rumoured" {
		t.Errorf("unknown certainty title %q, want its own name", got)
	}
}

func TestFeatureCertainty(t *testing.T) {
	tests := []struct {
		desc string
		f    Feature
		want Certainty
	}{
		{desc: "nothing hedged", f: Feature{Figures: []Figure{{What: "n"}}}, want: CertaintyStated},
		{desc: "estimated figure", f: Feature{Figures: []Figure{{What: "n"}, {What: "m", Certainty: CertaintyEstimated}}},
			want: CertaintyEstimated},
		{desc: "weakest of claim and figure", f: Feature{
			Figures: []Figure{{What: "m", Certainty: CertaintyEstimated}},
			Claims:  []Claim{{Certainty: CertaintyReported}, {Certainty: CertaintyAlleged}}}, want: CertaintyAlleged},
		{desc: "conflict versions do not count", f: Feature{Conflicts: []Conflict{{Versions: []Version{
			{Certainty: CertaintyReported}}}}}, want: CertaintyStated},
	}
	for _, tt := range tests {
		if got := tt.f.Certainty(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, got, tt.want)
		}
	}
}

func TestClaimJSON(t *testing.T) {
	in := `{"text":"a","text_es":"b","certainty":"reported","citations":[{"source":"001_x","locator":"para 1"}]}`
	var c Claim
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	if c.Certainty != CertaintyReported || c.TextIn(LangES) != "b" || c.TextIn(LangEN) != "a" || len(c.Citations) != 1 {
		t.Errorf("decoded %+v", c)
	}
	b, err := json.Marshal(c)
	if err != nil || string(b) != in {
		t.Errorf("round trip gave %s, %v; want %s", b, err, in)
	}
}

func TestMarks(t *testing.T) {
	claim := func(c Certainty) Claim { return Claim{Text: "x", Certainty: c} }
	tests := []struct {
		desc  string
		f     Feature
		mark  string
		certs []Certainty
	}{
		{desc: "plain fact", f: Feature{}, mark: ""},
		{desc: "a reported claim", f: Feature{Claims: []Claim{claim(CertaintyReported)}}, mark: "°", certs: []Certainty{CertaintyReported}},
		{desc: "an estimated figure", f: Feature{Figures: []Figure{{Certainty: CertaintyEstimated}}}, mark: "°", certs: []Certainty{CertaintyEstimated}},
		{desc: "an inferred claim", f: Feature{Claims: []Claim{claim(CertaintyInferred)}}, mark: "*", certs: []Certainty{CertaintyInferred}},
		{desc: "an inferred place", f: Feature{PlaceInferred: true}, mark: "*"},
		{desc: "an inferred period", f: Feature{Period: Period{From: 2000, Inferred: true}}, mark: "*"},
		{desc: "both, weakest last", f: Feature{Claims: []Claim{claim(CertaintyInferred), claim(CertaintyAlleged), claim(CertaintyStated)}},
			mark: "°*", certs: []Certainty{CertaintyAlleged, CertaintyInferred}},
	}
	for _, tc := range tests {
		if got := tc.f.Mark(); got != tc.mark {
			t.Errorf("%s: Mark() = %q, want %q", tc.desc, got, tc.mark)
		}
		if got := tc.f.Certainties(); !slices.Equal(got, tc.certs) {
			t.Errorf("%s: Certainties() = %v, want %v", tc.desc, got, tc.certs)
		}
	}
	for _, lang := range Languages() {
		for _, m := range []string{MarkHedged, MarkInferred} {
			if k := MarkKey(m, lang); len(k) < 20 || k[:len(m)] != m {
				t.Errorf("MarkKey(%q, %s) = %q: want a line starting with the mark", m, lang, k)
			}
		}
	}
}

package data

import "testing"

func TestConflictTextIn(t *testing.T) {
	c := Conflict{Topic: "Port", TopicES: "Puerto", Versions: []Version{{Claim: "Callao", ClaimES: "el Callao"}, {Claim: "Paita"}}}
	tests := []struct {
		desc, got, want string
	}{
		{desc: "topic es", got: c.TopicIn(LangES), want: "Puerto"},
		{desc: "topic en", got: c.TopicIn(LangEN), want: "Port"},
		{desc: "claim es", got: c.Versions[0].ClaimIn(LangES), want: "el Callao"},
		{desc: "claim falls back", got: c.Versions[1].ClaimIn(LangES), want: "Paita"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, tt.got, tt.want)
		}
	}
}

func TestFeatureTextIn(t *testing.T) {
	tests := []struct {
		desc          string
		f             Feature
		lang          string
		name, summary string
	}{
		{desc: "English", f: Feature{Name: "Port", NameES: "Puerto", Summary: "S", SummaryES: "R"},
			lang: LangEN, name: "Port", summary: "S"},
		{desc: "Spanish", f: Feature{Name: "Port", NameES: "Puerto", Summary: "S", SummaryES: "R"},
			lang: LangES, name: "Puerto", summary: "R"},
		{desc: "Spanish missing falls back", f: Feature{Name: "Port", Summary: "S"},
			lang: LangES, name: "Port", summary: "S"},
		{desc: "unknown language is English", f: Feature{Name: "Port", NameES: "Puerto", Summary: "S", SummaryES: "R"},
			lang: "fr", name: "Port", summary: "S"},
	}
	for _, tt := range tests {
		if got := tt.f.NameIn(tt.lang); got != tt.name {
			t.Errorf("%s: NameIn = %q, want %q", tt.desc, got, tt.name)
		}
		if got := tt.f.SummaryIn(tt.lang); got != tt.summary {
			t.Errorf("%s: SummaryIn = %q, want %q", tt.desc, got, tt.summary)
		}
	}
}

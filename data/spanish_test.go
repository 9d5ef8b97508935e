package data_test

import (
	"testing"
	"time"

	"github.com/perutraffickingatlas/atlas/data"
)

// allCitations lists a feature's citations: its own, its claims' and its
// conflict versions'.
func allCitations(f data.Feature) []data.Citation {
	cs := append([]data.Citation(nil), f.Citations...)
	for _, c := range f.Claims {
		cs = append(cs, c.Citations...)
	}
	for _, cf := range f.Conflicts {
		for _, v := range cf.Versions {
			cs = append(cs, v.Citations...)
		}
	}
	return cs
}

// TestEmbeddedPhrasesHaveSpanish fails on any English phrase of the data
// that Spanish mode would show untranslated.
func TestEmbeddedPhrasesHaveSpanish(t *testing.T) {
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	check := func(id, what, en string) {
		t.Helper()
		if !data.HasSpanish(en) {
			t.Errorf("%s: %s %q has no Spanish (add it to data/phrases_es.go)", id, what, en)
		}
	}
	for _, f := range d.Features {
		for _, c := range allCitations(f) {
			check(f.ID, "citation note", c.Note)
			if c.LocatorIn(data.LangES) == c.Locator && c.Locator != "" {
				t.Errorf("%s: locator %q is not written in Spanish", f.ID, c.Locator)
			}
		}
		for _, fig := range f.Figures {
			check(f.ID, "figure", fig.What)
			check(f.ID, "unit", fig.Unit)
		}
		check(f.ID, "faction", f.Faction)
		if !data.KnownKind(f.Kind) {
			t.Errorf("%s: kind %q has no words (add it to kindTable in data/spanish.go)", f.ID, f.Kind)
		}
	}
	for _, s := range d.Sources {
		check(s.ID, "date note", s.DateNote)
		if s.Venue != "" && s.VenueIn(data.LangES) == s.Venue && !properName(s.Venue) {
			check(s.ID, "venue", s.Venue)
		}
	}
}

// properName reports whether a venue is a name only, the same in every
// language.
func properName(venue string) bool {
	switch venue {
	case "PanAmerican Crime", "Ambiente Estratégico 2022: Seguridad, Desarrollo y Defensa Nacional (CEEEP)":
		return true
	}
	return false
}

func TestLocatorIn(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{desc: "section and lines", in: "The Growing Criminal Economy, lines 458-461", want: "«The Growing Criminal Economy», líneas 458-461"},
		{desc: "one line", in: "The Challenge: Sendero Luminoso, line 280", want: "«The Challenge: Sendero Luminoso», línea 280"},
		{desc: "opening", in: "opening, lines 9-13", want: "inicio, líneas 9-13"},
		{desc: "photo caption", in: "photo caption, lines 367-369", want: "pie de foto, líneas 367-369"},
		{desc: "paragraph", in: "para 3", want: "párr. 3"},
		{desc: "paragraph and heading", in: "para 22 (Interdiction and the Future)", want: "párr. 22 («Interdiction and the Future»)"},
		{desc: "endnote", in: "note 6", want: "nota 6"},
		{desc: "anything else stays", in: "the map on page 2", want: "the map on page 2"},
	}
	for _, tc := range tests {
		c := data.Citation{Locator: tc.in}
		if got := c.LocatorIn(data.LangES); got != tc.want {
			t.Errorf("%s: LocatorIn(es) = %q, want %q", tc.desc, got, tc.want)
		}
		if got := c.LocatorIn(data.LangEN); got != tc.in {
			t.Errorf("%s: LocatorIn(en) = %q, want it unchanged", tc.desc, got)
		}
	}
}

func TestFiguresNumbersDates(t *testing.T) {
	tests := []struct{ desc, got, want string }{
		{desc: "thousands, English", got: data.FormatNumber(69000, data.LangEN), want: "69,000"},
		{desc: "thousands, Peruvian Spanish", got: data.FormatNumber(1300000, data.LangES), want: "1,300,000"},
		{desc: "decimals, Peruvian Spanish", got: data.FormatNumber(7.6, data.LangES), want: "7.6"},
		{desc: "range, English", got: data.Figure{What: "people killed", Value: 6, Max: 10, Unit: "people", Approximate: true}.StringIn(data.LangEN), want: "people killed: about 6-10 people"},
		{desc: "range, Spanish", got: data.Figure{What: "people killed", Value: 6, Max: 10, Unit: "people", Approximate: true}.StringIn(data.LangES), want: "personas muertas: unos 6 a 10 personas"},
		{desc: "date, English", got: data.FormatDate("2012-11-24", data.LangEN), want: "24 November 2012"},
		{desc: "date, Spanish, Peru's setiembre", got: data.FormatDate("2012-09-04", data.LangES), want: "4 de setiembre de 2012"},
		{desc: "not a date", got: data.FormatDate("spring 2012", data.LangES), want: "spring 2012"},
		{desc: "moment, Spanish", got: data.FormatDateTime(time.Date(2026, 11, 30, 13, 26, 0, 0, time.UTC), data.LangES), want: "30/11/2026 13:26"},
		{desc: "kind", got: data.Feature{Kind: "no_fly_zone"}.KindIn(data.LangES), want: "zona de exclusión aérea"},
		{desc: "unknown kind", got: data.Feature{Kind: "new_kind"}.KindIn(data.LangES), want: "new kind"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.desc, tc.got, tc.want)
		}
	}
}

func TestPeriodStringIn(t *testing.T) {
	tests := []struct {
		desc   string
		p      data.Period
		en, es string
	}{
		{desc: "span", p: data.Span(1993, 2014), en: "1993–2014", es: "1993–2014"},
		{desc: "one year", p: data.Year(2012), en: "2012", es: "2012"},
		{desc: "ongoing", p: data.Period{From: 2015}, en: "since 2015", es: "desde 2015"},
		{desc: "ongoing, approximate", p: data.Period{From: 2012, Approximate: true}, en: "since about 2012", es: "desde aprox. 2012"},
		{desc: "approximate span", p: data.Period{From: 1985, To: ptr(1999), Approximate: true}, en: "about 1985–1999", es: "hacia 1985–1999"},
		{desc: "inferred", p: data.Period{From: 2000, To: ptr(2003), Inferred: true}, en: "2000–2003 (years inferred by the atlas)", es: "2000–2003 (años inferidos por el atlas)"},
		{desc: "implied", p: data.Period{From: 2011, ImpliedFrom: 1985}, en: "since 2011 (implied from about 1985)", es: "desde 2011 (implícito desde aprox. 1985)"},
	}
	for _, tc := range tests {
		if got := tc.p.StringIn(data.LangEN); got != tc.en {
			t.Errorf("%s: StringIn(en) = %q, want %q", tc.desc, got, tc.en)
		}
		if got := tc.p.StringIn(data.LangES); got != tc.es {
			t.Errorf("%s: StringIn(es) = %q, want %q", tc.desc, got, tc.es)
		}
	}
}

func ptr(n int) *int { return &n }

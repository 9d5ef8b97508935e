package i18n

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/data"
)

func TestWords(t *testing.T) {
	test.NewTempApp(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	src := ds.Sources[0]
	to := 2016
	tests := []struct {
		desc, got, want string
	}{
		{desc: "period", got: PeriodText(data.Period{From: 2003, To: &to}), want: "2003–2016"},
		{desc: "ongoing period", got: PeriodText(data.Period{From: 2015}), want: "since 2015"},
		{desc: "approximate, said once (audit: c. 2012- (approximate))", got: PeriodText(data.Period{From: 2012, Approximate: true}), want: "since about 2012"},
		{desc: "place given loosely", got: PrecisionText(data.PrecisionValley), want: "approximate: drawn from the named valley or river"},
		{desc: "article without author, inferred date",
			got:  SourceLine(data.Source{Title: "Coca in the valleys", Venue: "A weekly", Year: 2014, DateInferred: true}),
			want: "“Coca in the valleys” — author not named, A weekly, 2014 (date inferred)"},
		{desc: "article with a date", got: SourceLine(data.Source{Title: "T", Author: "Ana Ruiz", Date: "2015-03-01", Year: 2015}),
			want: "“T” — Ana Ruiz, 1 March 2015"},
		{desc: "citation of an unknown article", got: ShortCite(ds, data.Citation{Source: "nope", Locator: "para 3"}), want: "nope, para 3"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
	cite := ShortCite(ds, data.Citation{Source: src.ID, Locator: "para 12"})
	if !strings.HasSuffix(cite, " ["+src.ID[:3]+"], para 12") || !strings.Contains(cite, " ") {
		t.Errorf("short citation %q, want surname, year, [%s] and the locator", cite, src.ID[:3])
	}
}

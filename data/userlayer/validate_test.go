package userlayer

import (
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

// TestValidate checks that validation helps by default and applies the
// atlas's rules only when asked.
func TestValidate(t *testing.T) {
	atlas := []data.Source{{ID: "000_38d3438cc269e67c", Title: "An article"}}
	csv := "name,nombre_es,lat,lon,year,source,page\n" +
		"Tocache,Tocache,-8.1877,-76.52046,2012,000_38d3438cc269e67c,para 4\n" +
		"Madrid,,40.4,-3.7,2012,,\n" +
		",,-12.1,-75.2,1950,Field notes,\n" +
		"Swapped,,-76.5,-8.2,,,\n"
	l, err := read("a.csv", csv, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc string
		opt  ValidateOptions
		ok   bool
		want []string
		not  []string
	}{
		{desc: "helpful by default", opt: ValidateOptions{LastYear: 2022}, ok: true, want: []string{
			"a.csv: line 3: feature 2 (Madrid): lies outside the atlas's map",
			"line 4: feature 3: dated 1950, outside the years the map shows (1960 to 2022) (warning)",
			"line 5: feature 4 (Swapped): lies outside the atlas's map (longitude -95 to -60, latitude -30 to 10): part or all of it will not show; are latitude and longitude swapped?",
			"1 of 4 features have no date: they show in every year",
			"1 of 4 features have no name",
		}, not: []string{"citation", "Spanish"}},
		{desc: "the atlas's citation rules", opt: ValidateOptions{Citations: true, Sources: atlas}, want: []string{
			"feature 2 (Madrid): no citation",
			"feature 3: citation 1 (Field notes) has no locator",
		}, not: []string{"feature 1 (Tocache): citation", "neither the layer's nor the atlas's"}},
		{desc: "citations against the atlas alone", opt: ValidateOptions{Citations: true}, want: []string{
			"feature 1 (Tocache): citation 1 names source \"000_38d3438cc269e67c\"",
		}},
		{desc: "the atlas's Spanish rule", opt: ValidateOptions{Spanish: true}, want: []string{
			"feature 2 (Madrid): no Spanish name",
		}, not: []string{"feature 1 (Tocache): no Spanish"}},
	}
	for _, tt := range tests {
		if tt.desc == "citations against the atlas alone" {
			l.Sources = nil
		}
		rep := l.Validate(tt.opt)
		var lines []string
		for _, p := range rep.Problems {
			lines = append(lines, p.String())
		}
		all := strings.Join(lines, "\n")
		if rep.OK() != tt.ok {
			t.Errorf("%s: OK() = %v:\n%s", tt.desc, rep.OK(), all)
		}
		for _, w := range tt.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: lacks %q:\n%s", tt.desc, w, all)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(all, n) {
				t.Errorf("%s: has %q:\n%s", tt.desc, n, all)
			}
		}
	}
}

func TestOnMapIn(t *testing.T) {
	l, err := read("a.csv", "name,lat,lon,from,to\nA,-12,-75,2000,2005\nB,-12,-75,,\nC,-12,-75,2010,\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc string
		year int
		want string
	}{
		{desc: "before all", year: 1990, want: "B"},
		{desc: "in A's span", year: 2003, want: "AB"},
		{desc: "C ongoing", year: 2020, want: "BC"},
	}
	for _, tt := range tests {
		got := ""
		for _, f := range l.OnMapIn(tt.year) {
			got += f.Name
		}
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.desc, got, tt.want)
		}
	}
}

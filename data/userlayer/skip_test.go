package userlayer

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

// TestSkipBad checks Options.SkipBad: a file whose errors all belong to
// some of its features loads without them, saying how many were left out
// and why; an error about the whole file, or a file with no good feature,
// is still refused.
func TestSkipBad(t *testing.T) {
	tests := []struct {
		desc      string
		name      string
		text      string
		features  []string // names loaded; nil: refused even with SkipBad
		skipped   int
		problems  []string // each must appear among Skipped.Problems, or in the refusal
		ambiguous int
	}{
		{desc: "bad coordinates and a short row", name: "a.csv",
			text:     "name,lat,lon\nA,-12.1,-75\nB,north,-75\nC,-12.3\nD,-12.4,-75\n",
			features: []string{"A", "D"}, skipped: 2,
			problems: []string{`a.csv: line 3: row 2 (B): column lat: "north" is not a decimal number`, "a.csv: line 4: row 3: has 2 fields, the header has 3"}},
		{desc: "a bad date", name: "a.csv",
			text:     "name,lat,lon,year\nA,-12.1,-75,2010\nB,-12.2,-75,spring\n",
			features: []string{"A"}, skipped: 1, problems: []string{`line 3: row 2 (B): column year: "spring" is not a year`}},
		{desc: "an end before its start", name: "a.csv",
			text:     "name,lat,lon,desde,hasta\nA,-12.1,-75,2010,2005\nB,-12.2,-75,2010,2012\n",
			features: []string{"B"}, skipped: 1, problems: []string{"row 1 (A): column hasta: ends in 2005"}},
		{desc: "an ambiguous date is counted", name: "a.csv",
			text:     "name,lat,lon,fecha\nA,-12.1,-75,03/04/2015\nB,-12.2,-75,2015-05-06\n",
			features: []string{"B"}, skipped: 1, ambiguous: 1, problems: []string{`"03/04/2015" could be 3 April or March 4`}},
		{desc: "a Placemark with bad coordinates", name: "a.kml",
			text: `<kml><Document>
<Placemark><name>Bad</name><Point><coordinates>x,y</coordinates></Point></Placemark>
<Placemark><name>Good</name><Point><coordinates>-75,-12</coordinates></Point></Placemark>
</Document></kml>`,
			features: []string{"Good"}, skipped: 1, problems: []string{"a.kml: line 2: Placemark 1 (Bad): coordinate 1"}},
		{desc: "Placemarks keep their numbers after one left out", name: "a.kml",
			text: `<kml><Document>
<Placemark><Point><coordinates>x,y</coordinates></Point></Placemark>
<Placemark><Point><coordinates>1,2,3,4</coordinates></Point></Placemark>
<Placemark><name>Good</name><Point><coordinates>-75,-12</coordinates></Point></Placemark>
</Document></kml>`,
			features: []string{"Good"}, skipped: 2, problems: []string{"Placemark 1:", "Placemark 2:"}},
		{desc: "a GeoJSON feature with a bad period", name: "a.geojson",
			text: `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"A","period":{"from":"soon"}},"geometry":{"type":"Point","coordinates":[-75,-12]}},
{"type":"Feature","properties":{"name":"B"},"geometry":{"type":"Point","coordinates":[-75,-12]}}]}`,
			features: []string{"B"}, skipped: 1, problems: []string{"column period"}},
		{desc: "a GeoJSON feature with a bad geometry", name: "a.geojson",
			text: `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Point","coordinates":"here"}},
{"type":"Feature","properties":{"name":"B"},"geometry":{"type":"Point","coordinates":[-75,-12]}}]}`,
			features: []string{"B"}, skipped: 1, problems: []string{"feature 1"}},
		{desc: "every row bad", name: "a.csv", text: "name,lat,lon\nA,x,-75\nB,y,-75\n",
			problems: []string{"row 1 (A)", "row 2 (B)"}},
		{desc: "no latitude column", name: "a.csv", text: "name,x,lon\nA,1,-75\n", problems: []string{"no latitude column"}},
		{desc: "a broken quote stops the file", name: "a.csv", text: "name,lat,lon\nA,-12,-75\nB \"x\",-12,-75\n",
			problems: []string{"bare \""}},
		{desc: "mixed date orders", name: "a.csv",
			text:     "name,lat,lon,date\nA,-12,-75,25/03/2015\nB,-12,-75,03/25/2015\nC,-12,-75,2015\n",
			problems: []string{"the file mixes day/month dates"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			l, err := read(tc.name, tc.text, Options{SkipBad: true})
			if tc.features == nil {
				var ie *ImportError
				if !errors.As(err, &ie) {
					t.Fatalf("got %v, %v; want an *ImportError", l, err)
				}
				for _, want := range tc.problems {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("refusal lacks %q:\n%v", want, err)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, f := range l.Features {
				names = append(names, f.Name)
			}
			if strings.Join(names, ",") != strings.Join(tc.features, ",") {
				t.Errorf("features %v, want %v", names, tc.features)
			}
			if l.Skipped.Features != tc.skipped || l.Ambiguous.Dates != tc.ambiguous || !l.SkipBad {
				t.Errorf("skipped %d (ambiguous %d, SkipBad %v), want %d (%d, true)", l.Skipped.Features, l.Ambiguous.Dates, l.SkipBad, tc.skipped, tc.ambiguous)
			}
			var listed []string
			for _, p := range l.Skipped.Problems {
				if p.Severity != SeverityError {
					t.Errorf("a warning among the skipped's errors: %v", p)
				}
				listed = append(listed, p.String())
			}
			for _, want := range tc.problems {
				if !strings.Contains(strings.Join(listed, "\n"), want) {
					t.Errorf("skipped problems lack %q:\n%s", want, strings.Join(listed, "\n"))
				}
			}
			// Without SkipBad the same file is refused.
			if _, err := read(tc.name, tc.text, Options{}); !errors.Is(err, ErrInvalid) {
				t.Errorf("without SkipBad: %v, want ErrInvalid", err)
			}
			// Raw read again with the layer's own options gives it back.
			again, err := Read(context.Background(), bytes.NewReader(l.Raw), l.File, l.Format, Options{DateOrder: l.DateOrder, SkipBad: l.SkipBad})
			if err != nil || len(again.Features) != len(l.Features) || again.Skipped.Features != l.Skipped.Features {
				t.Errorf("read again: %v, %v", again, err)
			}
		})
	}
}

// TestSkipBadCountsPastTheProblemCap checks that Skipped counts every
// feature left out when their problems are more than Limits.Problems.
func TestSkipBadCountsPastTheProblemCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,lat,lon\nGood,-12,-75\n")
	for range 30 {
		b.WriteString("Bad,x,-75\n")
	}
	l, err := read("a.csv", b.String(), Options{SkipBad: true, Limits: Limits{Problems: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if l.Skipped.Features != 30 || len(l.Skipped.Problems) != 5 || l.Skipped.More != 25 || len(l.Features) != 1 {
		t.Errorf("skipped %d features, %d problems listed and %d more, %d loaded; want 30, 5, 25, 1",
			l.Skipped.Features, len(l.Skipped.Problems), l.Skipped.More, len(l.Features))
	}
}

// TestImportErrorCountsAmbiguousDates checks that a refusal says how many
// dates a DateOrder would settle, and the first with its two readings,
// and that reading again with one loads the file.
func TestImportErrorCountsAmbiguousDates(t *testing.T) {
	text := "name,lat,lon,fecha\nA,-12.1,-75,03/04/2015\nB,-12.2,-75,05/06/2015\nC,-12.3,-75,2015\n"
	_, err := read("a.csv", text, Options{})
	var ie *ImportError
	want := Ambiguity{Dates: 2, Text: "03/04/2015", Line: 2, DayFirst: "2015-04-03", MonthFirst: "2015-03-04"}
	if !errors.As(err, &ie) || ie.Ambiguous != want {
		t.Fatalf("got %v (%+v), want an *ImportError with %+v", err, ie, want)
	}
	l, err := read("a.csv", text, Options{DateOrder: MonthFirst})
	if err != nil {
		t.Fatal(err)
	}
	if l.Features[0].Date != "2015-03-04" {
		t.Errorf("month first: %s, want 2015-03-04", l.Features[0].Date)
	}
}

func TestCitedSource(t *testing.T) {
	atlas := []data.Source{{ID: "000_abc", Title: "An article"}}
	l := &Layer{Sources: []data.Source{
		{ID: "survey", Title: "Coca survey 2020", Year: 2021},
		{ID: "Class notes", Title: "Class notes"},
		{ID: "000_abc", Title: "000_abc"}, // a CSV naming an atlas article by id
	}}
	tests := []struct {
		desc, id, want string
	}{
		{desc: "the layer's own record", id: "survey", want: "Coca survey 2020"},
		{desc: "a bare name from a CSV", id: "Class notes", want: "Class notes"},
		{desc: "an atlas article named by id", id: "000_abc", want: "An article"},
		{desc: "an id nobody knows", id: "elsewhere", want: "elsewhere"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := l.CitedSource(tc.id, atlas); got.Title != tc.want || got.ID != tc.id {
				t.Errorf("CitedSource(%q) = %+v, want title %q", tc.id, got, tc.want)
			}
		})
	}
}

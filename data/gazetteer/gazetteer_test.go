package gazetteer

import (
	"errors"
	"strings"
	"testing"
)

func TestEmbeddedHasPeruvianPlaces(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.All()) < 1900 {
		t.Fatalf("embedded gazetteer has %d places, want the ~3100 of the extract", len(g.All()))
	}
	tests := []struct {
		desc, name, country string
		wantLat, wantLon    float64
	}{
		{desc: "capital", name: "Lima", country: "PE", wantLat: -12.04, wantLon: -77.03},
		{desc: "port", name: "Callao", country: "PE", wantLat: -12.06, wantLon: -77.12},
		{desc: "accent-insensitive", name: "tingo maria", country: "PE", wantLat: -9.30, wantLon: -76.00},
		{desc: "Amazon port", name: "Iquitos", country: "PE", wantLat: -3.75, wantLon: -73.25},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := g.Lookup(tc.name, tc.country)
			if len(got) == 0 {
				t.Fatalf("Lookup(%q) found nothing", tc.name)
			}
			p := got[0]
			if d := abs(p.Point.Lat()-tc.wantLat) + abs(p.Point.Lon()-tc.wantLon); d > 0.05 {
				t.Errorf("Lookup(%q) = %v, want near %v,%v", tc.name, p.Point, tc.wantLat, tc.wantLon)
			}
		})
	}
}

func TestParseErrorsNameLine(t *testing.T) {
	tests := []struct {
		desc, input, want string
	}{
		{desc: "too few fields", input: "1\tLima\n", want: "bad.tsv line 1: want 9"},
		{desc: "bad latitude", input: "# c\n1\tA\tA\tx\t1\tPPL\tPE\t01\t0\n", want: "line 2: latitude"},
		{desc: "latitude out of range", input: "1\tA\tA\t95\t1\tPPL\tPE\t01\t0\n", want: "latitude \"95\""},
		{desc: "bad population", input: "1\tA\tA\t1\t1\tPPL\tPE\t01\tmany\n", want: "population"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.input), "bad.tsv")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestSearchPrefixFirst(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	got := g.Search("Pucall", 3)
	if len(got) == 0 || got[0].Name != "Pucallpa" {
		t.Fatalf("Search(Pucall) = %v, want Pucallpa first", got)
	}
	if g.Search("", 3) != nil {
		t.Error("empty query should find nothing")
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{desc: "accents", in: "Apurímac", want: "apurimac"},
		{desc: "tilde", in: "Marañón", want: "maranon"},
		{desc: "punctuation", in: "  Santa-Rosa,  Peru ", want: "santa rosa peru"},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("%s: Fold(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("1\tLima\tLima\t-12.04\t-77.03\tPPLC\tPE\tLMA\t7737002\n")
	f.Add("# header\ngeonameid\tname\n")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := Parse(strings.NewReader(s), "fuzz.tsv")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.tsv") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, p := range g.All() {
			if p.Point.Lat() < -90 || p.Point.Lat() > 90 {
				t.Fatalf("accepted latitude %v", p.Point.Lat())
			}
		}
	})
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestResolve(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc, name, country string
		wantErr             error
	}{
		{desc: "unique", name: "Pucallpa", country: "PE"},
		{desc: "several, one much larger", name: "Santa Rosa", country: "PE"},
		{desc: "missing", name: "Atlantis", country: "PE", wantErr: ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := g.Resolve(tc.name, tc.country)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Resolve(%q) error = %v, want %v", tc.name, err, tc.wantErr)
			}
		})
	}
}

package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

func TestEditDistance(t *testing.T) {
	tests := []struct {
		desc, a, b string
		want       int
	}{
		{desc: "same", a: "callao", b: "callao", want: 0},
		{desc: "a letter left out", a: "calao", b: "callao", want: 1},
		{desc: "a letter wrong", a: "cuzco", b: "cusco", want: 1},
		{desc: "two letters swapped", a: "pucalpla", b: "pucallpa", want: 1},
		{desc: "empty", a: "", b: "lima", want: 4},
		{desc: "runes, not bytes", a: "añon", b: "anon", want: 1},
		{desc: "far apart", a: "lima", b: "iquitos", want: 6},
	}
	for _, tc := range tests {
		if got := EditDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: EditDistance(%q, %q) = %d, want %d", tc.desc, tc.a, tc.b, got, tc.want)
		}
		if got := EditDistance(tc.b, tc.a); got != tc.want {
			t.Errorf("%s: EditDistance(%q, %q) = %d, want %d (symmetric)", tc.desc, tc.b, tc.a, got, tc.want)
		}
	}
	long := strings.Repeat("a", 10000)
	if got := EditDistance(long, long+"b"); got != 0 {
		t.Errorf("long names are compared on their first %d runes: got %d, want 0", maxNameRunes, got)
	}
}

func TestNearMiss(t *testing.T) {
	tests := []struct {
		desc, q, key string
		want         bool
	}{
		{desc: "a letter left out", q: "calao", key: "callao", want: true},
		{desc: "a word of a longer name", q: "maldonao", key: "puerto maldonado", want: true},
		{desc: "two words", q: "tingo mria", key: "tingo maria", want: true},
		{desc: "the start of a word", q: "apurimak", key: "apurimac ene", want: true},
		{desc: "too short to guess", q: "lma", key: "lima", want: false},
		{desc: "too far", q: "calo", key: "callao", want: false},
		{desc: "unrelated", q: "zzqx", key: "cusco", want: false},
	}
	for _, tc := range tests {
		if _, got := NearMiss(tc.q, tc.key); got != tc.want {
			t.Errorf("%s: NearMiss(%q, %q) = %v, want %v", tc.desc, tc.q, tc.key, got, tc.want)
		}
	}
}

func TestNearAndSpellings(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc, query, want string
		near              bool // Near, not Search
	}{
		{desc: "misspelt port", query: "Calao", want: "Callao", near: true},
		{desc: "misspelt city", query: "Iqitos", want: "Iquitos", near: true},
		{desc: "old spelling", query: "Cuzco", want: "Cusco"},
		{desc: "Quechua spelling", query: "Qosqo", want: "Cusco"},
		{desc: "colonial name", query: "Huamanga", want: "Ayacucho"},
		{desc: "other spelling typed in part", query: "Nasc", want: "Nazca"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := g.Search(tc.query, 5)
			if tc.near {
				got = g.Near(tc.query, 5)
			}
			if len(got) == 0 || got[0].Name != tc.want {
				t.Errorf("%q: got %v, want %s first", tc.query, names(got), tc.want)
			}
		})
	}
	if got := g.Near("zzqxw", 5); len(got) != 0 {
		t.Errorf("Near(zzqxw) = %v, want nothing", names(got))
	}
}

func TestAlternates(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{desc: "one spelling", in: "cuzco", want: "cusco qosqo"},
		{desc: "inside a longer name", in: "lima and cuzco business profits", want: "cusco qosqo"},
		{desc: "a phrase", in: "machu picchu", want: "machupicchu"},
		{desc: "no other spelling", in: "lima", want: ""},
		{desc: "not a whole word", in: "cuzcoa", want: ""},
	}
	for _, tc := range tests {
		if got := Alternates(tc.in); got != tc.want {
			t.Errorf("%s: Alternates(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func names(ps []Place) string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s (%s)", p.Name, p.Country))
	}
	return strings.Join(out, ", ")
}

// BenchmarkSearch measures one keystroke's look-up over every place.
func BenchmarkSearch(b *testing.B) {
	g, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		g.Search("apurimac", 30)
	}
}

// BenchmarkNear measures the look-up of a misspelt name, made only when
// Search finds nothing.
func BenchmarkNear(b *testing.B) {
	g, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		g.Near("calao", 5)
	}
}

package data

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPrecisionWords(t *testing.T) {
	tests := []struct {
		desc   string
		p      Precision
		approx bool
		en, es string
	}{
		{desc: "point", p: PrecisionPoint, en: "exact spot", es: "lugar exacto"},
		{desc: "town", p: PrecisionTown, en: "placed at the town", es: "ubicado en la localidad"},
		{desc: "valley", p: PrecisionValley, approx: true, en: "approximate: drawn from the named valley or river", es: "aproximado: dibujado a partir del valle o río mencionado"},
		{desc: "region", p: PrecisionRegion, approx: true, en: "approximate: drawn from the named region", es: "aproximado: dibujado a partir de la región mencionada"},
		{desc: "schematic", p: PrecisionSchematic, approx: true, en: "schematic: only the endpoints are known", es: "esquemático: solo se conocen los extremos"},
		{desc: "unknown", p: "fuzzy", en: "fuzzy", es: "fuzzy"},
	}
	for _, tt := range tests {
		if got := tt.p.Approximate(); got != tt.approx {
			t.Errorf("%s: Approximate() = %v, want %v", tt.desc, got, tt.approx)
		}
		if got := tt.p.Title(LangEN); got != tt.en {
			t.Errorf("%s: Title(en) = %q, want %q", tt.desc, got, tt.en)
		}
		if got := tt.p.Title(LangES); got != tt.es {
			t.Errorf("%s: Title(es) = %q, want %q", tt.desc, got, tt.es)
		}
	}
}

func TestSourceReference(t *testing.T) {
	tests := []struct {
		desc string
		s    Source
		lang string
		want string
	}{
		{desc: "stated date", s: Source{Title: "T ", Author: "A", Venue: "V", Date: "2012-11-24", Year: 2012}, lang: LangEN,
			want: "A, \u201cT\u201d, V, 24 November 2012."},
		{desc: "stated date, Spanish", s: Source{Title: "T", Author: "A", Date: "2015-03-01", Year: 2015}, lang: LangES,
			want: "A, \u201cT\u201d, 1 de marzo de 2015."},
		{desc: "inferred date", s: Source{Title: "T", Author: "A", Year: 2015, DateInferred: true}, lang: LangEN,
			want: "A, \u201cT\u201d, 2015 (date inferred)."},
		{desc: "no author, Spanish", s: Source{Title: "T", Year: 2022, DateInferred: true}, lang: LangES,
			want: "\u201cT\u201d, 2022 (fecha deducida), autor no identificado."},
		{desc: "no date", s: Source{Title: "T", Author: "A"}, lang: LangEN, want: "A, \u201cT\u201d."},
	}
	for _, tt := range tests {
		if got := tt.s.Reference(tt.lang); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, got, tt.want)
		}
	}
}

// TestMarshalProperties checks that the properties object is the one a
// collection file carries, period and citations included.
func TestMarshalProperties(t *testing.T) {
	f := Feature{ID: "event_x", Layer: LayerEvent, Name: "X", Period: Year(2012), Precision: PrecisionTown,
		Citations: []Citation{{Source: "s", Locator: "para 3"}}}
	b, err := MarshalProperties(f)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"id", "layer", "name", "period", "summary", "figures", "citations", "precision", "related", "conflicts"} {
		if _, ok := m[key]; !ok {
			t.Errorf("no %q in %s", key, b)
		}
	}
	if !strings.Contains(string(m["period"]), `"from":2012,"to":2012`) {
		t.Errorf("period = %s", m["period"])
	}
}

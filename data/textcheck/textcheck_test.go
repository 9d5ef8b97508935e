package textcheck

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

// The synthetic article of these tests; no source article is quoted.
const synthetic = "The river boats of the lower valley carry bananas and timber every week.\n" +
	"Officials reportedly counted nine boats, according\n" +
	"to harbour staff, in May 2019; more may come.\n"

func TestFindHedges(t *testing.T) {
	tests := []struct {
		desc       string
		line, next string
		want       []string
	}{
		{desc: "none", line: "The boats carry timber.", want: nil},
		{desc: "reportedly and reported are different words", line: "It reportedly rose; the reported rise",
			want: []string{"reportedly", "reported"}},
		{desc: "month is not a hedge", line: "in May 2019", want: nil},
		{desc: "lower-case may is", line: "more may come", want: []string{"may"}},
		{desc: "two-word hedge across the line end", line: "counted nine boats, according", next: "to staff",
			want: []string{"according to"}},
		{desc: "hedge of the next line is not this line's", line: "counted nine boats", next: "according to staff",
			want: nil},
		{desc: "estimate forms", line: "Experts estimate; an estimated 80", want: []string{"estimated"}},
		{desc: "case-insensitive", line: "Apparently so. Arguably not.", want: []string{"apparent", "arguably"}},
		{desc: "word boundary", line: "the mayor and the estimator", want: nil},
	}
	for _, tt := range tests {
		if got := FindHedges(tt.line, tt.next); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.desc, got, tt.want)
		}
	}
}

func TestHedgeHonouredBy(t *testing.T) {
	tests := []struct {
		desc string
		word string
		c    data.Certainty
		want bool
	}{
		{desc: "reportedly by reported", word: "reportedly", c: data.CertaintyReported, want: true},
		{desc: "reportedly not by stated", word: "reportedly", c: "", want: false},
		{desc: "estimated not by reported", word: "estimated", c: data.CertaintyReported, want: false},
		{desc: "said to by alleged", word: "said to", c: data.CertaintyAlleged, want: true},
		{desc: "may by possible", word: "may", c: data.CertaintyPossible, want: true},
		{desc: "inferred honours no hedge", word: "apparent", c: data.CertaintyInferred, want: false},
	}
	for _, tt := range tests {
		h, ok := HedgeByWord(tt.word)
		if !ok {
			t.Fatalf("%s: no hedge %q", tt.desc, tt.word)
		}
		if got := h.HonouredBy(tt.c); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.desc, got, tt.want)
		}
	}
	for _, h := range Hedges() {
		if len(h.Honours) == 0 {
			t.Errorf("hedge %q is honoured by no certainty", h.Word)
		}
		for _, c := range h.Honours {
			if !c.Known() || c == data.CertaintyStated || c == data.CertaintyInferred {
				t.Errorf("hedge %q honoured by %q", h.Word, c)
			}
		}
	}
}

func TestShared(t *testing.T) {
	x := &Index{Articles: []Article{Build("000_synthetic", synthetic)}}
	tests := []struct {
		desc string
		text string
		want []string // shared runs, folded
	}{
		{desc: "own words", text: "Boats on the river carry fruit and wood.", want: nil},
		{desc: "seven words", text: "We saw that river boats of the lower valley carry.", want: nil},
		{desc: "eight words", text: "Note: the river boats of the lower valley carry goods.",
			want: []string{"the river boats of the lower valley carry"}},
		{desc: "case, accents and punctuation do not hide a copy",
			text: "THE RIVER BOATS, of the lówer valley — carry bananas!",
			want: []string{"the river boats of the lower valley carry bananas"}},
		{desc: "across the article's line break", text: "nine boats according to harbour staff in may 2019",
			want: []string{"nine boats according to harbour staff in may 2019"}},
		{desc: "two runs", text: "river boats of the lower valley carry bananas. Then: officials reportedly counted nine boats according to harbour.",
			want: []string{"river boats of the lower valley carry bananas", "officials reportedly counted nine boats according to harbour"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range x.Shared(tt.text) {
			if m.Source != "000_synthetic" {
				t.Errorf("%s: match names %q", tt.desc, m.Source)
			}
			got = append(got, m.Words)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.desc, got, tt.want)
		}
	}
}

func TestBuildLinesAndHedges(t *testing.T) {
	a := Build("000_synthetic", synthetic)
	if a.Lines != 3 {
		t.Errorf("Lines = %d, want 3", a.Lines)
	}
	tests := []struct {
		line int
		want []string
	}{
		{line: 1, want: nil},
		{line: 2, want: []string{"reportedly", "according to"}},
		{line: 3, want: []string{"may"}},
	}
	for _, tt := range tests {
		if got := a.HedgesAt(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("line %d: got %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestMarshalParse(t *testing.T) {
	x := &Index{Articles: []Article{Build("000_synthetic", synthetic)}}
	b, err := x.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("bananas")) || bytes.Contains(b, []byte("harbour")) {
		t.Fatal("fingerprints contain article words")
	}
	back, err := Parse(bytes.NewReader(b), "test.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Shared("the river boats of the lower valley carry"); len(got) != 1 {
		t.Errorf("parsed index finds %v, want one run", got)
	}
	a, ok := back.Article("000_synthetic")
	if !ok || a.Lines != 3 || !slices.Equal(a.HedgesAt(2), []string{"reportedly", "according to"}) {
		t.Errorf("parsed article %+v", a)
	}
}

func TestParseErrors(t *testing.T) {
	good := `{"format":"` + FormatName + `","window":8,"note":"","articles":[{"id":"a","lines":3,"hedges":{},"windows":""}]}`
	tests := []struct {
		desc, in, msg string
	}{
		{desc: "not JSON", in: `{`, msg: "malformed"},
		{desc: "other window", in: strings.Replace(good, `"window":8`, `"window":7`, 1), msg: "regenerate"},
		{desc: "unknown field", in: strings.Replace(good, `"note":""`, `"notes":""`, 1), msg: "unknown field"},
		{desc: "no lines", in: strings.Replace(good, `"lines":3`, `"lines":0`, 1), msg: "no lines"},
		{desc: "bad windows", in: strings.Replace(good, `"windows":""`, `"windows":"AAAA"`, 1), msg: "8-byte"},
		{desc: "hedge beyond the last line", in: strings.Replace(good, `"hedges":{}`, `"hedges":{"4":["may"]}`, 1),
			msg: "outside 1..3"},
		{desc: "unknown hedge", in: strings.Replace(good, `"hedges":{}`, `"hedges":{"2":["perhaps"]}`, 1),
			msg: `unknown hedge "perhaps"`},
	}
	if _, err := Parse(strings.NewReader(good), "good.json"); err != nil {
		t.Fatalf("good file: %v", err)
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in), "bad.json")
		if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.msg) ||
			!strings.Contains(err.Error(), "bad.json") {
			t.Errorf("%s: err = %v, want ErrFormat naming bad.json and %q", tt.desc, err, tt.msg)
		}
	}
}

func TestEmbedded(t *testing.T) {
	x, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Articles) != len(d.Sources) {
		t.Errorf("%d fingerprinted articles, %d sources", len(x.Articles), len(d.Sources))
	}
	for _, s := range d.Sources {
		a, ok := x.Article(s.ID)
		if !ok || a.Lines < 20 || len(a.windows) < 400 {
			t.Errorf("source %s: fingerprint %v lines, %d windows", s.ID, a.Lines, len(a.windows))
		}
	}
}

func BenchmarkShared(b *testing.B) {
	x, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("The river valleys of the region form a zone drawn from river data. ", 10)
	b.ReportAllocs()
	for b.Loop() {
		x.Shared(text)
	}
}

func TestJSONTextsAndCopies(t *testing.T) {
	x := &Index{Articles: []Article{Build("000_synthetic", synthetic)}}
	doc := `{"id": "the river boats of the lower valley carry bananas",
		"scenes": [{"caption": "In our words, boats carry fruit.", "caption_es": "the river boats of the lower valley carry bananas and timber"}],
		"n": 3, "ok": true}`
	texts, err := JSONTexts([]byte(doc), "lesson", func(k string) bool { return k == "id" })
	if err != nil {
		t.Fatal(err)
	}
	var where []string
	for _, tx := range texts {
		where = append(where, tx.Where)
	}
	if want := []string{"lesson.scenes[0].caption", "lesson.scenes[0].caption_es"}; !slices.Equal(where, want) {
		t.Errorf("texts at %q, want %q", where, want)
	}
	got := x.Copies(texts)
	if len(got) != 1 || !strings.HasPrefix(got[0], "lesson.scenes[0].caption_es shares 11 words with 000_synthetic") {
		t.Errorf("Copies = %q", got)
	}
	if _, err := JSONTexts([]byte(`{"a": [}`), "bad", nil); err == nil || !strings.Contains(err.Error(), "bad") {
		t.Errorf("bad JSON: err = %v", err)
	}
	deep := strings.Repeat("[", maxDepth+2) + strings.Repeat("]", maxDepth+2)
	if _, err := JSONTexts([]byte(deep), "deep", nil); err == nil {
		t.Error("no error for a document nested too deep")
	}
}

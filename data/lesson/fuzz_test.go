package lesson

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzParse feeds Parse arbitrary bytes, seeded from the example lesson:
// it must never panic, and whatever it accepts must pass Check and survive
// Marshal and Parse again unchanged.
func FuzzParse(f *testing.F) {
	f.Add([]byte(exampleJSON))
	f.Add([]byte(validJSON))
	f.Add([]byte(`{"version": 1, "title": "x", "scenes": []}`))
	f.Add([]byte(`{"version": 2}`))
	f.Add([]byte(strings.Replace(validJSON, `"zoom": 7`, `"zoom": 1e400`, 1)))
	f.Fuzz(func(t *testing.T, in []byte) {
		l, err := Parse(bytes.NewReader(in), "fuzz.json")
		if err != nil {
			if l != nil {
				t.Fatal("lesson returned with an error")
			}
			return
		}
		if err := l.Check(); err != nil {
			t.Fatalf("Parse accepted a lesson Check rejects: %v", err)
		}
		b, err := Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse(bytes.NewReader(b), "again.json")
		if err != nil {
			t.Fatalf("Marshal output does not parse: %v\n%s", err, b)
		}
		b2, err := Marshal(again)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed the lesson:\n%s\n%s", b, b2)
		}
	})
}

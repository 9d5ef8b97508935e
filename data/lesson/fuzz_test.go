package lesson

import (
	"bytes"
	"strings"
	"testing"
)

// withUsersJSON is a lesson embedding a CSV (text) and a KMZ (base64),
// its scene selecting a user feature.
const withUsersJSON = `{"version": 2, "title": "T", "scenes": [{"title": "S", "center": {"lat": -12, "lon": -74},
"zoom": 7, "year": 2012, "layers": [], "selected": "user:1:0"}], "user_layers": [
{"file": "a.csv", "format": "csv", "text": "name;lat;lon;date\nA;-12,5;-73,8;15/03/2014\n"},
{"file": "b.kmz", "format": "kmz", "base64": "UEsDBBQACAAIAAAAAAAAAAAAAAAAAAAAAAAHAAAAZG9jLmttbLLJzs2xswnISUxOzU0syrazCcjPzCuxs0nOzy9KycxLLEktttM1N9HRNTSy0UcWtNGHqtRH0qwPMg0QAAD//1BLBwgV1YGGPwAAAFMAAABQSwECFAAUAAgACAAAAAAAFdWBhj8AAABTAAAABwAAAAAAAAAAAAAAAAAAAAAAZG9jLmttbFBLBQYAAAAAAQABADUAAAB0AAAAAAA="}]}`

// FuzzParse feeds Parse arbitrary bytes, seeded from the example lesson
// and a lesson embedding a CSV, a KML and a KMZ: it must never panic, and
// whatever it accepts must pass Check and survive Marshal and Parse again
// unchanged.
func FuzzParse(f *testing.F) {
	f.Add([]byte(exampleJSON))
	f.Add([]byte(withUsersJSON)) // small: the fuzzer minimizes what it finds from it
	if _, err := Parse(strings.NewReader(withUsersJSON), "seed.json"); err != nil {
		f.Fatal(err)
	}
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

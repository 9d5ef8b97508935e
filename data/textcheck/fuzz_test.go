package textcheck

import (
	"bytes"
	"testing"
)

// FuzzParse checks that no input makes Parse panic, and that what it
// accepts marshals back to a file it accepts again.
func FuzzParse(f *testing.F) {
	x := &Index{Articles: []Article{Build("000_synthetic", synthetic)}}
	good, err := x.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"format":"` + FormatName + `","window":8,"note":"","articles":[{"id":"a","lines":1,"hedges":{"1":["may"]},"windows":"AAAAAAAAAAE="}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		idx, err := Parse(bytes.NewReader(b), "fuzz.json")
		if err != nil {
			return
		}
		out, err := idx.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(bytes.NewReader(out), "again.json"); err != nil {
			t.Fatalf("re-parse of accepted input: %v", err)
		}
	})
}

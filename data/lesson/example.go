package lesson

import (
	_ "embed"
	"strings"
)

//go:embed examples/vraem-2003-2016.json
var exampleJSON string // a string, so it cannot be changed

// ExampleFile is the name of the example lesson, as errors name it.
const ExampleFile = "examples/vraem-2003-2016.json"

// Example returns the example lesson shipped with the atlas, "The VRAEM,
// 2003–2016": seven scenes built from features of the embedded dataset.
// Each call returns a fresh copy the caller may change.
func Example() (*Lesson, error) {
	return Parse(strings.NewReader(exampleJSON), ExampleFile)
}

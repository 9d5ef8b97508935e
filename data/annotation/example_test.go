package annotation_test

import (
	"fmt"
	"strings"

	"github.com/perutraffickingatlas/atlas/data/annotation"
)

// Parse reports every problem of a file at once, each with the file, the
// annotation's position and id, and the field.
func ExampleParse() {
	_, err := annotation.Parse(strings.NewReader(`{"version": 1, "annotations": [
	  {"id": "lima", "kind": "text", "at": [-77.03, -12.05]},
	  {"kind": "circle", "at": [-74, -12.6], "radius_km": 60, "color": "blue"}
	]}`), "notes.json")
	fmt.Println(err)
	// Output:
	// notes.json: annotation 1 (id "lima"): text: missing (a text annotation needs a label)
	// notes.json: annotation 2 (id "a2"): color "blue": not "#rrggbb"
}

// Annotations built in code (by a GUI tool, say) are checked with
// Validate and written with Save; Marshal shows the file format.
func ExampleSet_Marshal() {
	s := &annotation.Set{}
	s.Annotations = append(s.Annotations, annotation.Annotation{
		ID: s.NewID(), Kind: annotation.KindArrow, At: [2]float64{-74, -12.5}, To: [2]float64{-76.2, -13.7}, Text: "to the coast"})
	if err := s.Validate(); err != nil {
		fmt.Println(err)
	}
	b, _ := s.Marshal()
	fmt.Print(string(b))
	// Output:
	// {
	//   "version": 1,
	//   "annotations": [
	//     {
	//       "id": "a1",
	//       "kind": "arrow",
	//       "at": [
	//         -74,
	//         -12.5
	//       ],
	//       "to": [
	//         -76.2,
	//         -13.7
	//       ],
	//       "text": "to the coast"
	//     }
	//   ]
	// }
}

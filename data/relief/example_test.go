package relief_test

import (
	"fmt"
	"math"

	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/relief"
)

// Decode the embedded model once and look elevations up at gazetteer
// places: bilinear on the finest grid that covers them, in metres.
func ExampleData_Elevation() {
	d, err := relief.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range d.Grids {
		fmt.Printf("grid %dx%d every %d arc-seconds\n", g.W, g.H, g.Step)
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"Puno", "Iquitos"} {
		p, err := gaz.Resolve(name, "PE")
		if err != nil {
			fmt.Println(err)
			return
		}
		e, ok := d.Elevation(p.Point[0], p.Point[1])
		fmt.Printf("%s: about %.0f m (%v)\n", name, math.Round(e/100)*100, ok)
	}
	// Output:
	// grid 409x451 every 300 arc-seconds
	// grid 541x721 every 120 arc-seconds
	// Puno: about 3900 m (true)
	// Iquitos: about 100 m (true)
}

package relief_test

import (
	"fmt"

	"github.com/perutraffickingatlas/atlas/geo/relief"
)

// The light comes from the north-west: of two slopes rising 1 in 5 (before
// exaggeration), the one facing north-west is lit, the one facing
// south-east in shadow; flat ground is 1. The exaggeration for zoom 6
// (about 2.4 km a pixel) steepens both.
func ExampleBrightness() {
	exag := relief.Exaggeration(2400)
	facingNW := relief.Brightness(exag*0.2*0.7071, exag*-0.2*0.7071) // rises to the south-east
	facingSE := relief.Brightness(exag*-0.2*0.7071, exag*0.2*0.7071)
	fmt.Printf("exaggeration %.1f: NW %.2f, flat %.2f, SE %.2f\n", exag, facingNW, relief.Brightness(0, 0), facingSE)
	// Output: exaggeration 6.6: NW 1.12, flat 1.00, SE 0.00
}

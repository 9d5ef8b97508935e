package render_test

import (
	"fmt"

	"github.com/perutraffickingatlas/atlas/geo/render"
)

// Presets fix the pixels, the PDF page and the map density; a custom size
// gets a 96 dpi page.
func ExamplePresets() {
	for _, p := range render.Presets() {
		fmt.Printf("%-12s %dx%d on %gx%g mm, density %g\n", p.Name, p.Width, p.Height, p.PageWidthMM, p.PageHeightMM, p.Scale)
	}
	c := render.CustomPreset(1600, 1200)
	fmt.Printf("%-12s %dx%d on %.1fx%.1f mm, density %g\n", c.Name, c.Width, c.Height, c.PageWidthMM, c.PageHeightMM, c.Scale)
	// Output:
	// slide        1920x1080 on 508x285.75 mm, density 1
	// 4k           3840x2160 on 508x285.75 mm, density 2
	// a4-landscape 3508x2480 on 297x210 mm, density 3
	// a4-portrait  2480x3508 on 210x297 mm, density 3
	// custom       1600x1200 on 423.3x317.5 mm, density 1
}

package overlay

import (
	"image"

	"github.com/perutraffickingatlas/atlas/data"
)

// Swatch draws, for tests, the legend symbol of a layer (and mode, for routes) into a
// size x size transparent image with the map's own style code.
func Swatch(l data.Layer, mode data.Mode, size int, scale float64) *image.RGBA {
	e := LegendEntry{Layer: l, Mode: mode, Shape: layerShape(l)}
	if mode != "" && mode != data.ModeFoot {
		e.Shape = ShapeLine
	}
	return e.Swatch(size, scale)
}

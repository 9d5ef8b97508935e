package render

import (
	"image"

	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// legendExtra is a line of the legend keying something drawn over the
// atlas layers: a compare's marks (see overlay.Mark) and what they mark.
type legendExtra struct {
	text string
	mark overlay.Mark
}

// swatch draws the mark of the line in a size x size image.
func (x legendExtra) swatch(size int, scale float64) *image.RGBA {
	return overlay.MarkSwatch(x.mark, size, scale)
}

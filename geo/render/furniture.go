package render

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"
)

// Ink and paper colours of the map furniture, and the sea go-staticmaps
// paints where there are no tiles.
var (
	inkColor   = color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}
	paperColor = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xdc}
	seaColor   = color.NRGBA{R: 0xc9, G: 0xdd, B: 0xea, A: 0xff}
)

// drawAttribution credits the basemap in the map's bottom-right corner, on
// a paper box: the only credit a compact export has room for.
func drawAttribution(dc *gg.Context, fonts *Fonts, u float64, m image.Rectangle, text string) {
	if text == "" {
		return
	}
	size := math.Max(9, footerText*u)
	dc.SetFontFace(fonts.Face(size, false))
	text = fitText(dc, text, float64(m.Dx())-2*u)
	tw, _ := dc.MeasureString(text)
	pad := u / 2
	x1, y1 := float64(m.Max.X), float64(m.Max.Y)
	dc.SetColor(paperColor)
	dc.DrawRectangle(x1-tw-2*pad, y1-size-2*pad, tw+2*pad, size+2*pad)
	dc.Fill()
	dc.SetColor(inkColor)
	dc.DrawStringAnchored(text, x1-pad, y1-pad-size/2, 1, 0.35)
}

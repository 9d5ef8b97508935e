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

// attributionSize is the type size of a compact export's attribution.
func attributionSize(u float64) float64 { return math.Max(9, footerText*u) }

// attributionHeight is the height of the band drawAttribution draws for
// text in size-pixel type, wrapped to width with pad around it.
func attributionHeight(m *measurer, text string, size, pad, width float64) int {
	if text == "" {
		return 0
	}
	m.dc.SetFontFace(m.fonts.Face(size, false))
	lines := m.dc.WordWrap(text, width-2*pad)
	return int(math.Ceil(2*pad + float64(len(lines))*size*footerLead))
}

// drawAttribution credits the basemap at the foot of rectangle m, on a
// paper band, in size-pixel type wrapped to as many lines as it needs:
// the only credit a compact export has room for, and never cut. It
// returns the band's top.
func drawAttribution(dc *gg.Context, fonts *Fonts, u, size float64, m image.Rectangle, text string) float64 {
	if text == "" {
		return float64(m.Max.Y)
	}
	pad := u / 2
	dc.SetFontFace(fonts.Face(size, false))
	lines := dc.WordWrap(text, float64(m.Dx())-2*pad)
	lead := size * footerLead
	top := float64(m.Max.Y) - 2*pad - float64(len(lines))*lead
	dc.SetColor(paperColor)
	dc.DrawRectangle(float64(m.Min.X), top, float64(m.Dx()), float64(m.Max.Y)-top)
	dc.Fill()
	dc.SetColor(inkColor)
	for i, line := range lines {
		dc.DrawString(line, float64(m.Min.X)+pad, top+pad+float64(i)*lead+size)
	}
	return top
}

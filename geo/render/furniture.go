package render

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Ink and paper colours of the map furniture.
var (
	inkColor   = color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}
	paperColor = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xdc}
)

// Furniture is the cartographic furniture drawn over an export: scale bar
// and attribution, sized to the image.
type Furniture struct {
	// Attribution credits the basemap; always drawn, bottom-right.
	Attribution string
	// MetersPerPixel is the ground resolution at the image centre.
	MetersPerPixel float64
}

// unit is the furniture's base size in pixels for an image: 1/90 of the
// shorter side, so a slide and a 4K image look alike.
func unit(img image.Image) float64 {
	b := img.Bounds()
	return math.Max(9, float64(min(b.Dx(), b.Dy()))/90)
}

// Draw paints the furniture onto img.
func (fu Furniture) Draw(img *image.RGBA, fonts *Fonts) {
	dc := gg.NewContextForRGBA(img)
	u := unit(img)
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	drawScaleBar(dc, fonts, u, h, fu.MetersPerPixel)
	drawAttribution(dc, fonts, u, w, h, fu.Attribution)
}

func drawScaleBar(dc *gg.Context, fonts *Fonts, u, h, mpp float64) {
	bar := geo.NewScaleBar(mpp, 14*u)
	if bar.Pixels <= 0 {
		return
	}
	dc.SetFontFace(fonts.Face(1.4*u, false))
	tw, th := dc.MeasureString(bar.Label)
	pad := u
	x, y := 1.5*u, h-1.5*u-th-2.6*u
	dc.SetColor(paperColor)
	dc.DrawRoundedRectangle(x, y, math.Max(bar.Pixels, tw)+2*pad, th+2.6*u, u/2)
	dc.Fill()
	dc.SetColor(inkColor)
	dc.DrawStringAnchored(bar.Label, x+pad, y+pad/2+th/2, 0, 0.5)
	by := y + th + 1.6*u
	dc.DrawRectangle(x+pad, by, bar.Pixels, u*0.35)
	dc.DrawRectangle(x+pad, by-u*0.5, u*0.25, u*0.85)
	dc.DrawRectangle(x+pad+bar.Pixels-u*0.25, by-u*0.5, u*0.25, u*0.85)
	dc.Fill()
}

func drawAttribution(dc *gg.Context, fonts *Fonts, u, w, h float64, text string) {
	if text == "" {
		return
	}
	dc.SetFontFace(fonts.Face(1.1*u, false))
	tw, th := dc.MeasureString(text)
	pad := u / 2
	dc.SetColor(paperColor)
	dc.DrawRectangle(w-tw-2*pad, h-th-2*pad, tw+2*pad, th+2*pad)
	dc.Fill()
	dc.SetColor(inkColor)
	dc.DrawStringAnchored(text, w-pad, h-pad-th/2, 1, 0.5)
}

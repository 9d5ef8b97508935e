package overlay

import (
	"image/color"
	"math"

	"github.com/fogleman/gg"
)

// symbolRadius is the half-size of a symbol at scale 1, for hit tests and
// label placement.
const symbolRadius = 8.0

// drawSymbol draws a layer symbol centred at (x, y).
func (fr *frame) drawSymbol(dc *gg.Context, st *style, x, y, a float64) {
	if st.symbol == symPin {
		fr.stampPin(dc, st.look, x, y, a)
		return
	}
	drawSymbolAt(dc, st.symbol, st.symbolFill, x, y, fr.sc, a)
}

// drawSymbolAt draws symbol k centred at (x, y) at scale sc and opacity a;
// shared by the map and the legend swatches.
func drawSymbolAt(dc *gg.Context, k symbolKind, fill color.NRGBA, x, y, sc, a float64) {
	white := withAlpha(color.NRGBA{255, 255, 255, 255}, a)
	fill = withAlpha(fill, a)
	r := symbolRadius * sc
	dc.SetLineJoinRound()
	dc.SetLineCapRound()
	outline := func(c color.NRGBA, w float64) {
		dc.SetColor(c)
		dc.SetLineWidth(w * sc)
		dc.StrokePreserve()
		dc.SetColor(fill)
		dc.Fill()
	}
	switch k {
	case symAirstrip: // a triangle with a runway
		dc.MoveTo(x, y-r*1.05)
		dc.LineTo(x+r, y+r*0.75)
		dc.LineTo(x-r, y+r*0.75)
		dc.ClosePath()
		outline(white, 3)
		dc.MoveTo(x-r*0.35, y+r*0.45)
		dc.LineTo(x+r*0.2, y-r*0.45)
		dc.SetColor(white)
		dc.SetLineWidth(2 * sc)
		dc.Stroke()
	case symPort: // a navy square with a white anchor
		dc.DrawRoundedRectangle(x-r, y-r, 2*r, 2*r, 2*sc)
		outline(white, 3)
		dc.SetColor(white)
		dc.SetLineWidth(1.6 * sc)
		dc.DrawCircle(x, y-r*0.55, r*0.18)
		dc.Stroke()
		dc.MoveTo(x, y-r*0.37)
		dc.LineTo(x, y+r*0.62)
		dc.MoveTo(x-r*0.35, y-r*0.15)
		dc.LineTo(x+r*0.35, y-r*0.15)
		dc.Stroke()
		dc.DrawArc(x, y+r*0.05, r*0.58, math.Pi*0.15, math.Pi*0.85)
		dc.Stroke()
	case symHub: // a yellow diamond with a dark edge
		dc.MoveTo(x, y-r*1.15)
		dc.LineTo(x+r*1.15, y)
		dc.LineTo(x, y+r*1.15)
		dc.LineTo(x-r*1.15, y)
		dc.ClosePath()
		outline(withAlpha(inkColor, a), 1.6)
	case symBase: // a dark square with a flag
		s := r * 0.7
		dc.MoveTo(x+s*0.6, y-s)
		dc.LineTo(x+s*0.6, y-s-r)
		dc.SetColor(withAlpha(inkColor, a))
		dc.SetLineWidth(1.6 * sc)
		dc.Stroke()
		dc.MoveTo(x+s*0.6, y-s-r)
		dc.LineTo(x+s*0.6+r*0.9, y-s-r*0.7)
		dc.LineTo(x+s*0.6, y-s-r*0.4)
		dc.ClosePath()
		dc.SetColor(withAlpha(okVermilion, a))
		dc.Fill()
		dc.DrawRectangle(x-s, y-s, 2*s, 2*s)
		outline(white, 2.5)
	default: // a dot
		dc.DrawCircle(x, y, r*0.5)
		outline(white, 2)
	}
}

// symbolXY returns where ft's symbols are drawn on the image (see
// placeSymbols).
func (fr *frame) symbolXY(ft *feat) [][2]float64 { return fr.symAt[ft.idx] }

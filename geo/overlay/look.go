package overlay

import (
	"image/color"

	"github.com/perutraffickingatlas/atlas/data"
)

// Look is how the map draws a feature, in terms other tools (KML,
// GeoJSON styling) can take: its line or outline colour and width in
// pixels at scale 1, its fill (zero alpha for none), whether the line is
// dashed, its symbol's fill for points, and how it is drawn.
type Look struct {
	Stroke, Fill, Symbol color.NRGBA
	Width                float64
	Dashed               bool
	Shape                Shape
}

// LookOf returns the look of f as the map styles it.
func LookOf(f data.Feature) Look {
	ft, err := prepare(f)
	if err != nil { // no drawable geometry: styled as a point of its layer
		ft = &feat{f: f, geom: classSymbol}
		ft.st = styleFor(&ft.f, classSymbol)
	}
	e := entryFor("", ft)
	st := ft.st
	fill := st.fill
	if fill.A == 0 && st.hatch.A > 0 { // hatching reads as a light tint of its colour
		fill = withAlpha(st.hatch, 0.25)
	}
	return Look{Stroke: st.stroke, Fill: fill, Symbol: st.symbolFill, Width: st.width, Dashed: st.dash != nil, Shape: e.Shape}
}

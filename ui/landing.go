package ui

import (
	"math"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Room kept round a feature landed in the free area, in map pixels, and
// how far the zoom may step out to fit it there.
const (
	landingPad     = 28
	landingZoomOut = 3
	landingStep    = 0.25
)

// landing returns the view a scene's flight should end on when part of
// the map (width x height) is covered: the scene's centre moves from the
// middle of the map to the middle of free, so the scene keeps its
// composition in the part a class can see; and when the scene selects a
// feature whose extent (sel, nil for none) would still fall outside free,
// the view moves, and if need be zooms out, until it lies inside.
func landing(target geo.View, width, height float64, free rect, sel *orb.Bound) geo.View {
	v := geo.View{Center: target.Center, Zoom: target.Zoom, Width: width, Height: height}
	if free.W <= 0 || free.H <= 0 || width <= 0 || height <= 0 {
		return v
	}
	fx, fy := float64(free.X)+float64(free.W)/2, float64(free.Y)+float64(free.H)/2
	v = shifted(v, fx-width/2, fy-height/2)
	if sel == nil {
		return v
	}
	for z := v.Zoom; z >= target.Zoom-landingZoomOut; z -= landingStep {
		c := v
		if z != v.Zoom {
			c = shifted(geo.View{Center: target.Center, Zoom: z, Width: width, Height: height}, fx-width/2, fy-height/2)
		}
		if moved, ok := into(c, *sel, free); ok {
			return moved
		}
	}
	// Too large even zoomed out: centre it in the free area.
	c := shifted(geo.View{Center: sel.Center(), Zoom: target.Zoom - landingZoomOut, Width: width, Height: height}, fx-width/2, fy-height/2)
	return c
}

// shifted returns v moved so that what was at the middle of the map shows
// dx, dy pixels from it.
func shifted(v geo.View, dx, dy float64) geo.View {
	v.Center = v.FromScreen(geo.Pixel{X: v.Width/2 - dx, Y: v.Height/2 - dy})
	return v
}

// into moves v the least that brings bound b (padded) inside free; it
// fails when b does not fit in free at v's zoom.
func into(v geo.View, b orb.Bound, free rect) (geo.View, bool) {
	lo, hi := v.ToScreen(orb.Point{b.Min.Lon(), b.Max.Lat()}), v.ToScreen(orb.Point{b.Max.Lon(), b.Min.Lat()})
	x0, y0, x1, y1 := lo.X-landingPad, lo.Y-landingPad, hi.X+landingPad, hi.Y+landingPad
	fx0, fy0 := float64(free.X), float64(free.Y)
	fx1, fy1 := fx0+float64(free.W), fy0+float64(free.H)
	if x1-x0 > fx1-fx0 || y1-y0 > fy1-fy0 {
		return v, false
	}
	dx := math.Max(0, fx0-x0) - math.Max(0, x1-fx1)
	dy := math.Max(0, fy0-y0) - math.Max(0, y1-fy1)
	return shifted(v, dx, dy), true
}

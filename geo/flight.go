package geo

import "math"

// Largest zoom-out of a flight, in zoom levels, and the span (in screen
// widths) below which a flight does not zoom out at all.
const (
	flightMaxDip   = 2
	flightDipStart = 0.5
)

// Flight returns the path of a camera moving from one view to another,
// for t from 0 (from) to 1 (to): the centre moves along a straight line in
// Web Mercator, the zoom changes evenly, and long flights zoom out by up
// to two levels in the middle, so the viewer sees where the map goes. Each
// view on the path has from's size. t outside 0..1 is clamped.
func Flight(from, to View) func(t float64) View {
	to.Width, to.Height = from.Width, from.Height
	a, b := Project(from.Center, 0), Project(to.Center, 0)
	d := b.Sub(a)
	// World-0 pixels to screen pixels at the lower whole zoom of the two.
	k := math.Exp2(math.Floor(math.Max(0, math.Min(from.Zoom, to.Zoom))))
	span := (math.Abs(d.X) + math.Abs(d.Y)) * k / math.Max(from.Width, 1)
	dip := math.Min(flightMaxDip, math.Max(0, span-flightDipStart))
	return func(t float64) View {
		switch {
		case t <= 0:
			return from
		case t >= 1:
			return to
		}
		return View{
			Center: Unproject(a.Add(d.Scale(t)), 0),
			Zoom:   from.Zoom + (to.Zoom-from.Zoom)*t - dip*4*t*(1-t),
			Width:  from.Width,
			Height: from.Height,
		}
	}
}

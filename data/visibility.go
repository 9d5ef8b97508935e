package data

// EventFadeYears is how long an event stays on the map after its last
// year, fading out, so a class stepping through the years still sees what
// happened just before.
const EventFadeYears = 4

// OpacityIn returns how strongly the map draws f in year: 1 within its
// period; for an event, fading by steps over EventFadeYears after its last
// year; 0 when the map does not show it. It is the one rule for "is this
// feature on the map in year Y": drawing, legend counts, keyboard order
// and the sources an export cites all follow it.
func (f Feature) OpacityIn(year int) float64 {
	if f.Period.Contains(year) {
		return 1
	}
	if f.Layer == LayerEvent && f.Period.To != nil {
		if d := year - *f.Period.To; d > 0 && d <= EventFadeYears {
			return 1 - float64(d)/float64(EventFadeYears+1)
		}
	}
	return 0
}

// OnMapIn reports whether the map draws f in year with the given layers
// switched on (nil: all layers).
func (f Feature) OnMapIn(year int, layers []Layer) bool {
	return LayerOn(layers, f.Layer) && f.OpacityIn(year) > 0
}

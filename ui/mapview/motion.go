package mapview

import (
	"time"

	"fyne.io/fyne/v2"
)

// motionZoomSlack is how far, in zoom levels, the overlay on screen may be
// from the view's zoom while the map moves (a smooth zoom or a flight)
// before it is drawn again: it is scaled with the tiles meanwhile, and
// drawn at the view's own zoom once the map comes to rest.
const motionZoomSlack = 0.5

// startMotion runs a smooth move of the map lasting d, step placing it
// for f from 0 to 1. The map is in motion until the last step, and then
// its overlays (its own and its twins') are asked for at rest.
func (m *MapView) startMotion(d time.Duration, curve fyne.AnimationCurve, step func(f float32)) {
	var a *fyne.Animation
	a = fyne.NewAnimation(d, func(f float32) {
		if m.anim != a {
			return // stopped: a later move owns the map
		}
		last := f >= 1
		if last {
			m.moving, m.anim = false, nil
		}
		step(f)
		if last {
			m.overlaysAtRest()
		}
	})
	a.Curve = curve
	m.anim, m.moving = a, true
	a.Start()
}

// stopOwnAnimation stops this map's smooth move, if any; the overlays
// are asked for at rest, as the move will not reach its last step.
func (m *MapView) stopOwnAnimation() {
	if m.anim != nil {
		m.anim.Stop()
		m.anim = nil
	}
	if m.moving {
		m.moving = false
		m.overlaysAtRest()
	}
}

// inMotion reports whether the map, its lead or a twin is in a smooth
// move: they move as one.
func (m *MapView) inMotion() bool {
	for g := range m.group() {
		if g.moving {
			return true
		}
	}
	return false
}

// overlaysAtRest asks for the overlay of the map, its lead and its twins
// at the view's own zoom, where one drawn during the move is not.
func (m *MapView) overlaysAtRest() {
	for g := range m.group() {
		g.requestOverlay()
	}
}

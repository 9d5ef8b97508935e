package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo"
)

// flyDuration is how long the map takes to move between lesson scenes.
const flyDuration = 1200 * time.Millisecond

// currentScene captures what is on screen as a lesson scene.
func (mw *MainWindow) currentScene() lesson.Scene {
	v := mw.Map.View()
	mw.state.Center, mw.state.Zoom = v.Center, v.Zoom
	return mw.state.Scene()
}

// applyScene shows a scene: year, layers, selection and annotations at
// once, the view by a smooth flight from where the map is.
func (mw *MainWindow) applyScene(s lesson.Scene) {
	next := mw.state.WithScene(s)
	mw.state.Groups = next.Groups
	for name, on := range next.Groups {
		mw.Layers.SetChecked(name, on)
	}
	mw.setAnnotations(next.Annotations)
	mw.Timeline.SetYear(next.Year)
	if next.Selected != "" {
		mw.selectFeature(next.Selected, false)
	} else {
		mw.clearSelection()
	}
	mw.redraw()
	mw.flyTo(geo.View{Center: next.Center, Zoom: next.Zoom})
}

// flyTo animates the map to a view's centre and zoom along geo.Flight.
func (mw *MainWindow) flyTo(target geo.View) {
	if mw.anim != nil {
		mw.anim.Stop()
	}
	path := geo.Flight(mw.Map.View(), target)
	mw.anim = fyne.NewAnimation(flyDuration, func(f float32) { mw.Map.SetView(path(float64(f))) })
	mw.anim.Curve = fyne.AnimationEaseInOut
	mw.anim.Start()
}

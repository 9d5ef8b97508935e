package ui

import (
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo"
)

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
	mw.Map.FlyTo(geo.View{Center: next.Center, Zoom: next.Zoom})
}

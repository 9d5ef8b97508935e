package ui

import (
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// windowStage is the window as the lesson panel's stage: it captures what
// is on screen as a scene and shows scenes, through session.State, the
// one mapping between the two.
type windowStage struct{ mw *MainWindow }

// Scene captures what is on screen as a lesson scene.
func (s windowStage) Scene() lesson.Scene {
	mw := s.mw
	v := mw.mapv.View()
	mw.state.Center, mw.state.Zoom = v.Center, v.Zoom
	return mw.state.Scene()
}

// Show puts a scene on screen: year, layers, selection and annotations at
// once, the view by a flight from where the map is, and its title and
// caption.
func (s windowStage) Show(sc lesson.Scene) {
	mw := s.mw
	next := mw.state.WithScene(sc)
	mw.state.Groups = next.Groups
	for name, on := range next.Groups {
		mw.side.layers.SetChecked(name, on)
	}
	mw.setAnnotations(next.Annotations)
	mw.timeline.SetYear(next.Year)
	if next.Selected != "" {
		mw.selectFeature(next.Selected, false)
	} else {
		mw.clearSelection()
	}
	mw.redraw()
	mw.mapv.FlyTo(geo.View{Center: next.Center, Zoom: next.Zoom})
	mw.showCaption(sc.TitleIn(i18n.Current()), sc.CaptionIn(i18n.Current()))
}

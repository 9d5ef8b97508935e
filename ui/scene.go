package ui

import (
	"github.com/paulmach/orb"

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
// caption. The side panel stays on the tab it shows (the Lesson tab,
// usually). The user's own view, layers and annotations are kept aside
// first, to come back with Leave and to be what a restart restores.
func (s windowStage) Show(sc lesson.Scene) {
	mw := s.mw
	mw.keepOwnState()
	next := mw.state.WithScene(sc)
	mw.state.Groups = next.Groups
	for name, on := range next.Groups {
		mw.side.layers.SetChecked(name, on)
	}
	mw.setAnnotations(next.Annotations)
	mw.timeline.SetYear(next.Year)
	mw.pres.cardWanted = false
	if next.Selected != "" {
		mw.setSelected(next.Selected)
	} else {
		mw.clearSelection()
	}
	mw.showSelectionCard()
	mw.redraw()
	target := geo.View{Center: next.Center, Zoom: next.Zoom}
	mw.showCaption(sc.TitleIn(i18n.Current()), sc.CaptionIn(i18n.Current()))
	if mw.pres.on {
		target = mw.landingFor(target, next.Selected)
	}
	mw.mapv.FlyTo(target)
}

// Leave ends the lesson's hold on the map: the user's own view, year,
// layers, selection and annotations come back.
func (s windowStage) Leave() { s.mw.restoreOwnState() }

// landingFor is where a scene's flight ends while presenting: the scene's
// view moved so it, and its selected feature, land in the part of the map
// the furniture leaves free.
func (mw *MainWindow) landingFor(target geo.View, selected string) geo.View {
	size := mw.pres.mapSize
	if size.Width <= 0 {
		return target
	}
	mw.body.Refresh() // lay the furniture out for this scene's caption
	var sel *orb.Bound
	if f, ok := mw.ds.ByID(selected); ok {
		b := f.Geometry.Bound()
		sel = &b
	}
	return landing(target, float64(size.Width), float64(size.Height), mw.pres.layout.free, sel).Clamp(mw.mapv.Limits())
}

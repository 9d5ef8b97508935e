package ui

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// saveEvery is how often the window keeps what it shows in the
// preferences when it changed, so a crash or a killed process loses at
// most this much.
const saveEvery = 15 * time.Second

// startAutosave keeps the state in the preferences every saveEvery while
// it changes, not only on a clean close.
func (mw *MainWindow) startAutosave() {
	post := mw.opts.poster
	if post == nil {
		post = fyne.Do
	}
	mw.stopSave = uikit.Every(saveEvery, post, mw.saveIfChanged)
}

func (mw *MainWindow) stopAutosave() {
	if mw.stopSave != nil {
		mw.stopSave()
	}
}

// saveIfChanged keeps the state when it differs from what was kept last.
func (mw *MainWindow) saveIfChanged() {
	if stateKey(mw.keptState()) != mw.saved {
		mw.saveState()
	}
}

// keptState is what a restart must restore: the user's own state, also
// while a lesson's scene is on screen.
func (mw *MainWindow) keptState() session.State {
	if mw.own != nil {
		s := *mw.own
		s.Basemap = mw.state.Basemap
		return s
	}
	return mw.state
}

// saveState keeps the state in the preferences.
func (mw *MainWindow) saveState() {
	s := mw.keptState()
	if err := s.Save(mw.app.Preferences()); err != nil {
		fyne.LogError("save state", err)
	}
	mw.saved = stateKey(s)
}

// stateKey sums up a state, to tell whether it changed.
func stateKey(s session.State) string {
	groups := slices.Sorted(maps.Keys(s.Groups))
	on := ""
	for _, g := range groups {
		if s.Groups[g] {
			on += g + ","
		}
	}
	return fmt.Sprintf("%d|%s|%s|%.6f,%.6f|%.3f|%s|%p", s.Year, on, s.Selected, s.Center.Lon(), s.Center.Lat(), s.Zoom, s.Basemap, s.Annotations)
}

// keepOwnState sets the user's own state aside before a lesson's first
// scene replaces it on screen.
func (mw *MainWindow) keepOwnState() {
	if mw.own != nil {
		return
	}
	s := mw.state
	v := mw.mapv.View()
	s.Center, s.Zoom = v.Center, v.Zoom
	s.Groups = maps.Clone(mw.state.Groups)
	mw.own = &s
}

// restoreOwnState brings back the user's own view, year, layers,
// selection and annotations after a lesson.
func (mw *MainWindow) restoreOwnState() {
	if mw.own == nil {
		return
	}
	own := *mw.own
	mw.own = nil
	mw.state.Groups = maps.Clone(own.Groups)
	for name, on := range own.Groups {
		mw.side.layers.SetChecked(name, on)
	}
	mw.setAnnotations(own.Annotations)
	mw.timeline.SetYear(own.Year)
	if own.Selected != "" {
		mw.setSelected(own.Selected)
	} else {
		mw.clearSelection()
	}
	mw.pres.showScene(0, 0, "", "")
	mw.redraw()
	if own.Zoom > 0 {
		mw.mapv.FlyTo(geo.View{Center: own.Center, Zoom: own.Zoom})
	}
	mw.setStatus(lang.L("Back to your own map: its view, year, layers and annotations."))
}

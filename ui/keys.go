package ui

import "fyne.io/fyne/v2"

// mapKey handles the atlas's keys on the map: Tab moves through the
// features on screen, Enter opens the highlighted one, Esc closes it (and
// leaves presentation mode when nothing is open), Page Up/Down and [ ]
// step the year, space plays. While presenting a lesson, Page Up/Down, the
// arrows, space and Backspace (what clickers send) step through its
// scenes instead.
func (mw *MainWindow) mapKey(ev *fyne.KeyEvent) bool {
	if mw.pres.on && len(mw.side.lessons.Lesson().Scenes) > 0 {
		switch ev.Name {
		case fyne.KeyPageDown, fyne.KeyRight, fyne.KeyDown, fyne.KeySpace:
			mw.side.lessons.Step(1)
			return true
		case fyne.KeyPageUp, fyne.KeyLeft, fyne.KeyUp, fyne.KeyBackspace:
			mw.side.lessons.Step(-1)
			return true
		}
	}
	switch ev.Name {
	case fyne.KeyTab:
		mw.cycleFeatures(1)
	case fyne.KeyEnter, fyne.KeyReturn:
		if id := mw.state.Selected; id != "" {
			mw.selectFeature(id, true)
		}
	case fyne.KeyEscape:
		if mw.state.Selected == "" && mw.pres.on {
			mw.SetPresenting(false)
		}
		mw.clearSelection()
	case fyne.KeyF11:
		mw.TogglePresentation()
	case fyne.KeyPageUp, fyne.KeyRightBracket:
		mw.timeline.Step(1)
	case fyne.KeyPageDown, fyne.KeyLeftBracket:
		mw.timeline.Step(-1)
	case fyne.KeySpace:
		mw.timeline.TogglePlay()
	default:
		return false
	}
	return true
}

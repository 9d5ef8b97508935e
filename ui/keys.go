package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// addShortcuts registers the window's shortcuts, which work wherever the
// keyboard focus is (the search box passes them on): Ctrl+E exports,
// Ctrl+F searches (Cmd on macOS, fyne's KeyModifierShortcutDefault), and
// Ctrl+Tab and Ctrl+Shift+Tab step through the features on screen (Ctrl on
// macOS too, where Cmd+Tab switches applications); Ctrl+Shift+E exports an
// animation of the years; Ctrl+K compares two years.
func (mw *MainWindow) addShortcuts() {
	add := func(key fyne.KeyName, mod fyne.KeyModifier, f func()) {
		s := &desktop.CustomShortcut{KeyName: key, Modifier: mod}
		handler := func(fyne.Shortcut) { f() }
		mw.shortcuts.AddShortcut(s, handler)
		mw.win.Canvas().AddShortcut(s, handler)
	}
	ctrl := fyne.KeyModifierShortcutDefault
	add(fyne.KeyE, ctrl, mw.showExport)
	add(fyne.KeyK, ctrl, mw.ToggleCompare)
	add(fyne.KeyE, ctrl|fyne.KeyModifierShift, mw.showAnimation)
	add(fyne.KeyF, ctrl, mw.focusSearch)
	add(fyne.KeyTab, fyne.KeyModifierControl, func() { mw.cycleFeatures(1) })
	add(fyne.KeyTab, fyne.KeyModifierControl|fyne.KeyModifierShift, func() { mw.cycleFeatures(-1) })
	mw.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { mw.mapKey(ev) })
	mw.win.Canvas().SetOnTypedRune(func(r rune) { mw.mapRune(r) })
}

// focusSearch puts the keyboard in the search box, its text selected.
func (mw *MainWindow) focusSearch() {
	if mw.pres.on {
		mw.SetPresenting(false)
	}
	mw.search.Focus()
}

// mapRune handles the atlas's letters on the map: N and P step to the
// next and previous feature on screen, "/" goes to the search box.
func (mw *MainWindow) mapRune(r rune) bool {
	switch r {
	case 'n', 'N':
		mw.cycleFeatures(1)
	case 'p', 'P':
		mw.cycleFeatures(-1)
	case '/':
		mw.focusSearch()
	default:
		return false
	}
	return true
}

// mapKey handles the atlas's keys on the map: Enter flies to the
// selected feature, Esc closes it (and leaves presentation mode when
// nothing is open), Page Up/Down and [ ] step the year, space plays, F11
// presents. While presenting a lesson, Page Up/Down, the arrows, space and
// Backspace (what clickers send) step through its scenes instead. Tab is
// not the map's: it moves the focus on.
func (mw *MainWindow) mapKey(ev *fyne.KeyEvent) bool {
	mw.showControls()
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
	case fyne.KeyEnter, fyne.KeyReturn:
		if id := mw.state.Selected; id != "" {
			mw.openFeature(id)
		}
	case fyne.KeyEscape:
		if mw.state.Selected == "" && mw.pres.on {
			mw.SetPresenting(false)
		}
		if mw.state.Selected == "" && mw.cmp.Active() {
			mw.setComparing(false)
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

package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// PassEntry is an entry that passes on the window's shortcuts (those
// with a modifier that an entry does not use itself: Ctrl+E to export,
// say), which fyne gives to the focused entry alone.
type PassEntry struct {
	widget.Entry
	// Pass, when set, is offered those shortcuts.
	Pass func(fyne.Shortcut)
}

// NewPassEntry returns a single-line entry passing shortcuts to pass.
func NewPassEntry(pass func(fyne.Shortcut)) *PassEntry {
	e := &PassEntry{Pass: pass}
	e.ExtendBaseWidget(e)
	return e
}

// NewPassMultiLineEntry returns a word-wrapping multi-line entry passing
// shortcuts to pass.
func NewPassMultiLineEntry(pass func(fyne.Shortcut)) *PassEntry {
	e := NewPassEntry(pass)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// TypedShortcut passes the window's shortcuts on and handles the rest as
// an entry does.
func (e *PassEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.Pass != nil && !EntryShortcut(cs) {
		e.Pass(s)
		return
	}
	e.Entry.TypedShortcut(s)
}

// EntryShortcut reports whether an entry moves its cursor or selection, or
// deletes, with cs (Ctrl with an arrow, Home, End, Backspace or Delete,
// and Shift with them).
func EntryShortcut(cs *desktop.CustomShortcut) bool {
	switch cs.KeyName {
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd, fyne.KeyBackspace, fyne.KeyDelete:
		return true
	}
	return false
}

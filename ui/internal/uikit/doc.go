// Package uikit holds the small pieces the window and its panels share:
// the error dialog that shows an error's whole message, forms' validated
// groups, a word-wrapping link that runs a function, buttons with
// tooltips (Tips), entries that pass the window's shortcuts on
// (PassEntry), a select as wide as its longest choice (FitSelect), a
// scroll container a wheel moves at reading pace (Scroll), an opaque
// themed panel (Background), a ticker that posts to the UI goroutine
// (Every), a shortcut's name as the system writes it (ShortcutLabel:
// Ctrl+E, or Cmd+E on macOS), and a file dialog's choice as a path of the
// system (OpenFile, FilePath).
//
// It imports fyne and nothing of the project's own; it must never import
// ui or a panel package, so any of them can use it.
package uikit

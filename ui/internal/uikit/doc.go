// Package uikit holds the small pieces the window and its panels share:
// the error dialog that shows an error's whole message, a word-wrapping
// link that runs a function, and the translucent card presentation mode
// puts over the map.
//
// It imports fyne and nothing of the project's own; it must never import
// ui or a panel package, so any of them can use it.
package uikit

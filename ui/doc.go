// Package ui owns everything the user sees around the map: the main window,
// toolbar, status line, dialogs and theme. It is the only package tree
// (with ui/mapview) that imports fyne; the logic it presents lives in geo/
// and data/.
package ui

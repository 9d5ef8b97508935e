// Package ui is the atlas window: it builds the parts a user sees and
// connects them. MainWindow composes the map (ui/mapview), the toolbar's
// search box (ui/searchbox), annotation tools (ui/annotator) and basemap
// picker (ui/basemaps), the side panel's tabs (ui/layers, ui/details,
// ui/sources, ui/lessons), the timeline (ui/timeline), the status bar and
// the Export dialog (ui/export); it also owns presentation mode, the
// themes, the settings dialog and the keys. Run opens it.
//
// The window holds what it shows as one data/session.State and is the
// only part that knows the others: each part is a widget (or a dialog)
// built with what it needs (the dataset, a parent window, functions to
// call) and reports back through callbacks or a small interface
// (lessons.Stage), never through a pointer to the window. Words shared by
// the parts live in ui/internal/i18n, small shared widgets and the error
// dialog in ui/internal/uikit.
//
// Only ui and the packages under it import fyne. The logic they present
// lives below, headless and tested there: data/search (ranking),
// data/session (state, scenes, preferences), geo (flights, views),
// geo/overlay (drawing, visibility, hit tests, legend), geo/annotate,
// geo/render (exports). ui must not be imported by anything but cmd/atlas.
package ui

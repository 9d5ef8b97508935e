// Package basemaps is the toolbar's basemap picker: the embedded offline
// basemap, the online presets, a custom XYZ URL and an MBTiles file.
// Sources are opened off the UI goroutine; an online source that fails
// tile by tile is shown with the embedded basemap standing in, and the
// status line says so.
//
// Picker is a widget told what it needs at construction (the parent window
// for its dialogs, the embedded basemap, the app's version) and reporting
// through callbacks: the source to put on the map, status lines and the
// spec to remember. It must never import ui or another panel.
package basemaps

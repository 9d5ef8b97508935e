// Package mapview owns the interactive map widget: a Fyne widget that shows
// tiles from a tiles.Source, pans by moving tile textures (never by
// re-rendering them), zooms about the cursor, shows the parent tile scaled
// while a tile is missing, and keeps a scale bar and the attribution on
// screen. Tiles are produced off the UI goroutine by a tiles.Loader and
// published back with fyne.Do.
package mapview

// Package mapview owns the interactive map widget: a Fyne widget that shows
// tiles from a tiles.Source, pans by moving tile textures (never by
// re-rendering them), zooms about the cursor, flies between views, shows
// the parent tile scaled while a tile is missing, and keeps a scale bar and
// the attribution on screen in the theme's colours and sizes. Tiles and the
// overlay layer are produced off the UI goroutine (a tiles.Loader, an
// OverlayFunc) and published back with fyne.Do. A map's Twin is a second
// map driven by the first's view and showing its tiles with an overlay of
// its own: a comparison of two years pans and zooms as one map.
//
// It follows fyne's widget/renderer split: MapView holds the state (view,
// loader, overlay image) and starts work when the view or its size
// changes; the renderer holds every canvas object, and its Layout only
// places them. It must not import ui or any panel, nor do I/O on the UI
// goroutine.
package mapview

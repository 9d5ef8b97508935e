// Package compare owns the window's compare view: the map area turned into
// two maps of the same place in two years, side by side (one above the
// other when that gives the maps more room), each under a header with its
// year large, buttons and a list to pick another, and a key to its marks;
// a Close compare button leads back to the one map.
//
// The later map is the window's own (its year is the timeline's); the
// earlier is its mapview.Twin, so one view drives both, they share one tile
// cache, and panning moves textures only, as on the single map. What only
// one of the two maps shows is marked by the overlay (overlay.Mark, by the
// rule of geo/change): dashed on the earlier map (gone by the later year),
// solid on the later (new since the earlier). The earlier year opens on
// change.EarlierYear of the later.
//
// View is built once with what it needs from the window (its map, the
// features, a function that draws an overlay as the window draws its own,
// callbacks) and is the map area the window lays out. It imports fyne,
// ui/mapview, ui/internal and the headless packages below; it must never
// import ui or another panel.
package compare

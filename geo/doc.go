// Package geo owns the map's geometry: the View (centre, zoom, size in
// pixels), Web Mercator projection between lon/lat and world pixels, the
// tiles a view covers, camera flights between views (Flight), hit testing
// and scale-bar maths. It is pure Go, with no display or fyne dependency,
// so everything built on it runs headless.
package geo

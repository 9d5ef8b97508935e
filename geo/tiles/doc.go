// Package tiles owns map tile sources and the machinery around them: the
// Source interface every basemap implements, a bounded in-memory LRU of
// decoded tiles, and a Loader that fetches tiles off the UI goroutine,
// cancels what is no longer wanted and lets the newest request win.
//
// Concrete sources live in sub-packages or beside their data (the embedded
// vector basemap, HTTP XYZ providers, MBTiles files). Nothing here imports
// fyne, so sources can be tested and benchmarked headless.
package tiles

// Package embedded is the atlas's offline basemap tile source: it renders
// Web Mercator XYZ tiles on demand from the vectors of data/basemap, with no
// network and no files.
//
// A Source projects the vectors once, then per zoom level (lazily, once)
// simplifies them and cuts them into a grid of cells. Tiles are drawn with
// golang.org/x/image/vector and carry no lettering: the names of towns,
// rivers and countries are placed per view, together with the atlas's own
// labels, by geo/placenames and geo/label. A Source is safe for concurrent
// use and holds no global state.
package embedded

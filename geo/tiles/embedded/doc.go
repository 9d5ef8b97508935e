// Package embedded is the atlas's offline basemap tile source: it renders
// Web Mercator XYZ tiles on demand from the vectors of data/basemap, with no
// network and no files.
//
// A Source projects the vectors once, then per zoom level (lazily, once)
// simplifies them, cuts them into a grid of cells and places every label of
// that zoom in world-pixel space, greedily by priority, so that labels never
// collide and a label spanning two tiles draws half in each. Tiles are drawn
// with golang.org/x/image/vector and the Go fonts; a Source is safe for
// concurrent use and holds no global state.
package embedded

// Package embedded is the atlas's offline basemap tile source: it renders
// Web Mercator XYZ tiles on demand from the vectors of data/basemap, with no
// network and no files.
//
// A Source projects the vectors once, then per zoom level (lazily, once)
// simplifies them, cuts them into a grid of cells, lights the shaded relief
// of data/relief for that scale (geo/relief) and places every label of
// that zoom in world-pixel space, greedily by priority, so that labels never
// collide and a label spanning two tiles draws half in each. A tile fills
// the land (Peru warmer and lighter than its neighbours), shades and tints
// it by the relief, draws the water over it (the shelf a little lighter),
// then lines and labels on top. Tiles are drawn with
// golang.org/x/image/vector and the Go fonts; a Source is safe for
// concurrent use and holds no global state.
package embedded

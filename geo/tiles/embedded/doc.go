// Package embedded is the atlas's offline basemap tile source: it renders
// Web Mercator XYZ tiles on demand from the vectors of data/basemap, with no
// network and no files.
//
// A Source projects the vectors once, then per zoom level (lazily, once)
// simplifies them, cuts them into a grid of cells and lights the shaded
// relief of data/relief for that scale (geo/relief). A tile fills the land
// (Peru warmer and lighter than its neighbours), shades and tints it by the
// relief, draws the water over it (the shelf a little lighter), then the
// lines on top. Tiles carry no lettering: the names of towns, rivers and
// countries are placed per view, together with the atlas's own labels, by
// geo/placenames and geo/label. Tiles are drawn with
// golang.org/x/image/vector; a Source is safe for concurrent use and holds
// no global state.
package embedded

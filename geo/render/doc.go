// Package render turns a scene (view, basemap, overlays, annotations) into
// a finished map image, headless. Scene is the entry point the GUI's Export
// dialog and `atlas export` share (Builder makes Scenes from atlas views):
// Scene.Render lays out, by the image's aspect ratio, a title band, the
// map, a panel with the legend and an inset of South America (beside a
// landscape map, under a portrait one) and a footer citing the sources the
// visible features cite, and WriteScene writes it as PNG or as a PDF page
// (Presets gives the slide, 4K and A4 sizes). Film draws many frames of
// one layout over one composed basemap (animations), Compare two years
// side by side. Writes are atomic (a temp file, then a rename that never
// replaces a file without leave), and the target is checked before any
// drawing.
//
// The map is a view at a fractional zoom that fills its area. Basemap
// tiles are materialized into a directory laid out as go-staticmaps
// expects (<root>/<source>/<z>/<x>/<y>) and composed by an sm.Context with
// SetOnline(false) at the nearest whole zoom, so the project's own tile
// engine is the only thing that ever touches the network. Tiles of a
// versioned source (the embedded basemap) are kept between exports; any
// other source's go to a store of one drawing (TileDir.ForExport), so the
// source's own cache, with its HTTP rules, is the only cache. A basemap that
// can redraw its tiles at any density (Rescaler: the embedded one) is
// drawn at exactly the needed one, others are resampled. Gaps are
// reported, never silently drawn as holes. The atlas layers are then drawn
// over the map by overlay.Set.RenderInto, the code that draws the screen's
// overlay layer, at the exact view, and the annotations by
// annotate.DrawView. A user's own layers are drawn when the scene's
// Overlays has them (overlay.Set.WithUsers): the legend lists them as the
// user's, and the footer credits each apart from the atlas's sources,
// with the sources its features cite, or by its file name. It must not
// import fyne.
package render

// Package render turns a scene (view, basemap, overlays, annotations) into
// a finished map image, headless. Scene is the entry point the GUI's Export
// dialog and `atlas export` share: Scene.Render lays out a title band, the
// map, a panel with the legend and an inset of South America, and the
// sources cited by the visible features, all sized to the image, and
// WriteScene writes it as PNG or as a PDF page (Presets gives the slide,
// 4K and A4 sizes). Writes are atomic: a temp file, then a rename.
//
// Basemap tiles are materialized into a directory laid out as
// go-staticmaps expects (<root>/<source>/<z>/<x>/<y>) and composed by an
// sm.Context with SetOnline(false), so the project's own tile engine is the
// only thing that ever touches the network. Gaps are reported, never
// silently drawn as holes. The same drawing code serves the screen's
// overlay layer and exports.
package render

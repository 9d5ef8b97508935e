// Package render turns a scene (view, basemap, overlays) into an image,
// headless. Basemap tiles are materialized into a directory laid out as
// go-staticmaps expects (<root>/<source>/<z>/<x>/<y>) and composed by an
// sm.Context with SetOnline(false), so the project's own tile engine is the
// only thing that ever touches the network. Gaps are reported, never
// silently drawn as holes. The same drawing code serves the screen's
// overlay layer and exports.
package render

// Package relief owns the shaded relief of the offline basemap: the maths
// of light and tint that turn the elevation model of data/relief into a
// quiet backdrop for thematic overlays.
//
// NewSurface resamples the model onto a regular longitude/latitude grid,
// keeping 16-bit land elevations; Surface.Shading takes their Horn
// gradients and lights them from the north-west with a vertical exaggeration chosen for a zoom's metres per
// pixel (Exaggeration) and fades it as pixels get much finer than the data
// (Strength); Shading.Paint then modulates the land colours already in a
// tile, and PaintSea tints the water by depth. The colours change value far
// more than hue, so that the overlays' colours stay the loudest thing on the
// map (see tint.go).
//
// It is pure Go: image and image/color from the standard library, no Fyne,
// no gg, no tile or projection code (callers pass each pixel column's
// longitude and each row's latitude).
package relief

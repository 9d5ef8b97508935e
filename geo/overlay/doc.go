// Package overlay draws the atlas layers over a map: coca zones, Shining
// Path areas, airstrips and air routes, exit ports, trafficking routes,
// hubs, bases and dated events. It owns the cartographic style (a
// colour-blind-safe Okabe-Ito palette, hatching for approximate shapes,
// line patterns by transport mode, symbols, event markers), label placement
// without collisions, which features a view shows (Visible, the keyboard
// order), hit testing, the legend, and the marks a comparison of two years
// puts on what one of its maps alone shows (Mark: the window's compare view
// and the compare export draw them with this one code).
//
// A Set is built once from a data.Dataset with geometry pre-projected to
// zoom-0 world pixels. Set.Render and Set.RenderInto draw a view at any
// zoom, whole or fractional, at any pixel density: the screen's overlay
// layer and geo/render's exports call the same code, so they look alike.
// The package is pure Go and never imports fyne.
package overlay

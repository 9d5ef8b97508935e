// Package overlay draws the atlas layers over a map: coca zones, Shining
// Path areas, airstrips and air routes, exit ports, trafficking routes,
// hubs, bases and dated events. It owns the cartographic style (a
// colour-blind-safe Okabe-Ito palette, hatching for approximate shapes,
// line patterns by transport mode, symbols, event markers), label placement
// without collisions, which features a view shows (Visible, the keyboard
// order), hit testing and the legend.
//
// A Set is built once from a data.Dataset with geometry pre-projected to
// zoom-0 world pixels. Every visible feature is also a go-staticmaps
// MapObject (Set.Objects), and Set.Render draws with exactly the same code
// onto a transparent image, so the screen's overlay layer and an exported
// map look alike. The package is pure Go and never imports fyne.
package overlay

// Package layers is the side panel's Layers tab, which is also the
// on-screen legend, the same legend the exports carry: a switch per layer
// group with how many of its features the view shows, then a line per kind
// of symbol the map draws for it (drawn by the map's own style code, titled
// in the UI language, counted in the view), then the key of the certainty
// marks the labels in view carry.
//
// The panel is a widget built from the groups' initial states; it reports
// a switch through OnToggled and is told the legend of the view
// (SetLegend) and switches set by a lesson scene (SetChecked). The groups, their words and
// symbols come from data and geo/overlay. It must never import ui or
// another panel.
package layers

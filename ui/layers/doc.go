// Package layers is the side panel's Layers tab, which is also the
// on-screen legend: a switch per layer group with the symbols of its layers
// and how many of its features the map shows in the year.
//
// The panel is a widget built from the groups' initial states; it reports
// a switch through OnToggled and is told the counts (SetCounts) and
// switches set by a lesson scene (SetChecked). The groups, their words and
// symbols come from data and geo/overlay. It must never import ui or
// another panel.
package layers

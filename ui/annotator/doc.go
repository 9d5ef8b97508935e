// Package annotator is the toolbar's annotation tools: what a tap on the
// map does (select features, or place a text label, an arrow in two taps
// or a circle), the form that edits an annotation, checked as the user
// types so Save stays disabled until it is valid, and the button that
// clears them all.
//
// Tool is a widget told what it needs (the parent window, the map's view,
// the current annotations) and reporting through callbacks (the new set,
// status lines). The rules for a valid annotation are data/annotation's;
// drawing and hit testing are geo/annotate's. It must never import ui or
// another panel.
package annotator

// Package annotate draws the annotations a teacher places on a map (text
// labels, arrows and highlight circles, modelled by data/annotation) and
// finds the one under a screen position.
//
// DrawView draws an annotation.Set for a view at any zoom, whole or
// fractional: the screen's overlay and every export draw them so, with
// one drawing code. StyleOf gives an annotation's
// colours and sizes at a scale; Obstacles gives the label engine what the
// annotations cover; HitTest finds the
// annotation under a point of a view. It owns no file format and must not
// import fyne.
package annotate

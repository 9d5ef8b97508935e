// Package annotate draws the annotations a teacher places on a map (text
// labels, arrows and highlight circles, modelled by data/annotation) and
// finds the one under a screen position.
//
// Objects turns an annotation.Set into go-staticmaps objects (the screen's
// overlay layer draws them so) and DrawView draws the same objects for a
// view at any zoom (exports draw them so): one drawing code; StyleOf
// gives an annotation's colours and sizes at a scale; HitTest finds the
// annotation under a point of a view. It owns no file format and must not
// import fyne.
package annotate

// Package annotate draws the annotations a teacher places on a map (text
// labels, arrows and highlight circles, modelled by data/annotation) and
// finds the one under a screen position.
//
// Objects turns an annotation.Set into go-staticmaps objects, so exports
// and the screen's overlay layer draw them with the same code; StyleOf
// gives an annotation's colours and sizes at a scale; DrawOver paints a set
// over an image of a View (the screen's overlay); HitTest finds the
// annotation under a point of a view. It owns no file format and must not
// import fyne.
package annotate

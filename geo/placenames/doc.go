// Package placenames gives the basemap's names (the towns with their dots,
// the major rivers, Peru, its neighbours, the Pacific and Lake Titicaca) as
// label candidates, so the overlay places them in the same pass as the
// atlas's own labels and no name covers another or a symbol. Basemap tiles
// carry no lettering; the names follow the view, the type scale of a
// projector or an export, and the language (Spanish exonyms: PERÚ, BRASIL,
// Océano Pacífico, Lago Titicaca).
//
// Names implements label.Source. It reads data/basemap and owns the names'
// styles and which appear at which zoom. It must not import fyne and draws
// only the labels it is asked to.
package placenames

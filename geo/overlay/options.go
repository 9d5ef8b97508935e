package overlay

import (
	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Options choose what to draw.
type Options struct {
	Year     int          // what is drawn follows data.Feature.OpacityIn: the period, and events fading after it
	Layers   []data.Layer // visible layers; nil means all
	Selected string       // id of the highlighted feature, "" for none
	Scale    float64      // 1 = normal screen; 2 = HiDPI / projector / large export (line widths, symbols, text); 0 means 1
	Lang     string       // language of feature labels: "es" for Spanish, else English

	// HideUsers lists the positions (from 0, as in Set.Users) of the user
	// layers not drawn; the others follow Year (see WithUsers).
	HideUsers []int

	// Names, when set, gives the basemap's place names (towns, rivers,
	// countries, seas), placed in the same pass as the features' labels so
	// that no label covers another. Nil for basemaps with names of their own.
	Names label.Source

	// Obstacles, when set, gives what a frame's labels must avoid besides
	// the atlas's own symbols and routes: a teacher's annotations.
	Obstacles func(label.Frame) label.Obstacles
}

// scale returns the effective scale factor, 1 when unset.
func (o Options) scale() float64 {
	if o.Scale <= 0 {
		return 1
	}
	return o.Scale
}

// visibleLayer reports whether layer l is switched on.
func (o Options) visibleLayer(l data.Layer) bool { return data.LayerOn(o.Layers, l) }

package render

import (
	"context"
	"image"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

// unit is the furniture's base size in pixels for the scene: unitFor its
// size, times TypeScale.
func (r *resolved) unit() float64 {
	u := unitFor(r.w, r.h)
	if r.TypeScale > 0 {
		u *= r.TypeScale
	}
	return u
}

// RenderView is Render, also telling where the map is (Result).
func (s Scene) RenderView(ctx context.Context, fonts *Fonts) (img *image.RGBA, res Result, err error) {
	img, lay, missing, err := s.render(ctx, fonts)
	res.Missing = missing
	if err != nil {
		return nil, res, err
	}
	res.View, res.Zoom, res.Texts = lay.view, lay.zoom, lay.drawnTexts()
	return img, res, nil
}

// Passage is a place in a source that a feature on a map cites.
type Passage struct {
	Feature data.Feature
	Locator string
	Note    string // what the passage supports, when the data says
}

// Cited is a source with the passages of it that a map's features cite.
type Cited struct {
	Source   data.Source
	Passages []Passage
}

// Cited lists, in bibliography order, the sources the features of the
// scene's map cite, by the footer's rule (the features the year and layers
// draw whose extent meets the map, and the selected one), each with the
// passages: the whole reference a handout prints under a map. shown is
// the map's view in output pixels (Result.View).
func (s Scene) Cited(shown geo.View) ([]Cited, error) {
	r, err := s.resolveLayout()
	if err != nil {
		return nil, err
	}
	r.view = shown
	in := r.inFrame()
	by := map[string][]Passage{}
	for _, f := range r.Dataset.Features {
		if !f.OnMapIn(r.year, r.Layers) || !in(f) {
			continue
		}
		for _, c := range f.Citations {
			by[c.Source] = append(by[c.Source], Passage{Feature: f, Locator: c.Locator, Note: c.Note})
		}
	}
	var out []Cited
	for _, src := range r.Dataset.Sources {
		if ps := by[src.ID]; len(ps) > 0 {
			out = append(out, Cited{Source: src, Passages: ps})
		}
	}
	return out, nil
}

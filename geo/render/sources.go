package render

import (
	"github.com/perutraffickingatlas/atlas/data"
)

// yearSources lists, in bibliography order, the sources cited by every
// feature shown in the scene's year and layers, wherever it is.
func (r *resolved) yearSources() []data.Source {
	return r.sources(func(data.Feature) bool { return true })
}

// frameSources lists the sources cited by the features shown inside the
// frame (the selected one always counts).
func (r *resolved) frameSources() []data.Source {
	return r.sources(r.inFrame())
}

// inFrame tells whether a feature counts as shown in the frame, wherever
// its year puts it: the selected one, and any whose extent meets the view.
func (r *resolved) inFrame() func(data.Feature) bool {
	b := r.view.Bound()
	return func(f data.Feature) bool {
		return f.ID == r.Selected || (f.Geometry != nil && f.Geometry.Bound().Intersects(b))
	}
}

func (r *resolved) sources(in func(data.Feature) bool) []data.Source {
	cited := map[string]bool{}
	for _, f := range r.Dataset.Features {
		if !f.OnMapIn(r.year, r.Layers) || !in(f) {
			continue
		}
		for _, c := range f.Citations {
			cited[c.Source] = true
		}
	}
	var out []data.Source
	for _, s := range r.Dataset.Sources {
		if cited[s.ID] {
			out = append(out, s)
		}
	}
	return out
}

func sameSources(a, b []data.Source) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			return false
		}
	}
	return true
}

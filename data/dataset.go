package data

import "sort"

// Dataset is the bibliography plus every feature of the atlas.
// Its methods never modify it and return fresh slices.
type Dataset struct {
	Sources  []Source
	Features []Feature
}

// ByID returns the feature with the given id.
func (d *Dataset) ByID(id string) (Feature, bool) {
	for _, f := range d.Features {
		if f.ID == id {
			return f, true
		}
	}
	return Feature{}, false
}

// Source returns the bibliography record with the given article id.
func (d *Dataset) Source(id string) (Source, bool) {
	for _, s := range d.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Layer returns the features of one layer, in file order.
func (d *Dataset) Layer(l Layer) []Feature {
	var out []Feature
	for _, f := range d.Features {
		if f.Layer == l {
			out = append(out, f)
		}
	}
	return out
}

// CitedBy returns the features that cite an article, in a citation or in
// one version of a conflict.
func (d *Dataset) CitedBy(sourceID string) []Feature {
	var out []Feature
	for _, f := range d.Features {
		if cites(f, sourceID) {
			out = append(out, f)
		}
	}
	return out
}

func cites(f Feature, sourceID string) bool {
	for _, c := range f.Citations {
		if c.Source == sourceID {
			return true
		}
	}
	for _, c := range f.Conflicts {
		for _, v := range c.Versions {
			for _, cit := range v.Citations {
				if cit.Source == sourceID {
					return true
				}
			}
		}
	}
	return false
}

// LatestYear returns the latest year the data speaks of: the newest source
// year or period year, whichever is later. Ongoing periods run up to it.
func (d *Dataset) LatestYear() int {
	latest := 0
	for _, s := range d.Sources {
		latest = max(latest, s.Year)
	}
	for _, f := range d.Features {
		latest = max(latest, f.Period.From)
		if f.Period.To != nil {
			latest = max(latest, *f.Period.To)
		}
	}
	return latest
}

// IDs returns every feature id, sorted.
func (d *Dataset) IDs() []string {
	out := make([]string, len(d.Features))
	for i, f := range d.Features {
		out[i] = f.ID
	}
	sort.Strings(out)
	return out
}

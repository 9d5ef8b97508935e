package search

import (
	"sort"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// The zooms a hit is shown at: a feature in its surroundings, a place at
// town scale.
const (
	FeatureZoom = 8
	PlaceZoom   = 10
)

// minQuery is the shortest query, in letters, that searches: one letter
// matches most of the atlas.
const minQuery = 2

// Hit is a feature or a place that matched a query.
type Hit struct {
	// Feature is the matching atlas feature; its ID is "" when the hit is
	// a place.
	Feature data.Feature
	// Place is the matching gazetteer place, when Feature.ID is "".
	Place gazetteer.Place
	// Point is where to look: the middle of the feature's extent, or the
	// place; Zoom is the zoom to look at it with.
	Point orb.Point
	Zoom  float64
}

// IsFeature reports whether the hit is an atlas feature (else a place).
func (h Hit) IsFeature() bool { return h.Feature.ID != "" }

// Index searches one dataset and gazetteer. Build it with New; it is
// immutable and safe for concurrent use.
type Index struct {
	features []data.Feature
	keys     []string // folded English and Spanish names, by feature
	gaz      *gazetteer.Gazetteer
}

// New indexes the features of ds and the places of gaz (either may be nil).
func New(ds *data.Dataset, gaz *gazetteer.Gazetteer) *Index {
	ix := &Index{gaz: gaz}
	if ds != nil {
		ix.features = ds.Features
		ix.keys = make([]string, len(ds.Features))
		for i, f := range ds.Features {
			ix.keys[i] = gazetteer.Fold(f.Name + " " + f.NameES)
		}
	}
	return ix
}

// Find returns up to limit hits for query, which must have at least two
// letters. Features come first: names that start with the query, then
// names with a word that starts with it, then names that contain it, each
// in the dataset's order. Places follow: those in Peru before those
// abroad, then as the gazetteer ranks them (names that start with the
// query first, then by population).
func (ix *Index) Find(query string, limit int) []Hit {
	q := gazetteer.Fold(query)
	if len([]rune(q)) < minQuery || limit <= 0 {
		return nil
	}
	type ranked struct {
		i, rank int
	}
	var feats []ranked
	for i, key := range ix.keys {
		switch {
		case strings.HasPrefix(key, q):
			feats = append(feats, ranked{i, 0})
		case strings.Contains(key, " "+q):
			feats = append(feats, ranked{i, 1})
		case strings.Contains(key, q):
			feats = append(feats, ranked{i, 2})
		}
	}
	sort.SliceStable(feats, func(a, b int) bool { return feats[a].rank < feats[b].rank })
	out := make([]Hit, 0, limit)
	for _, r := range feats {
		if len(out) == limit {
			return out
		}
		f := ix.features[r.i]
		out = append(out, Hit{Feature: f, Point: f.Geometry.Bound().Center(), Zoom: FeatureZoom})
	}
	if ix.gaz == nil {
		return out
	}
	places := ix.gaz.Search(query, 3*limit)
	sort.SliceStable(places, func(a, b int) bool { return places[a].Country == "PE" && places[b].Country != "PE" })
	for _, p := range places {
		if len(out) == limit {
			break
		}
		out = append(out, Hit{Place: p, Point: p.Point, Zoom: PlaceZoom})
	}
	return out
}

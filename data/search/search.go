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
	keys     []string // folded English and Spanish names and their other spellings, by feature
	gaz      *gazetteer.Gazetteer
}

// New indexes the features of ds and the places of gaz (either may be nil).
func New(ds *data.Dataset, gaz *gazetteer.Gazetteer) *Index {
	ix := &Index{gaz: gaz}
	if ds != nil {
		ix.features = ds.Features
		ix.keys = make([]string, len(ds.Features))
		for i, f := range ds.Features {
			ix.keys[i] = gazetteer.Key(f.Name + " " + f.NameES)
		}
	}
	return ix
}

// ranked is a feature's index with how well its name matches: lower is
// better.
type ranked struct{ i, rank int }

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
	var places []gazetteer.Place
	if ix.gaz != nil {
		places = ix.gaz.Search(query, 3*limit)
		sort.SliceStable(places, func(a, b int) bool { return places[a].Country == "PE" && places[b].Country != "PE" })
	}
	return ix.hits(feats, places, limit)
}

// Suggest returns up to limit hits whose names are near misses of query
// (see gazetteer.NearMiss): what the user probably meant when Find finds
// nothing ("Calao" suggests Callao). Features come first, the closest
// first; places follow, the closest first, then the most populous.
func (ix *Index) Suggest(query string, limit int) []Hit {
	q := gazetteer.Fold(query)
	if len([]rune(q)) < minQuery || limit <= 0 {
		return nil
	}
	var feats []ranked
	for i, key := range ix.keys {
		if d, ok := gazetteer.NearMiss(q, key); ok {
			feats = append(feats, ranked{i, d})
		}
	}
	var places []gazetteer.Place
	if ix.gaz != nil {
		places = ix.gaz.Near(query, limit)
	}
	return ix.hits(feats, places, limit)
}

// hits lists the features by rank (the dataset's order among equals), then
// the places, up to limit in all.
func (ix *Index) hits(feats []ranked, places []gazetteer.Place, limit int) []Hit {
	sort.SliceStable(feats, func(a, b int) bool { return feats[a].rank < feats[b].rank })
	out := make([]Hit, 0, limit)
	for _, r := range feats {
		if len(out) == limit {
			return out
		}
		f := ix.features[r.i]
		out = append(out, Hit{Feature: f, Point: f.Geometry.Bound().Center(), Zoom: FeatureZoom})
	}
	for _, p := range places {
		if len(out) == limit {
			break
		}
		out = append(out, Hit{Place: p, Point: p.Point, Zoom: PlaceZoom})
	}
	return out
}

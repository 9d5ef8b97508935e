package search

import (
	"sort"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
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
	// UserLayer is, for a feature of the user's own layer (Index.WithUsers),
	// that layer's name; its Feature then has only an id
	// (userlayer.FeatureID), names and a geometry. "" for the atlas's.
	UserLayer string
}

// IsFeature reports whether the hit is an atlas feature (else a place).
func (h Hit) IsFeature() bool { return h.Feature.ID != "" }

// Index searches one dataset and gazetteer. Build it with New; it is
// immutable and safe for concurrent use.
type Index struct {
	features []data.Feature
	keys     []string // folded English and Spanish names and their other spellings, by feature
	gaz      *gazetteer.Gazetteer
	atlas    int      // features[:atlas] are the dataset's, the rest the user's
	users    []string // the user layer's name of each of features[atlas:]
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
	ix.atlas = len(ix.features)
	return ix
}

// WithUsers returns an index that also finds the features of the user's
// own layers that have a name, ranked with the atlas's features (the
// atlas's first among equals, then the layers in their order, position L
// of userlayer.FeatureID); ix is not changed, and whatever user layers it
// had are replaced.
func (ix *Index) WithUsers(layers []*userlayer.Layer) *Index {
	out := &Index{gaz: ix.gaz, atlas: ix.atlas, features: ix.features[:ix.atlas:ix.atlas], keys: ix.keys[:ix.atlas:ix.atlas]}
	for li, l := range layers {
		for fi, f := range l.Features {
			if f.Name == "" && f.NameES == "" {
				continue
			}
			out.features = append(out.features, data.Feature{ID: userlayer.FeatureID(li, fi), Name: f.Name, NameES: f.NameES, Geometry: f.Geometry})
			out.keys = append(out.keys, gazetteer.Key(f.Name+" "+f.NameES))
			out.users = append(out.users, l.Name)
		}
	}
	return out
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
		h := Hit{Feature: f, Point: f.Geometry.Bound().Center(), Zoom: FeatureZoom}
		if r.i >= ix.atlas {
			h.UserLayer = ix.users[r.i-ix.atlas]
		}
		out = append(out, h)
	}
	for _, p := range places {
		if len(out) == limit {
			break
		}
		out = append(out, Hit{Place: p, Point: p.Point, Zoom: PlaceZoom})
	}
	return out
}

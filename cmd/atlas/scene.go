package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/search"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// checkYearAndSelection rejects a year outside 1980..latest and an unknown
// feature id with a message that says what is allowed. Zero values pass.
func checkYearAndSelection(year int, id string) error {
	if year == 0 && id == "" {
		return nil
	}
	ds, err := data.Embedded()
	if err != nil {
		return fmt.Errorf("atlas data: %w", err)
	}
	if year != 0 && (year < 1980 || year > ds.LatestYear()) {
		return fmt.Errorf("-year %d: must be 1980 to %d", year, ds.LatestYear())
	}
	if _, _, user := userlayer.ParseFeatureID(id); id != "" && !user { // a user feature is checked once its layers are read
		if _, ok := ds.ByID(id); !ok {
			return fmt.Errorf("-select %q: no feature has that id (close ones: %s; atlas list prints every id)", id, strings.Join(similarIDs(ds, id, 3), ", "))
		}
	}
	return nil
}

// similarIDs lists up to n ids of features the user may have meant: those
// whose names match id read as words ("vraem" finds the VRAEM's features)
// or, failing that, are near misses of it, then the ids closest to id by
// edit distance.
func similarIDs(ds *data.Dataset, id string, n int) []string {
	q := strings.ReplaceAll(id, "_", " ")
	ix := search.New(ds, nil)
	hits := ix.Find(q, n)
	if len(hits) == 0 {
		hits = ix.Suggest(q, n)
	}
	var out []string
	for _, h := range hits {
		out = append(out, h.Feature.ID)
	}
	ids := slices.Clone(ds.IDs())
	sort.SliceStable(ids, func(a, b int) bool {
		return gazetteer.EditDistance(id, ids[a]) < gazetteer.EditDistance(id, ids[b])
	})
	for _, cand := range ids {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, cand) {
			out = append(out, cand)
		}
	}
	return out
}

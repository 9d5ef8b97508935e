package main

import (
	"fmt"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
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
			return fmt.Errorf("-select %q: no feature has that id (close ones: %s)", id, strings.Join(similarIDs(ds, id, 3), ", "))
		}
	}
	return nil
}

// similarIDs lists up to n ids that share the longest prefix with id.
func similarIDs(ds *data.Dataset, id string, n int) []string {
	best := 0
	var out []string
	for _, cand := range ds.IDs() {
		k := 0
		for k < len(id) && k < len(cand) && id[k] == cand[k] {
			k++
		}
		switch {
		case k > best:
			best, out = k, []string{cand}
		case k == best && len(out) < n:
			out = append(out, cand)
		}
	}
	return out
}

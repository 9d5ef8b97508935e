package gazetteer

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

//go:embed places.tsv
var placesTSV string

// ErrNotFound is returned when no place matches a name.
var ErrNotFound = errors.New("gazetteer: place not found")

// ErrAmbiguous is returned when a name matches several places and no
// country or population rule picks one.
var ErrAmbiguous = errors.New("gazetteer: ambiguous place name")

// Place is one populated place from GeoNames.
type Place struct {
	GeonameID   int
	Name        string
	ASCIIName   string
	Point       orb.Point // lon, lat
	FeatureCode string    // GeoNames feature code, e.g. PPLA, PPLC, PPL
	Country     string    // ISO 3166-1 alpha-2, e.g. PE
	Admin1      string    // GeoNames admin1 code
	Population  int
}

// Gazetteer is an immutable, searchable list of places, largest first.
type Gazetteer struct {
	places []Place
	byKey  map[string][]int
	// keys holds each place's search key: its folded name, its folded
	// ASCII name when that differs, and their other spellings (Key).
	keys []string
}

// Embedded parses the gazetteer compiled into the binary.
func Embedded() (*Gazetteer, error) {
	return Parse(strings.NewReader(placesTSV), "places.tsv")
}

// Parse reads a places.tsv stream; name is used in error messages.
// Lines starting with '#' and the column header are skipped.
func Parse(r io.Reader, name string) (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string][]int{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") || strings.HasPrefix(text, "geonameid\t") {
			continue
		}
		p, err := parseRow(text)
		if err != nil {
			return nil, fmt.Errorf("gazetteer %s line %d: %w", name, line, err)
		}
		g.add(p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", name, err)
	}
	return g, nil
}

func parseRow(text string) (Place, error) {
	f := strings.Split(text, "\t")
	if len(f) != 9 {
		return Place{}, fmt.Errorf("want 9 tab-separated fields, got %d", len(f))
	}
	id, err := strconv.Atoi(f[0])
	if err != nil {
		return Place{}, fmt.Errorf("geonameid %q: %w", f[0], err)
	}
	lat, err := strconv.ParseFloat(f[3], 64)
	if err != nil || lat < -90 || lat > 90 {
		return Place{}, fmt.Errorf("latitude %q out of range or not a number", f[3])
	}
	lon, err := strconv.ParseFloat(f[4], 64)
	if err != nil || lon < -180 || lon > 180 {
		return Place{}, fmt.Errorf("longitude %q out of range or not a number", f[4])
	}
	pop, err := strconv.Atoi(f[8])
	if err != nil {
		return Place{}, fmt.Errorf("population %q: %w", f[8], err)
	}
	return Place{GeonameID: id, Name: f[1], ASCIIName: f[2], Point: orb.Point{lon, lat},
		FeatureCode: f[5], Country: f[6], Admin1: f[7], Population: pop}, nil
}

func (g *Gazetteer) add(p Place) {
	i := len(g.places)
	g.places = append(g.places, p)
	name, ascii := Fold(p.Name), Fold(p.ASCIIName)
	key := name
	if ascii != name {
		key += " " + ascii
	}
	if alt := Alternates(key); alt != "" {
		key += " " + alt
	}
	g.keys = append(g.keys, key)
	for _, k := range []string{name, ascii} {
		if !slices.Contains(g.byKey[k], i) {
			g.byKey[k] = append(g.byKey[k], i)
		}
	}
}

// All returns every place, largest population first. The slice is shared:
// do not modify it.
func (g *Gazetteer) All() []Place { return g.places }

// Lookup returns every place whose name folds to the same key as name
// (accent- and case-insensitive), largest first, optionally restricted to a
// country code ("" for any).
func (g *Gazetteer) Lookup(name, country string) []Place {
	var out []Place
	for _, i := range g.byKey[Fold(name)] {
		if country == "" || g.places[i].Country == country {
			out = append(out, g.places[i])
		}
	}
	return out
}

// ByID returns the place with a GeoNames id.
func (g *Gazetteer) ByID(id int) (Place, bool) {
	for _, p := range g.places {
		if p.GeonameID == id {
			return p, true
		}
	}
	return Place{}, false
}

// Search returns up to limit places whose name, in any of its spellings
// (see Alternates), starts with or contains the folded query; those whose
// name starts with it first, then by population. Names are folded once,
// when the gazetteer is read, so a search only compares strings.
func (g *Gazetteer) Search(query string, limit int) []Place {
	q := Fold(query)
	if q == "" || limit <= 0 {
		return nil
	}
	type hit struct {
		i      int
		prefix bool
	}
	var hits []hit
	for i, key := range g.keys {
		switch {
		case strings.HasPrefix(key, q):
			hits = append(hits, hit{i, true})
		case strings.Contains(key, q):
			hits = append(hits, hit{i, false})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].prefix && !hits[b].prefix })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Place, len(hits))
	for k, h := range hits {
		out[k] = g.places[h.i]
	}
	return out
}

// DistanceKm is the great-circle distance between two lon/lat points in km.
func DistanceKm(a, b orb.Point) float64 {
	return geo.Distance(a, b) / 1000
}

// Resolve returns the one place a name most plausibly means within a
// country: the only match, or the most populous when it is strictly larger
// than the next. It returns ErrNotFound or ErrAmbiguous otherwise.
func (g *Gazetteer) Resolve(name, country string) (Place, error) {
	got := g.Lookup(name, country)
	switch {
	case len(got) == 0:
		return Place{}, fmt.Errorf("%w: %q in %q", ErrNotFound, name, country)
	case len(got) == 1 || got[0].Population > got[1].Population:
		return got[0], nil
	default:
		return Place{}, fmt.Errorf("%w: %q in %q has %d matches", ErrAmbiguous, name, country, len(got))
	}
}

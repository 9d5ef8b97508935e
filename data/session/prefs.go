package session

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// Preference keys of what survives a restart.
const (
	prefYear        = "atlas.year"
	prefLayers      = "atlas.layers" // comma-separated group names that are on, or "all"
	prefSelected    = "atlas.selected"
	prefLat         = "atlas.center.lat"
	prefLon         = "atlas.center.lon"
	prefZoom        = "atlas.zoom"
	prefBasemap     = "atlas.basemap"
	prefAnnotations = "atlas.annotations" // the annotations file format, as text
)

// allLayers is the layers preference of a first start.
const allLayers = "all"

// Store is where a State is kept between runs; fyne.Preferences is one.
type Store interface {
	String(key string) string
	StringWithFallback(key, fallback string) string
	IntWithFallback(key string, fallback int) int
	Float(key string) float64
	SetString(key, value string)
	SetInt(key string, value int)
	SetFloat(key string, value float64)
	RemoveValue(key string)
}

// Load reads the state kept in p. It always returns a usable state: what
// is missing takes its Default value, a year outside FirstYear..ds's
// latest year becomes the latest, a selection of no feature of ds none, and
// a view whose centre lies outside within (the map's limits) fits Peru
// again. Annotations that no longer parse are dropped, as are kept user
// layer files that do not read back (ErrUserFiles), and the error, naming
// the preference and the problem, is returned for the log.
func Load(p Store, ds *data.Dataset, within orb.Bound) (State, error) {
	s := Default(ds)
	s.Year = p.IntWithFallback(prefYear, s.Year)
	if s.Year < FirstYear || s.Year > ds.LatestYear() {
		s.Year = ds.LatestYear()
	}
	on := p.StringWithFallback(prefLayers, allLayers)
	for _, g := range data.Groups() {
		s.Groups[g.Name] = on == allLayers || containsWord(on, g.Name)
	}
	selected := p.String(prefSelected)
	if _, ok := ds.ByID(selected); ok {
		s.Selected = selected
	}
	s.Zoom = p.Float(prefZoom)
	s.Center = orb.Point{p.Float(prefLon), p.Float(prefLat)}
	if !usableView(s.Center, s.Zoom, within) {
		s.Center, s.Zoom = orb.Point{}, 0 // fit Peru
	}
	s.Basemap = p.String(prefBasemap)
	files, filesErr := loadUserFiles(p)
	s.UserFiles = files
	// A feature of the user's layers stays selected while their files are
	// remembered: the window selects it once they are read again.
	if _, _, ok := userlayer.ParseFeatureID(selected); ok && len(files) > 0 {
		s.Selected = selected
	}
	raw := p.String(prefAnnotations)
	if raw == "" {
		return s, filesErr
	}
	set, err := annotation.Parse(bytes.NewReader([]byte(raw)), "preference "+prefAnnotations)
	if err != nil {
		return s, errors.Join(filesErr, fmt.Errorf("session: annotations dropped: %w", err))
	}
	s.Annotations = set
	return s, filesErr
}

// maxZoom bounds a kept zoom: deeper than any map shows.
const maxZoom = 30

// usableView reports whether a kept centre and zoom can be shown again:
// finite numbers, the centre within the map's limits, the zoom in
// 0..maxZoom. A hand-edited or damaged preferences file may hold anything
// (NaN would make the window spin).
func usableView(c orb.Point, zoom float64, within orb.Bound) bool {
	for _, v := range []float64{c[0], c[1], zoom} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return zoom > 0 && zoom <= maxZoom && within.Contains(c)
}

// Save keeps s in p for the next run. An error (annotations or user
// layer files that cannot be written) leaves that preference as it was.
func (s State) Save(p Store) error {
	p.SetInt(prefYear, s.Year)
	p.SetString(prefLayers, strings.Join(s.groupsOn(), ","))
	p.SetString(prefSelected, s.Selected)
	p.SetFloat(prefLat, s.Center.Lat())
	p.SetFloat(prefLon, s.Center.Lon())
	p.SetFloat(prefZoom, s.Zoom)
	p.SetString(prefBasemap, s.Basemap)
	filesErr := saveUserFiles(p, s.UserFiles)
	if s.Annotations == nil || len(s.Annotations.Annotations) == 0 {
		p.RemoveValue(prefAnnotations)
		return filesErr
	}
	b, err := s.Annotations.Marshal()
	if err != nil {
		return errors.Join(filesErr, fmt.Errorf("session: save annotations: %w", err))
	}
	p.SetString(prefAnnotations, string(b))
	return filesErr
}

func containsWord(list, word string) bool {
	for _, w := range strings.Split(list, ",") {
		if strings.TrimSpace(w) == word {
			return true
		}
	}
	return false
}

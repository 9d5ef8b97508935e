package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

// Preference keys of what survives a restart.
const (
	prefYear     = "atlas.year"
	prefLayers   = "atlas.layers" // comma-separated group names that are on
	prefSelected = "atlas.selected"
	prefLat      = "atlas.center.lat"
	prefLon      = "atlas.center.lon"
	prefZoom     = "atlas.zoom"
	prefBasemap  = "atlas.basemap"
)

// atlasState is what the user is looking at: the year, the layer groups
// switched on, the selected feature, the view and the basemap.
type atlasState struct {
	Year     int
	Groups   map[string]bool
	Selected string
	Center   orb.Point
	Zoom     float64 // 0: fit Peru
	Basemap  string
}

// loadState reads the state from preferences, with defaults for a first
// start: the latest year, every layer on, all of Peru, embedded basemap.
func loadState(p fyne.Preferences, ds *data.Dataset) atlasState {
	s := atlasState{
		Year:     p.IntWithFallback(prefYear, ds.LatestYear()),
		Groups:   map[string]bool{},
		Selected: p.String(prefSelected),
		Zoom:     p.Float(prefZoom),
		Center:   orb.Point{p.Float(prefLon), p.Float(prefLat)},
		Basemap:  p.StringWithFallback(prefBasemap, "embedded"),
	}
	on := p.StringWithFallback(prefLayers, "all")
	for _, g := range data.Groups() {
		s.Groups[g.Name] = on == "all" || containsWord(on, g.Name)
	}
	if _, ok := ds.ByID(s.Selected); !ok {
		s.Selected = ""
	}
	if s.Year < 1980 || s.Year > ds.LatestYear() {
		s.Year = ds.LatestYear()
	}
	if s.Zoom != 0 && !geo.PeruLimits().Bound.Contains(s.Center) {
		s.Zoom = 0
	}
	return s
}

// save writes the state to preferences.
func (s atlasState) save(p fyne.Preferences) {
	p.SetInt(prefYear, s.Year)
	var on []string
	for _, g := range data.Groups() {
		if s.Groups[g.Name] {
			on = append(on, g.Name)
		}
	}
	p.SetString(prefLayers, strings.Join(on, ","))
	p.SetString(prefSelected, s.Selected)
	p.SetFloat(prefLat, s.Center.Lat())
	p.SetFloat(prefLon, s.Center.Lon())
	p.SetFloat(prefZoom, s.Zoom)
	p.SetString(prefBasemap, s.Basemap)
}

// layers lists the data layers of the groups switched on.
func (s atlasState) layers() []data.Layer {
	out := []data.Layer{}
	for _, g := range data.Groups() {
		if s.Groups[g.Name] {
			out = append(out, g.Layers...)
		}
	}
	return out
}

func containsWord(list, word string) bool {
	for _, w := range strings.Split(list, ",") {
		if strings.TrimSpace(w) == word {
			return true
		}
	}
	return false
}

package session

import (
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
)

// FirstYear is the first year the atlas shows: the start of Shining Path's
// armed struggle, where the timeline begins.
const FirstYear = 1980

// State is what the user is looking at. Annotations is never modified in
// place: a change makes a new Set, so a reader on another goroutine may
// keep the one it has.
type State struct {
	Year        int
	Groups      map[string]bool // by data.Group name: switched on
	Selected    string          // feature id, "" for none
	Center      orb.Point
	Zoom        float64 // 0: fit Peru
	Basemap     string  // a basemap spec (a preset, a URL or an MBTiles path); "" for the embedded one
	Annotations *annotation.Set
	// UserFiles are the user layers added from files, in the window's
	// order, to add again on the next start (a scene leaves them as they
	// are).
	UserFiles []UserFile
}

// Default is the state of a first start: the latest year of ds, every
// layer group on, nothing selected, all of Peru, the embedded basemap and
// no annotations.
func Default(ds *data.Dataset) State {
	s := State{Year: ds.LatestYear(), Groups: map[string]bool{}, Annotations: NoAnnotations()}
	for _, g := range data.Groups() {
		s.Groups[g.Name] = true
	}
	return s
}

// NoAnnotations is an empty annotation set of the current version.
func NoAnnotations() *annotation.Set { return &annotation.Set{Version: annotation.Version} }

// Layers lists the data layers of the groups switched on, in data.Groups
// order; empty, not nil, when none is on.
func (s State) Layers() []data.Layer {
	out := []data.Layer{}
	for _, g := range data.Groups() {
		if s.Groups[g.Name] {
			out = append(out, g.Layers...)
		}
	}
	return out
}

// groupsOn lists the names of the groups switched on, in data.Groups order.
func (s State) groupsOn() []string {
	on := []string{}
	for _, g := range data.Groups() {
		if s.Groups[g.Name] {
			on = append(on, g.Name)
		}
	}
	return on
}

// Scene captures the state as a lesson scene: view, year, layer groups,
// selection and a copy of the annotations. Its id, title and caption are
// left for the lesson to fill.
func (s State) Scene() lesson.Scene {
	sc := lesson.Scene{Center: s.Center, Zoom: s.Zoom, Year: s.Year, Selected: s.Selected, Layers: s.groupsOn()}
	if s.Annotations != nil {
		sc.Annotations = append([]annotation.Annotation(nil), s.Annotations.Annotations...)
	}
	return sc
}

// WithScene returns the state showing scene sc: its view, year, layer
// groups (those it names on, every other off), selection and annotations.
// The basemap stays. s is not changed.
func (s State) WithScene(sc lesson.Scene) State {
	s.Groups = map[string]bool{}
	for _, g := range data.Groups() {
		s.Groups[g.Name] = false
	}
	for _, name := range sc.Layers {
		if _, ok := data.GroupByName(name); ok {
			s.Groups[name] = true
		}
	}
	s.Year, s.Selected, s.Center, s.Zoom = sc.Year, sc.Selected, sc.Center, sc.Zoom
	s.Annotations = &annotation.Set{Version: annotation.Version, Annotations: append([]annotation.Annotation(nil), sc.Annotations...)}
	return s
}

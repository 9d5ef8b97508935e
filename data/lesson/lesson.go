package lesson

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// CurrentVersion is the newest version of the lesson format this package
// reads and writes. Version 2 added user_layers; Marshal writes version 1
// for a lesson without them, so that older atlases still open it.
const CurrentVersion = 2

// Limits of a scene's view, matching the map's zoom range and a span of
// years wider than the data's so a lesson may look ahead or back.
const (
	MinZoom = 4
	MaxZoom = 12
	MinYear = 1960
	MaxYear = 2100
)

// Limits on text lengths, in characters.
const (
	MaxTitle   = 200
	MaxCaption = 2000
)

// MaxScenes bounds a lesson's scenes: every one is drawn by an export,
// an animation or a handout.
const MaxScenes = 200

// MaxFileSize is the largest lesson file Parse reads.
const MaxFileSize = 8 << 20

// ErrNoScene is returned by the scene helpers for an index out of range.
var ErrNoScene = errors.New("lesson: no such scene")

// Lesson is a titled sequence of scenes a teacher steps through.
// Title, Description and each scene's Title and Caption are English;
// the *ES fields are their Spanish versions and may be empty.
type Lesson struct {
	Version       int // the version of the file it was read from (1 or 2), or CurrentVersion
	Title         string
	TitleES       string
	Description   string
	DescriptionES string
	Scenes        []Scene
	// Users are the teacher's own layers, drawn in every scene. The file
	// embeds each one's bytes (Raw, with File, Format and DateOrder), so
	// a lesson file stays whole when shared; Parse reads them back with
	// userlayer.Read. A scene may select a feature of one by its
	// userlayer.FeatureID.
	Users []*userlayer.Layer
}

// Scene is one stop of a lesson: a map view (centre, zoom, year, visible
// layer groups, selected feature) with annotations and a caption.
type Scene struct {
	ID        string    // unique within the lesson: [A-Za-z0-9_-]+
	Title     string    // short, for the scene list
	TitleES   string    // Spanish title, optional
	Caption   string    // what to say about the scene, shown under the map
	CaptionES string    // Spanish caption, optional
	Center    orb.Point // lon, lat
	Zoom      float64   // MinZoom..MaxZoom
	Year      int       // MinYear..MaxYear
	// Layers names the visible layer groups (see data.Groups); nil or
	// empty shows none.
	Layers      []string
	Selected    string // id of the selected feature (an atlas id, or a user feature's), or ""
	Annotations []annotation.Annotation
}

func knownGroup(name string) bool {
	_, ok := data.GroupByName(name)
	return ok
}

// New returns an empty lesson of the current version with the given title.
func New(title string) *Lesson { return &Lesson{Version: CurrentVersion, Title: title} }

// TitleIn returns the lesson's title in lang ("en" or "es"), falling back
// to English.
func (l *Lesson) TitleIn(lang string) string { return pick(lang, l.Title, l.TitleES) }

// DescriptionIn returns the lesson's description in lang, falling back to
// English.
func (l *Lesson) DescriptionIn(lang string) string {
	return pick(lang, l.Description, l.DescriptionES)
}

// TitleIn returns the scene's title in lang ("en" or "es"), falling back
// to English.
func (s Scene) TitleIn(lang string) string { return pick(lang, s.Title, s.TitleES) }

// CaptionIn returns the scene's caption in lang, falling back to English.
func (s Scene) CaptionIn(lang string) string { return pick(lang, s.Caption, s.CaptionES) }

func pick(lang, en, es string) string {
	if lang == "es" && es != "" {
		return es
	}
	return en
}

// Find returns the index of the scene with the given id, or -1.
func (l *Lesson) Find(id string) int {
	for i, s := range l.Scenes {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// NewID returns a scene id no scene uses yet: "s1", "s2", ...
func (l *Lesson) NewID() string {
	for n := len(l.Scenes) + 1; ; n++ {
		id := "s" + strconv.Itoa(n)
		if l.Find(id) < 0 {
			return id
		}
	}
}

// Add appends s and returns its id. A scene without an id, or with one
// already used, gets a fresh one from NewID.
func (l *Lesson) Add(s Scene) string {
	if s.ID == "" || l.Find(s.ID) >= 0 || !validID(s.ID) {
		s.ID = l.NewID()
	}
	l.Scenes = append(l.Scenes, s)
	return s.ID
}

// Update replaces scene i with s, keeping scene i's id; a GUI uses it to
// set a scene to the current view.
func (l *Lesson) Update(i int, s Scene) error {
	if err := l.inRange(i); err != nil {
		return err
	}
	s.ID = l.Scenes[i].ID
	l.Scenes[i] = s
	return nil
}

// Move moves scene i to position j, shifting the scenes between.
func (l *Lesson) Move(i, j int) error {
	if err := l.inRange(i); err != nil {
		return err
	}
	if err := l.inRange(j); err != nil {
		return err
	}
	s := l.Scenes[i]
	if i < j {
		copy(l.Scenes[i:j], l.Scenes[i+1:j+1])
	} else {
		copy(l.Scenes[j+1:i+1], l.Scenes[j:i])
	}
	l.Scenes[j] = s
	return nil
}

// Rename sets scene i's English title; an empty title is refused.
func (l *Lesson) Rename(i int, title string) error {
	if err := l.inRange(i); err != nil {
		return err
	}
	title = strings.TrimSpace(title)
	if title == "" {
		return fmt.Errorf("lesson: rename scene %d: empty title", i+1)
	}
	l.Scenes[i].Title = title
	return nil
}

// Delete removes scene i.
func (l *Lesson) Delete(i int) error {
	if err := l.inRange(i); err != nil {
		return err
	}
	l.Scenes = slices.Delete(l.Scenes, i, i+1)
	return nil
}

func (l *Lesson) inRange(i int) error {
	if i < 0 || i >= len(l.Scenes) {
		return fmt.Errorf("%w: index %d of %d scenes", ErrNoScene, i, len(l.Scenes))
	}
	return nil
}

// validID reports whether id is letters, digits, '_' and '-' only.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		ok := r == '_' || r == '-' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
		if !ok {
			return false
		}
	}
	return true
}

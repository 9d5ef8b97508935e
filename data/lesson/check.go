package lesson

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/internal/report"
)

// ErrInvalid is wrapped by every error about a lesson's content: a
// missing field or a value out of range.
var ErrInvalid = errors.New("lesson: invalid lesson")

// Problem is one thing wrong with a lesson.
type Problem struct {
	Scene   int    // index in Scenes from 0, or -1 for the lesson itself
	SceneID string // the scene's id, when it has one
	Field   string // JSON field, e.g. "zoom" or `annotation 2 (id "a2")`
	Message string
}

// String formats the problem as `scene 3 (id "flights"): zoom: 13 is
// outside 4..12`; scenes are counted from 1 for people.
func (p Problem) String() string {
	s := ""
	if p.Scene >= 0 {
		s = fmt.Sprintf("scene %d", p.Scene+1)
		if p.SceneID != "" {
			s += fmt.Sprintf(" (id %q)", p.SceneID)
		}
		s += ": "
	}
	if p.Field != "" {
		s += p.Field + ": "
	}
	return s + p.Message
}

// Error lists every problem found in one lesson.
type Error struct {
	File     string // the file, or "" for a lesson checked in memory
	Problems []Problem
}

// Error joins the problems, one per line, each starting with the file.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
		if e.File != "" {
			lines[i] = e.File + ": " + lines[i]
		}
	}
	return report.Join(lines)
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (e *Error) Unwrap() error { return ErrInvalid }

// problems collects Problems while checking.
type problems []Problem

func (ps *problems) add(scene int, id, field, format string, args ...any) {
	*ps = append(*ps, Problem{Scene: scene, SceneID: id, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (ps problems) err(file string) error {
	if len(ps) == 0 {
		return nil
	}
	return &Error{File: file, Problems: ps}
}

// Check checks everything Parse checks except the JSON form: the version,
// titles, the user layers (checkUsers), every scene's id, view, year,
// layers, annotations and selection of a user feature. It returns
// nil or an *Error listing every problem. Save refuses a lesson Check
// rejects, so a saved file always loads.
func (l *Lesson) Check() error { return l.check().err("") }

// Validate is Check plus the selected atlas feature ids: knownIDs reports
// whether an id names a feature of the atlas (for the embedded atlas, a
// lookup in data.Embedded()). A nil knownIDs skips the ids. A user
// feature's id is checked against the lesson's user layers by Check.
func Validate(l *Lesson, knownIDs func(string) bool) error {
	ps := l.check()
	for i, s := range l.Scenes {
		if isUser, _ := l.userSelection(s.Selected); isUser {
			continue
		}
		if s.Selected != "" && knownIDs != nil && !knownIDs(s.Selected) {
			ps.add(i, s.ID, "selected", "no feature %q in the atlas", s.Selected)
		}
	}
	return ps.err("")
}

func (l *Lesson) check() problems {
	var ps problems
	if l.Version < 1 || l.Version > CurrentVersion {
		ps.add(-1, "", "version", "%d, want 1 to %d", l.Version, CurrentVersion)
	}
	l.checkUsers(&ps)
	checkText(&ps, -1, "", "title", l.Title, MaxTitle, true)
	checkText(&ps, -1, "", "title_es", l.TitleES, MaxTitle, false)
	checkText(&ps, -1, "", "description", l.Description, MaxCaption, false)
	checkText(&ps, -1, "", "description_es", l.DescriptionES, MaxCaption, false)
	if n := len(l.Scenes); n > MaxScenes {
		ps.add(-1, "", "scenes", "%d scenes, at most %d", n, MaxScenes)
		return ps // checking each of thousands of scenes tells no more
	}
	seen := map[string]int{}
	for i, s := range l.Scenes {
		switch j, dup := seen[s.ID]; {
		case s.ID == "":
			ps.add(i, "", "id", "missing")
		case !validID(s.ID):
			ps.add(i, s.ID, "id", "use letters, digits, '_' and '-' only (at most 64)")
		case dup:
			ps.add(i, s.ID, "id", "also used by scene %d", j+1)
		default:
			seen[s.ID] = i
		}
		checkScene(&ps, i, s)
		if isUser, msg := l.userSelection(s.Selected); isUser && msg != "" {
			ps.add(i, s.ID, "selected", "%s", msg)
		} else if !isUser && s.Selected != "" && !validFeatureID(s.Selected) {
			ps.add(i, s.ID, "selected", "%q is not a feature id (lower-case letters, digits, '_', or a user feature's user:L:F)", s.Selected)
		}
	}
	return ps
}

func checkText(ps *problems, scene int, id, field, text string, maxLen int, required bool) {
	if required && strings.TrimSpace(text) == "" {
		ps.add(scene, id, field, "missing")
	}
	if n := len([]rune(text)); n > maxLen {
		ps.add(scene, id, field, "%d characters, at most %d", n, maxLen)
	}
}

func checkScene(ps *problems, i int, s Scene) {
	checkText(ps, i, s.ID, "title", s.Title, MaxTitle, true)
	checkText(ps, i, s.ID, "title_es", s.TitleES, MaxTitle, false)
	checkText(ps, i, s.ID, "caption", s.Caption, MaxCaption, false)
	checkText(ps, i, s.ID, "caption_es", s.CaptionES, MaxCaption, false)
	if msg := centerProblem(s.Center); msg != "" {
		ps.add(i, s.ID, "center", "%s", msg)
	}
	if !(s.Zoom >= MinZoom && s.Zoom <= MaxZoom) {
		ps.add(i, s.ID, "zoom", "%v is outside %d..%d", s.Zoom, MinZoom, MaxZoom)
	}
	if s.Year < MinYear || s.Year > MaxYear {
		ps.add(i, s.ID, "year", "%d is outside %d..%d", s.Year, MinYear, MaxYear)
	}
	seen := map[string]bool{}
	for _, name := range s.Layers {
		switch {
		case !knownGroup(name):
			ps.add(i, s.ID, "layers", "unknown layer %q (want some of %s)", name, strings.Join(data.GroupNames(), ", "))
		case seen[name]:
			ps.add(i, s.ID, "layers", "layer %q listed twice", name)
		}
		seen[name] = true
	}
	if n := len(s.Annotations); n > annotation.MaxAnnotations {
		ps.add(i, s.ID, "annotations", "%d annotations, at most %d", n, annotation.MaxAnnotations)
		return
	}
	ids := map[string]int{}
	for k, a := range s.Annotations {
		where := annotationField(k, a.ID)
		if a.ID == "" {
			ps.add(i, s.ID, where+": id", "missing")
		} else if j, dup := ids[a.ID]; dup {
			ps.add(i, s.ID, where+": id", "also used by annotation %d", j+1)
		} else {
			ids[a.ID] = k
		}
		for _, p := range a.Validate() {
			// annotate's problems start with their field: `kind "star": unknown ...`.
			ps.add(i, s.ID, where, "%s", p)
		}
	}
}

// annotationField names annotation k (from 0) for messages:
// `annotation 2 (id "a2")`.
func annotationField(k int, id string) string {
	if id == "" {
		return fmt.Sprintf("annotation %d", k+1)
	}
	return fmt.Sprintf("annotation %d (id %q)", k+1, id)
}

// centerProblem returns what is wrong with a scene centre, or "".
func centerProblem(c orb.Point) string {
	lon, lat := c[0], c[1]
	if math.IsNaN(lon) || math.IsNaN(lat) || math.IsInf(lon, 0) || math.IsInf(lat, 0) {
		return "not a number"
	}
	r := data.Region()
	if !r.Contains(c) {
		return fmt.Sprintf("lat %g, lon %g is outside the atlas region (lon %g..%g, lat %g..%g)",
			lat, lon, r.Min[0], r.Max[0], r.Min[1], r.Max[1])
	}
	return ""
}

func validFeatureID(id string) bool {
	if len(id) > 100 || id == "" || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for _, r := range id {
		if r != '_' && (r < '0' || r > '9') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

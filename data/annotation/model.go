package annotation

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/internal/report"
)

// Version is the version of the annotations format this package writes and
// the newest it reads.
const Version = 1

// Limits of the format.
const (
	MaxRadiusKm    = 2000 // largest circle radius
	MaxText        = 300  // longest label, in characters
	MaxLatitude    = 85   // Web Mercator cannot show beyond this
	MaxAnnotations = 500  // in one set: far more than a map can show legibly, and every one is drawn in every frame
)

// ErrInvalid is wrapped by every validation and parse error.
var ErrInvalid = errors.New("annotation: invalid annotations")

// ErrVersion is wrapped when a file has a version newer than Version.
var ErrVersion = errors.New("annotation: unsupported version")

// Kind says what an annotation draws.
type Kind string

// Kinds of annotation.
const (
	KindText   Kind = "text"   // a label at At
	KindArrow  Kind = "arrow"  // an arrow from At to To, with its head at To
	KindCircle Kind = "circle" // a highlight ring of RadiusKm around At
)

// Annotation is one mark placed on the map.
type Annotation struct {
	ID       string    `json:"id,omitempty"`
	Kind     Kind      `json:"kind"`
	At       orb.Point `json:"at"`              // lon, lat: label anchor, arrow tail, circle centre
	To       orb.Point `json:"to"`              // lon, lat: arrow head, for arrows only
	RadiusKm float64   `json:"radius_km"`       // circles only
	Text     string    `json:"text,omitempty"`  // label; required for text
	Color    string    `json:"color,omitempty"` // "#rrggbb"; "" for the default
}

// MarshalJSON writes "to" only for arrows and "radius_km" only for
// circles, as Parse expects.
func (a Annotation) MarshalJSON() ([]byte, error) {
	at := []float64{a.At[0], a.At[1]}
	out := Raw{ID: a.ID, Kind: a.Kind, At: &at, Text: a.Text, Color: a.Color}
	switch a.Kind {
	case KindArrow:
		to := []float64{a.To[0], a.To[1]}
		out.To = &to
	case KindCircle:
		r := a.RadiusKm
		out.RadiusKm = &r
	}
	return json.Marshal(out)
}

// Set is an ordered list of annotations, drawn first to last.
type Set struct {
	Version     int          `json:"version"`
	Annotations []Annotation `json:"annotations"`
}

// Validate checks one annotation and returns every problem, each starting
// with the field it concerns (e.g. `kind "star": unknown ...`).
func (a Annotation) Validate() []string {
	var p []string
	switch a.Kind {
	case KindText, KindArrow, KindCircle:
	case "":
		p = append(p, "kind: missing (want text, arrow or circle)")
	default:
		p = append(p, fmt.Sprintf("kind %q: unknown (want text, arrow or circle)", string(a.Kind)))
	}
	if msg := checkPoint(a.At); msg != "" {
		p = append(p, "at "+msg)
	}
	text := strings.TrimSpace(a.Text)
	if a.Kind == KindText && text == "" {
		p = append(p, "text: missing (a text annotation needs a label)")
	}
	if n := len([]rune(a.Text)); n > MaxText {
		p = append(p, fmt.Sprintf("text: %d characters, at most %d", n, MaxText))
	}
	if a.Kind == KindArrow {
		if msg := checkPoint(a.To); msg != "" {
			p = append(p, "to "+msg)
		} else if a.To == a.At {
			p = append(p, "to: same point as at (an arrow needs two different ends)")
		}
	}
	if a.Kind == KindCircle && !(a.RadiusKm > 0 && a.RadiusKm <= MaxRadiusKm) {
		p = append(p, fmt.Sprintf("radius_km %v: must be more than 0 and at most %d", a.RadiusKm, MaxRadiusKm))
	}
	if a.Color != "" {
		if _, err := ParseColor(a.Color); err != nil {
			p = append(p, fmt.Sprintf("color %q: %v", a.Color, err))
		}
	}
	return p
}

func checkPoint(pt orb.Point) string {
	lon, lat := pt[0], pt[1]
	switch {
	case math.IsNaN(lon) || math.IsNaN(lat) || math.IsInf(lon, 0) || math.IsInf(lat, 0):
		return "is not a number"
	case lon < -180 || lon > 180 || lat < -MaxLatitude || lat > MaxLatitude:
		return fmt.Sprintf("[%g, %g]: out of range (want [longitude -180..180, latitude -85..85])", lon, lat)
	}
	return ""
}

// ParseColor reads "#rrggbb" into red, green and blue bytes.
func ParseColor(s string) ([3]uint8, error) {
	var c [3]uint8
	if len(s) != 7 || s[0] != '#' {
		return c, errors.New(`not "#rrggbb"`)
	}
	for i := range 3 {
		v, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return c, errors.New(`not "#rrggbb" (hex digits 0-9, a-f)`)
		}
		c[i] = uint8(v)
	}
	return c, nil
}

// Validate checks the set: its version, every annotation, and that ids are
// present and unique. It reports every problem at once in one error
// wrapping ErrInvalid (or ErrVersion), each line naming the annotation's
// position (from 1) and id.
func (s *Set) Validate() error { return s.validate("annotations") }

func (s *Set) validate(name string) error {
	if s.Version > Version || s.Version < 0 {
		return fmt.Errorf("%s: version %d: %w (this program reads version %d; update the atlas)", name, s.Version, ErrVersion, Version)
	}
	if n := len(s.Annotations); n > MaxAnnotations {
		return fmt.Errorf("%s: %w: %d annotations, at most %d", name, ErrInvalid, n, MaxAnnotations)
	}
	var problems []string
	seen := make(map[string]int, len(s.Annotations))
	for i, a := range s.Annotations {
		where := fmt.Sprintf("annotation %d", i+1)
		if a.ID != "" {
			where += fmt.Sprintf(" (id %q)", a.ID)
		}
		if a.ID == "" {
			problems = append(problems, where+": id: missing")
		} else if j, dup := seen[a.ID]; dup {
			problems = append(problems, fmt.Sprintf("%s: id: also used by annotation %d", where, j+1))
		} else {
			seen[a.ID] = i
		}
		for _, p := range a.Validate() {
			problems = append(problems, where+": "+p)
		}
	}
	if len(problems) == 0 {
		return nil
	}
	return &Error{Name: name, Problems: problems}
}

// Error lists every problem found in one annotations file.
type Error struct {
	Name     string   // the file
	Problems []string // one line each, naming annotation and field
}

// Error joins the problems, one per line, each prefixed by the file name.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = e.Name + ": " + p
	}
	return report.Join(lines)
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (e *Error) Unwrap() error { return ErrInvalid }

// Find returns the index of the annotation with the given id, or -1.
func (s *Set) Find(id string) int {
	for i, a := range s.Annotations {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// NewID returns an id no annotation of s uses yet: "a1", "a2", ...
func (s *Set) NewID() string {
	for n := len(s.Annotations) + 1; ; n++ {
		id := "a" + strconv.Itoa(n)
		if s.Find(id) < 0 {
			return id
		}
	}
}

package lesson

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data/annotation"
)

// validJSON is a one-scene lesson; tests replace parts of it.
const validJSON = `{
  "version": 1,
  "title": "T",
  "scenes": [
    {
      "id": "one",
      "title": "Scene one",
      "center": {"lat": -12.3, "lon": -74.2},
      "zoom": 7,
      "year": 2012,
      "layers": ["coca", "events"],
      "selected": "coca_vraem",
      "annotations": [{"id": "a1", "kind": "text", "at": [-74, -12], "text": "here"}]
    }
  ]
}`

func TestParseValid(t *testing.T) {
	l, err := Parse(strings.NewReader(validJSON), "v.json")
	if err != nil {
		t.Fatal(err)
	}
	s := l.Scenes[0]
	if s.Center[0] != -74.2 || s.Center[1] != -12.3 {
		t.Errorf("center = %v, want lon -74.2, lat -12.3", s.Center)
	}
	if s.Zoom != 7 || s.Year != 2012 || len(s.Layers) != 2 || s.Annotations[0].Text != "here" {
		t.Errorf("scene = %+v", s)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		desc string
		old  string // replaced in validJSON by new; "" replaces the whole file
		new  string
		is   error
		want []string // substrings of the message
	}{
		{desc: "empty file", new: "", is: ErrSyntax, want: []string{"f.json: ", "empty file"}},
		{desc: "syntax error has line and column", old: `"zoom": 7,`, new: `"zoom": 7,,`, is: ErrSyntax,
			want: []string{"f.json:9:18: ", "malformed JSON"}},
		{desc: "truncated", old: "", new: validJSON[:120], is: ErrSyntax, want: []string{"f.json:", "malformed JSON"}},
		{desc: "not an object", old: "", new: `[1, 2]`, is: ErrSyntax, want: []string{"f.json:1:", "want a JSON object"}},
		{desc: "Latin-1 text names its place", old: `"here"`, new: "\"h\xe9re\"", is: ErrSyntax,
			want: []string{"f.json:", "byte 0xE9 is not UTF-8", "save it as UTF-8"}},
		{desc: "an empty point", old: `"here"`, new: `"here", "to": []`, is: ErrInvalid,
			want: []string{"to", "want [longitude, latitude], got 0 number(s)"}},
		{desc: "trailing text", old: "", new: validJSON + ` {}`, is: ErrSyntax, want: []string{"f.json:16:4: ", "text after the JSON document"}},
		{desc: "wrong type", old: `"year": 2012`, new: `"year": "2012"`, is: ErrSyntax,
			want: []string{"f.json:10:", "year: want a whole number, got a JSON string"}},
		{desc: "unknown field", old: `"zoom": 7,`, new: `"zoom": 7, "zooom": 8,`, is: ErrSyntax,
			want: []string{"f.json:", `unknown field "zooom"`}},
		{desc: "newer version", old: `"version": 1`, new: `"version": 3`, is: ErrNewerVersion,
			want: []string{"f.json: ", "written by a newer version of the atlas (version 3); this version reads up to 2"}},
		{desc: "newer version with new fields", old: `"version": 1`, new: `"version": 3, "future": true`,
			is: ErrNewerVersion, want: []string{"(version 3)"}},
		{desc: "missing version", old: `"version": 1,`, new: ``, is: ErrInvalid, want: []string{"f.json: version: ", "missing"}},
		{desc: "version zero", old: `"version": 1`, new: `"version": 0`, is: ErrInvalid, want: []string{"version"}},
		{desc: "version not a number", old: `"version": 1`, new: `"version": "one"`, is: ErrInvalid,
			want: []string{`version: `, `"one" is not a version number`}},
		{desc: "missing lesson title", old: `"title": "T",`, new: ``, is: ErrInvalid, want: []string{"f.json: title: missing"}},
		{desc: "missing scenes", old: `"scenes": [`, new: `"x": [`, is: ErrSyntax, want: []string{`unknown field "x"`}},
		{desc: "missing scene title", old: `"title": "Scene one",`, new: ``, is: ErrInvalid,
			want: []string{`f.json: scene 1 (id "one"): title: missing`}},
		{desc: "zoom too large", old: `"zoom": 7`, new: `"zoom": 13`, is: ErrInvalid,
			want: []string{`f.json: scene 1 (id "one"): zoom: 13 is outside 4..12`}},
		{desc: "zoom too small", old: `"zoom": 7`, new: `"zoom": 3.5`, is: ErrInvalid, want: []string{`zoom: 3.5 is outside 4..12`}},
		{desc: "missing zoom", old: `"zoom": 7,`, new: ``, is: ErrInvalid, want: []string{`scene 1 (id "one"): zoom: missing`}},
		{desc: "year too early", old: `"year": 2012`, new: `"year": 1959`, is: ErrInvalid,
			want: []string{`f.json: scene 1 (id "one"): year: 1959 is outside 1960..2100`}},
		{desc: "year too late", old: `"year": 2012`, new: `"year": 2101`, is: ErrInvalid, want: []string{`year: 2101 is outside`}},
		{desc: "missing year", old: `"year": 2012,`, new: ``, is: ErrInvalid, want: []string{`year: missing`}},
		{desc: "unknown layer", old: `"coca", "events"`, new: `"coca", "volcanoes"`, is: ErrInvalid,
			want: []string{`f.json: scene 1 (id "one"): layers: unknown layer "volcanoes"`, "coca, sendero"}},
		{desc: "data layer name is not a group", old: `"coca", "events"`, new: `"coca_zone"`, is: ErrInvalid,
			want: []string{`layers: unknown layer "coca_zone"`}},
		{desc: "layer twice", old: `"coca", "events"`, new: `"coca", "coca"`, is: ErrInvalid, want: []string{`"coca" listed twice`}},
		{desc: "missing layers", old: `"layers": ["coca", "events"],`, new: ``, is: ErrInvalid, want: []string{`layers: missing`}},
		{desc: "center outside the region", old: `"lat": -12.3, "lon": -74.2`, new: `"lat": 48.85, "lon": 2.35`, is: ErrInvalid,
			want: []string{`f.json: scene 1 (id "one"): center: lat 48.85, lon 2.35 is outside the atlas region`}},
		{desc: "lat and lon swapped", old: `"lat": -12.3, "lon": -74.2`, new: `"lat": -74.2, "lon": -12.3`, is: ErrInvalid,
			want: []string{`center: lat -74.2, lon -12.3 is outside`}},
		{desc: "center without lon", old: `"lat": -12.3, "lon": -74.2`, new: `"lat": -12.3`, is: ErrInvalid,
			want: []string{`center: needs both "lat" and "lon"`}},
		{desc: "missing center", old: `"center": {"lat": -12.3, "lon": -74.2},`, new: ``, is: ErrInvalid,
			want: []string{`scene 1 (id "one"): center: missing`}},
		{desc: "center as an array", old: `{"lat": -12.3, "lon": -74.2}`, new: `[-74.2, -12.3]`, is: ErrSyntax,
			want: []string{`center: want {"lat": ..., "lon": ...}, got a JSON array`}},
		{desc: "malformed selected id", old: `"coca_vraem"`, new: `"Coca VRAEM"`, is: ErrInvalid,
			want: []string{`scene 1 (id "one"): selected: "Coca VRAEM" is not a feature id`}},
		{desc: "bad scene id", old: `"id": "one"`, new: `"id": "one two"`, is: ErrInvalid,
			want: []string{`scene 1 (id "one two"): id: use letters`}},
		{desc: "unknown annotation kind", old: `"kind": "text"`, new: `"kind": "star"`, is: ErrInvalid,
			want: []string{`f.json: scene 1 (id "one"): annotation 1 (id "a1"): kind "star": unknown`}},
		{desc: "annotation without at", old: `"at": [-74, -12], `, new: ``, is: ErrInvalid,
			want: []string{`scene 1 (id "one"): annotation 1 (id "a1"): at: missing`}},
		{desc: "arrow without to", old: `"kind": "text"`, new: `"kind": "arrow"`, is: ErrInvalid,
			want: []string{`annotation 1 (id "a1"): to: missing`}},
		{desc: "text annotation without text", old: `, "text": "here"`, new: ``, is: ErrInvalid,
			want: []string{`annotation 1 (id "a1"): text: missing`}},
		{desc: "caption too long", old: `"title": "Scene one",`, new: `"title": "Scene one", "caption": "` + strings.Repeat("x", 2001) + `",`,
			is: ErrInvalid, want: []string{`caption: 2001 characters, at most 2000`}},
	}
	for _, tt := range tests {
		in := tt.new
		if tt.old != "" {
			if !strings.Contains(validJSON, tt.old) {
				t.Fatalf("%s: validJSON lacks %q", tt.desc, tt.old)
			}
			in = strings.Replace(validJSON, tt.old, tt.new, 1)
		}
		l, err := Parse(strings.NewReader(in), "f.json")
		if err == nil {
			t.Errorf("%s: no error, got %+v", tt.desc, l)
			continue
		}
		if l != nil {
			t.Errorf("%s: got a lesson with the error", tt.desc)
		}
		if !errors.Is(err, tt.is) {
			t.Errorf("%s: error %q does not wrap %v", tt.desc, err, tt.is)
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.desc, err, w)
			}
		}
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	in := strings.Replace(validJSON, `"zoom": 7`, `"zoom": 40`, 1)
	in = strings.Replace(in, `"year": 2012`, `"year": 1900`, 1)
	in = strings.Replace(in, `"title": "T",`, ``, 1)
	_, err := Parse(strings.NewReader(in), "f.json")
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want an *Error", err)
	}
	if len(e.Problems) != 3 {
		t.Errorf("got %d problems, want 3:\n%v", len(e.Problems), err)
	}
	for _, p := range e.Problems {
		if p.Field != "title" && (p.Scene != 0 || p.SceneID != "one") {
			t.Errorf("problem %+v does not name scene 0 (one)", p)
		}
	}
}

func TestParseDefaults(t *testing.T) {
	tests := []struct {
		desc   string
		in     string
		check  func(l *Lesson) bool
		expect string
	}{
		{desc: "scene without id gets one by position", in: strings.Replace(validJSON, `"id": "one",`, ``, 1),
			check: func(l *Lesson) bool { return l.Scenes[0].ID == "s1" }, expect: `scene id "s1"`},
		{desc: "annotation without id gets one by position", in: strings.Replace(validJSON, `"id": "a1", `, ``, 1),
			check: func(l *Lesson) bool { return l.Scenes[0].Annotations[0].ID == "a1" }, expect: `annotation id "a1"`},
		{desc: "empty layers show nothing", in: strings.Replace(validJSON, `["coca", "events"]`, `[]`, 1),
			check: func(l *Lesson) bool { return len(l.Scenes[0].Layers) == 0 }, expect: "no layers"},
		{desc: "no scenes", in: `{"version": 1, "title": "Empty", "scenes": []}`,
			check: func(l *Lesson) bool { return len(l.Scenes) == 0 && l.Title == "Empty" }, expect: "an empty lesson"},
	}
	for _, tt := range tests {
		l, err := Parse(strings.NewReader(tt.in), "f.json")
		if err != nil {
			t.Errorf("%s: %v", tt.desc, err)
			continue
		}
		if !tt.check(l) {
			t.Errorf("%s: want %s, got %+v", tt.desc, tt.expect, l)
		}
	}
}

func TestValidateFeatureIDs(t *testing.T) {
	l, err := Parse(strings.NewReader(validJSON), "f.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc  string
		known func(string) bool
		want  string // "" = valid
	}{
		{desc: "known id", known: func(id string) bool { return id == "coca_vraem" }},
		{desc: "no lookup", known: nil},
		{desc: "unknown id", known: func(string) bool { return false },
			want: `scene 1 (id "one"): selected: no feature "coca_vraem" in the atlas`},
	}
	for _, tt := range tests {
		err := Validate(l, tt.known)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.desc, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrInvalid)):
			t.Errorf("%s: err = %v, want %q", tt.desc, err, tt.want)
		}
	}
}

// TestTooMuchIsRefused: a lesson of more scenes than MaxScenes, or a scene
// of more annotations than annotation.MaxAnnotations, is refused with the
// count, before any is drawn.
func TestTooMuchIsRefused(t *testing.T) {
	tests := []struct {
		desc string
		grow func(l *Lesson)
		want string
	}{
		{desc: "too many scenes", grow: func(l *Lesson) {
			for len(l.Scenes) <= MaxScenes {
				s := l.Scenes[0]
				s.ID = fmt.Sprintf("s%d", len(l.Scenes))
				l.Scenes = append(l.Scenes, s)
			}
		}, want: fmt.Sprintf("%d scenes, at most %d", MaxScenes+1, MaxScenes)},
		{desc: "too many annotations in a scene", grow: func(l *Lesson) {
			a := annotation.Annotation{Kind: annotation.KindCircle, At: orb.Point{-74, -12}, RadiusKm: 2000}
			for k := 0; k <= annotation.MaxAnnotations; k++ {
				a.ID = fmt.Sprintf("c%d", k)
				l.Scenes[0].Annotations = append(l.Scenes[0].Annotations, a)
			}
		}, want: fmt.Sprintf("%d annotations, at most %d", annotation.MaxAnnotations+1, annotation.MaxAnnotations)},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			l, err := Example()
			if err != nil {
				t.Fatal(err)
			}
			tc.grow(l)
			if err := Validate(l, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate: %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

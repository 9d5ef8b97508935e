package annotation

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

const validJSON = `{
  "version": 1,
  "annotations": [
    {"id": "lima", "kind": "text", "at": [-77.03, -12.05], "text": "Lima"},
    {"kind": "arrow", "at": [-74.0, -12.5], "to": [-76.2, -13.7], "color": "#c0392b"},
    {"kind": "circle", "at": [-73.9, -12.4], "radius_km": 60, "text": "VRAEM"}
  ]
}`

func TestParseValid(t *testing.T) {
	s, err := Parse(strings.NewReader(validJSON), "ok.json")
	if err != nil {
		t.Fatal(err)
	}
	want := []Annotation{
		{ID: "lima", Kind: KindText, At: orb.Point{-77.03, -12.05}, Text: "Lima"},
		{ID: "a2", Kind: KindArrow, At: orb.Point{-74, -12.5}, To: orb.Point{-76.2, -13.7}, Color: "#c0392b"},
		{ID: "a3", Kind: KindCircle, At: orb.Point{-73.9, -12.4}, RadiusKm: 60, Text: "VRAEM"},
	}
	if s.Version != 1 || len(s.Annotations) != len(want) {
		t.Fatalf("got %+v", s)
	}
	for i := range want {
		if s.Annotations[i] != want[i] {
			t.Errorf("annotation %d: got %+v, want %+v", i+1, s.Annotations[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		desc  string
		in    string
		want  []string // all must appear in the error
		isErr error
	}{
		{desc: "empty file", in: "", want: []string{"bad.json", "empty file"}, isErr: ErrInvalid},
		{desc: "more circles than a map can carry", in: `{"version": 1, "annotations": [` + strings.Repeat(`{"id": "c", "kind": "circle", "at": [-74, -12], "radius_km": 2000},`, MaxAnnotations) + `{"id": "c", "kind": "circle", "at": [-74, -12], "radius_km": 2000}]}`,
			want: []string{"bad.json", "501 annotations, at most 500"}, isErr: ErrInvalid},
		{desc: "syntax error gives line and column", in: "{\n \"version\": 1,\n \"annotations\": [,]}", want: []string{"bad.json", "line 3, column"}, isErr: ErrInvalid},
		{desc: "truncated", in: `{"version": 1, "annotations": [`, want: []string{"ends in the middle"}, isErr: ErrInvalid},
		{desc: "future version", in: `{"version": 2, "annotations": []}`, want: []string{"bad.json", "version 2", "reads version 1"}, isErr: ErrVersion},
		{desc: "no list", in: `{"version": 1}`, want: []string{`no "annotations" list`}, isErr: ErrInvalid},
		{desc: "unknown field", in: `{"version": 1, "annotations": [{"kind": "text", "at": [0,0], "text": "x", "radius": 3}]}`, want: []string{`unknown field "radius"`}, isErr: ErrInvalid},
		{desc: "unknown kind", in: `{"annotations": [{"id": "s", "kind": "star", "at": [-75, -10]}]}`, want: []string{`annotation 1 (id "s")`, `kind "star": unknown`}, isErr: ErrInvalid},
		{desc: "missing text", in: `{"annotations": [{"kind": "text", "at": [-75, -10], "text": "  "}]}`, want: []string{`annotation 1 (id "a1")`, "text: missing"}, isErr: ErrInvalid},
		{desc: "latitude out of range", in: `{"annotations": [{"kind": "text", "at": [-75, -100], "text": "x"}]}`, want: []string{"at [-75, -100]: out of range"}, isErr: ErrInvalid},
		{desc: "longitude out of range in to", in: `{"annotations": [{"kind": "arrow", "at": [-75, -10], "to": [200, 0]}]}`, want: []string{"to [200, 0]: out of range"}, isErr: ErrInvalid},
		{desc: "bad colour", in: `{"annotations": [{"kind": "text", "at": [-75, -10], "text": "x", "color": "red"}]}`, want: []string{`color "red"`, "#rrggbb"}, isErr: ErrInvalid},
		{desc: "bad hex colour", in: `{"annotations": [{"kind": "text", "at": [-75, -10], "text": "x", "color": "#12345g"}]}`, want: []string{`color "#12345g"`}, isErr: ErrInvalid},
		{desc: "arrow without head", in: `{"annotations": [{"kind": "arrow", "at": [-75, -10]}]}`, want: []string{"to: missing"}, isErr: ErrInvalid},
		{desc: "circle without radius", in: `{"annotations": [{"kind": "circle", "at": [-75, -10]}]}`, want: []string{"radius_km: missing"}, isErr: ErrInvalid},
		{desc: "negative radius", in: `{"annotations": [{"kind": "circle", "at": [-75, -10], "radius_km": -5}]}`, want: []string{"radius_km -5"}, isErr: ErrInvalid},
		{desc: "missing at", in: `{"annotations": [{"kind": "text", "text": "x"}]}`, want: []string{"at: missing"}, isErr: ErrInvalid},
		{desc: "duplicate ids", in: `{"annotations": [{"id": "x", "kind": "text", "at": [0,0], "text": "a"}, {"id": "x", "kind": "text", "at": [0,0], "text": "b"}]}`, want: []string{`annotation 2 (id "x"): id: also used by annotation 1`}, isErr: ErrInvalid},
		{desc: "wrong type", in: `{"annotations": [{"kind": "circle", "at": [0,0], "radius_km": "60"}]}`, want: []string{"radius_km", "want a number, got a JSON string"}, isErr: ErrInvalid},
		{desc: "every problem at once", in: `{"annotations": [{"kind": "star", "at": [0,0]}, {"kind": "text", "at": [0,0]}]}`, want: []string{"annotation 1", "annotation 2"}, isErr: ErrInvalid},
		{desc: "trailing text", in: `{"annotations": []} {}`, want: []string{"text after the JSON"}, isErr: ErrInvalid},
		{desc: "garbage after the object", in: `{"annotations": []}}}garbage`, want: []string{"text after the JSON"}, isErr: ErrInvalid},
		{desc: "newer version with new fields is newer, not unknown", in: `{"version": 2, "annotations": [], "layers": []}`, want: []string{"version 2", "update the atlas"}, isErr: ErrVersion},
		{desc: "empty point", in: `{"annotations": [{"kind": "text", "at": [], "text": "x"}]}`, want: []string{"at: want [longitude, latitude], got 0 number(s)"}, isErr: ErrInvalid},
		{desc: "one number", in: `{"annotations": [{"kind": "text", "at": [-74], "text": "x"}]}`, want: []string{"at: want [longitude, latitude], got 1 number(s)"}, isErr: ErrInvalid},
		{desc: "three numbers", in: `{"annotations": [{"kind": "arrow", "at": [-74, -12], "to": [-74, -12, 100]}]}`, want: []string{"to: want [longitude, latitude], got 3 number(s)"}, isErr: ErrInvalid},
		{desc: "Latin-1 text", in: "{\"annotations\": [{\"kind\": \"text\", \"at\": [-74, -12], \"text\": \"Apur\xedmac\"}]}", want: []string{"not UTF-8", "save it as UTF-8"}, isErr: ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s, err := Parse(strings.NewReader(tc.in), "bad.json")
			if err == nil {
				t.Fatalf("Parse accepted %q: %+v", tc.in, s)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if !strings.HasPrefix(err.Error(), "bad.json") {
				t.Errorf("error %q does not start with the file name", err)
			}
			if !errors.Is(err, tc.isErr) {
				t.Errorf("error %q is not %v", err, tc.isErr)
			}
		})
	}
}

func TestSaveRoundTrip(t *testing.T) {
	s, err := Parse(strings.NewReader(validJSON), "ok.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Annotations) != 3 || back.Annotations[1] != s.Annotations[1] {
		t.Errorf("round trip: %+v", back)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left in the directory: %v", entries)
	}
}

func TestSaveErrors(t *testing.T) {
	tests := []struct {
		desc string
		set  Set
		path func(dir string) string
		want string
	}{
		{desc: "impossible path", set: Set{Annotations: []Annotation{{ID: "a", Kind: KindText, Text: "x"}}},
			path: func(d string) string { return filepath.Join(d, "no", "such", "notes.json") }, want: "no such file"},
		{desc: "invalid set is not written", set: Set{Annotations: []Annotation{{ID: "a", Kind: "blob"}}},
			path: func(d string) string { return filepath.Join(d, "notes.json") }, want: `kind "blob"`},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			dir := t.TempDir()
			p := tc.path(dir)
			err := tc.set.Save(p)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
				t.Fatalf("Save error %v, want one naming %s and %q", err, p, tc.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("files left: %v", entries)
			}
		})
	}
}

func TestNewID(t *testing.T) {
	s := &Set{Annotations: []Annotation{{ID: "a2"}, {ID: "b"}}}
	if id := s.NewID(); id != "a3" {
		t.Errorf("NewID %q, want a3", id)
	}
	s.Annotations = append(s.Annotations, Annotation{ID: "a3"})
	if id := s.NewID(); id != "a4" {
		t.Errorf("NewID %q, want a4", id)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(validJSON)
	f.Add(`{"annotations": []}`)
	f.Add(`{"version": 2, "annotations": []}`)
	f.Add(`{"annotations": [{"kind": "circle", "at": [1e308, -1e308], "radius_km": 1e400}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		s, err := Parse(strings.NewReader(in), "fuzz.json")
		if err != nil {
			if s != nil {
				t.Fatal("a set with an error")
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("Parse accepted a set Validate rejects: %v", err)
		}
		b, err := s.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(strings.NewReader(string(b)), "again.json")
		if err != nil {
			t.Fatalf("re-parse of marshalled set: %v\n%s", err, b)
		}
		if len(back.Annotations) != len(s.Annotations) {
			t.Fatal("round trip changed the count")
		}
	})
}

func TestParseAcceptsByteOrderMark(t *testing.T) {
	s, err := Parse(strings.NewReader("\xEF\xBB\xBF"+validJSON), "bom.json")
	if err != nil || len(s.Annotations) == 0 {
		t.Fatalf("a UTF-8 byte order mark: %v", err)
	}
}

package lesson

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// A teacher's files: a CSV as a Spanish spreadsheet writes it (semicolons,
// decimal commas, a date whose day above 12 settles the others), a KML and
// the same KML zipped as a KMZ.
const (
	pueblosCSV = "Nombre;Latitud;Longitud;Fecha;Fuente\r\n" +
		"Pichari;-12,5;-73,81667;15/03/2014;Apuntes de clase\r\n" +
		"Huanta;-12,93333;-74,25;02/04/2010;Apuntes de clase\r\n"
	tripKML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Field trip &amp; notes</name>
<Placemark><name>Bus route</name><TimeSpan><begin>2010</begin></TimeSpan>
<LineString><coordinates>-74.25,-12.93333 -73.98083,-13.0125</coordinates></LineString></Placemark>
</Document></kml>`
)

// kmz zips kml as a KMZ's doc.kml.
func kmz(tb testing.TB, kml string) []byte {
	tb.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, err := z.Create("doc.kml")
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := w.Write([]byte(kml)); err != nil {
		tb.Fatal(err)
	}
	if err := z.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// readLayer reads a user layer as the window does.
func readLayer(tb testing.TB, name string, raw []byte) *userlayer.Layer {
	tb.Helper()
	f, err := userlayer.FormatOf(name)
	if err != nil {
		tb.Fatal(err)
	}
	l, err := userlayer.Read(context.Background(), bytes.NewReader(raw), name, f, userlayer.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// userLesson is a one-scene lesson with the three layers, its scene
// selecting Pichari.
func userLesson(tb testing.TB) *Lesson {
	tb.Helper()
	l := New("Towns I will visit")
	l.Users = []*userlayer.Layer{
		readLayer(tb, "pueblos.csv", []byte(pueblosCSV)),
		readLayer(tb, "trip.kml", []byte(tripKML)),
		readLayer(tb, "trip.kmz", kmz(tb, tripKML)),
	}
	l.Add(Scene{Title: "Pichari", Center: orb.Point{-73.8, -12.5}, Zoom: 9, Year: 2014, Layers: []string{"coca"},
		Selected: userlayer.FeatureID(0, 0)})
	return l
}

// TestUserLayersRoundTrip saves a lesson with user layers and loads it:
// the layers come back from their embedded bytes, whole, and the scene's
// selection of a user feature with them.
func TestUserLayersRoundTrip(t *testing.T) {
	l := userLesson(t)
	path := filepath.Join(t.TempDir(), "towns.json")
	if err := Save(path, l); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, want := range []string{`"version": 2`, `"user_layers"`, `"format": "kmz"`, `"base64": "UEsDB`, `<Placemark><name>Bus route</name>`, `"date_order"`} {
		if want == `"date_order"` {
			if strings.Contains(text, want) { // read with the file's own dates settling the order
				t.Errorf("the file names a date order no one chose")
			}
			continue
		}
		if !strings.Contains(text, want) {
			t.Errorf("the file lacks %s", want)
		}
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != 2 || len(got.Users) != 3 {
		t.Fatalf("version %d, %d user layers", got.Version, len(got.Users))
	}
	for i, u := range got.Users {
		w := l.Users[i]
		if u.Name != w.Name || u.File != w.File || u.Format != w.Format || !bytes.Equal(u.Raw, w.Raw) || len(u.Features) != len(w.Features) {
			t.Errorf("layer %d: %q %s %s %d features, want %q %s %s %d", i, u.Name, u.File, u.Format, len(u.Features), w.Name, w.File, w.Format, len(w.Features))
		}
	}
	if f := got.Users[0].Features[1]; f.Name != "Huanta" || f.Date != "2010-04-02" {
		t.Errorf("Huanta came back as %q on %s, want 2 April 2010", f.Name, f.Date)
	}
	if got.Users[1].Name != "Field trip & notes" {
		t.Errorf("the KML's name came back as %q", got.Users[1].Name)
	}
	if got.Scenes[0].Selected != "user:0:0" {
		t.Errorf("selection %q", got.Scenes[0].Selected)
	}
	again, err := Marshal(got)
	if err != nil || !bytes.Equal(again, b) {
		t.Errorf("a second save differs from the first (%v)", err)
	}
}

// TestUserLayersKeepTheirDateOrder: a file whose dates the teacher had to
// settle (all could be either) is read back the same way.
func TestUserLayersKeepTheirDateOrder(t *testing.T) {
	raw := []byte("name;lat;lon;date\nA;-12,5;-73,8;03/04/2015\n")
	u, err := userlayer.Read(context.Background(), bytes.NewReader(raw), "a.csv", userlayer.FormatCSV, userlayer.Options{DateOrder: userlayer.MonthFirst})
	if err != nil {
		t.Fatal(err)
	}
	l := New("Dates")
	l.Users = []*userlayer.Layer{u}
	b, err := Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"date_order": "month_first"`) {
		t.Fatalf("no date order in\n%s", b)
	}
	got, err := Parse(bytes.NewReader(b), "d.json")
	if err != nil {
		t.Fatal(err)
	}
	if d := got.Users[0].Features[0].Date; d != "2015-03-04" {
		t.Errorf("date %s, want 2015-03-04 (March 4)", d)
	}
}

// TestLessonVersions: a lesson without user layers is still written as
// version 1, which older atlases open; version 2 is written only with user
// layers; a version-1 file with them is refused.
func TestLessonVersions(t *testing.T) {
	plain := New("Plain")
	plain.Add(Scene{Title: "One", Center: orb.Point{-74, -12}, Zoom: 7, Year: 2012, Layers: []string{}})
	b, err := Marshal(plain)
	if err != nil || !strings.Contains(string(b), `"version": 1,`) || strings.Contains(string(b), "user_layers") {
		t.Fatalf("plain lesson written as\n%s (%v)", b, err)
	}
	if _, err := Parse(strings.NewReader(strings.Replace(validJSON, `"version": 1`, `"version": 2`, 1)), "v2.json"); err != nil {
		t.Errorf("a version-2 file without user layers: %v", err)
	}
	ub, err := Marshal(userLesson(t))
	if err != nil {
		t.Fatal(err)
	}
	v1 := strings.Replace(string(ub), `"version": 2`, `"version": 1`, 1)
	_, err = Parse(strings.NewReader(v1), "old.json")
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `old.json: user_layers: came in version 2: write "version": 2`) {
		t.Errorf("version 1 with user layers: %v", err)
	}
}

func TestUserLayerProblems(t *testing.T) {
	layer := func(members string) string {
		return `{"version": 2, "title": "T", "scenes": [], "user_layers": [` + members + `]}`
	}
	tests := []struct {
		desc string
		in   string
		want string
	}{
		{desc: "both text and base64", in: layer(`{"file": "a.csv", "format": "csv", "text": "x", "base64": "eA=="}`),
			want: `user layer 1 (a.csv): give "text" or "base64", not both`},
		{desc: "no bytes", in: layer(`{"file": "a.csv", "format": "csv"}`), want: `user layer 1 (a.csv): missing "text"`},
		{desc: "a KMZ as text", in: layer(`{"file": "a.kmz", "format": "kmz", "text": "PK"}`),
			want: `user layer 1 (a.kmz): text: a KMZ is a zip: give its bytes as "base64"`},
		{desc: "bad base64", in: layer(`{"file": "a.kmz", "format": "kmz", "base64": "!!"}`),
			want: `user layer 1 (a.kmz): base64: illegal base64 data`},
		{desc: "an unknown format", in: layer(`{"file": "a.shp", "format": "shp", "text": "x"}`),
			want: `user layer 1 (a.shp): format: "shp": want one of csv, geojson, kml, kmz`},
		{desc: "an unknown date order", in: layer(`{"file": "a.csv", "format": "csv", "date_order": "ymd", "text": "x"}`),
			want: `user layer 1 (a.csv): date_order: "ymd": want day_first or month_first`},
		{desc: "the import's own words, with the line and column", in: layer(`{"file": "towns.csv", "format": "csv", "text": "name;lat;lon\nA;-12,5;-73,8\nB;north;-73,8\n"}`),
			want: `user layer 1 (towns.csv): line 3:`},
		{desc: "an unknown member", in: layer(`{"file": "a.csv", "format": "csv", "text": "x", "name": "A"}`), want: `unknown field "name"`},
		{desc: "too many layers", in: layer(strings.Repeat(`{"file": "a.csv", "format": "csv", "text": "x"},`, MaxUserLayers) + `{"file": "a.csv", "format": "csv", "text": "x"}`),
			want: `user_layers: 17 layers, at most 16`},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.in), "f.json")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestCheckUserLayers(t *testing.T) {
	tests := []struct {
		desc string
		edit func(l *Lesson)
		want string // "" for none
	}{
		{desc: "as read", edit: func(*Lesson) {}},
		{desc: "a selection past the layers", edit: func(l *Lesson) { l.Scenes[0].Selected = "user:3:0" },
			want: `scene 1 (id "s1"): selected: "user:3:0": the lesson has no user layer 4`},
		{desc: "a selection past a layer's features", edit: func(l *Lesson) { l.Scenes[0].Selected = "user:0:2" },
			want: `"user:0:2": user layer 1 has 2 features`},
		{desc: "a malformed id", edit: func(l *Lesson) { l.Scenes[0].Selected = "user:0" }, want: `"user:0" is not a feature id`},
		{desc: "a file with its folder", edit: func(l *Lesson) { l.Users[0].File = "../pueblos.csv" }, want: `user layer 1 (../pueblos.csv): file`},
		{desc: "no bytes", edit: func(l *Lesson) { l.Users[1].Raw = nil }, want: `user layer 2 (trip.kml): the file's bytes are missing`},
		{desc: "text that is not UTF-8", edit: func(l *Lesson) { l.Users[1].Raw = []byte("caf\xe9") }, want: `the file is not UTF-8 text`},
		{desc: "too many bytes together", edit: func(l *Lesson) { l.Users[2].Raw = make([]byte, MaxUserBytes) },
			want: `user_layers: their files hold`},
		{desc: "a nil layer", edit: func(l *Lesson) { l.Users[1] = nil }, want: `user layer 2: no layer`},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			l := userLesson(t)
			tc.edit(l)
			err := l.Check()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Check: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("Check: %v, want %q", err, tc.want)
			}
		})
	}
}

// TestSaveRefusesWhatWouldNotLoad: a lesson whose file would pass the size
// cap, or whose layer's bytes do not read back, is not written.
func TestSaveRefusesWhatWouldNotLoad(t *testing.T) {
	big := userLesson(t)
	big.Users[0].Raw = bytes.Repeat([]byte{1}, 1500<<10) // control bytes: six times larger escaped
	garbled := userLesson(t)
	garbled.Users[1].Raw = []byte("<kml>no placemarks</kml>")
	for _, tc := range []struct {
		desc string
		l    *Lesson
		want string
	}{
		{desc: "too large once written", l: big, want: "at most 8388608"},
		{desc: "a layer that does not read back", l: garbled, want: "the lesson would not load"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "l.json")
			err := Save(path, tc.l)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Save: %v, want %q", err, tc.want)
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a file was written: %v", err)
			}
		})
	}
}

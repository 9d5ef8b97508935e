package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// spreadsheetCSV is a teacher's list of towns as a Spanish spreadsheet
// saves it: a byte order mark, semicolons, decimal commas, CRLF, and
// day/month/year dates that 15/03/2014 settles. The places are GeoNames
// cities500's.
const spreadsheetCSV = "\ufeffNombre;Latitud;Longitud;Fecha;Descripción;Fuente\r\n" +
	"Pichari;-12,5;-73,81667;15/03/2014;Pueblo a orillas del Apurímac;Apuntes de clase\r\n" +
	"Kimbiri;-12,61935;-73,78814;02/04/2014;Frente a Pichari;Apuntes de clase\r\n" +
	"San Miguel;-13,0125;-73,98083;;Capital de La Mar;Apuntes de clase\r\n"

// tripKML is a route with no sources.
const tripKML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Field trip</name>
<Placemark><name>Bus route</name><TimeSpan><begin>2010</begin></TimeSpan>
<LineString><coordinates>-74.25,-12.93333 -74.01667,-12.93333 -73.98083,-13.0125</coordinates></LineString></Placemark>
</Document></kml>`

// writeFile writes text to dir/name and returns its path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestExportAddEndToEnd exports a slide with a teacher's CSV in English
// and Spanish through the command line, then draws the same scene in
// process: the PNG written is that image, its legend names the layer as
// the user's and its footer credits it apart from the atlas's sources.
func TestExportAddEndToEnd(t *testing.T) {
	dir := t.TempDir()
	csv := writeFile(t, dir, "Pueblos del VRAEM.csv", spreadsheetCSV)
	tests := []struct {
		desc  string
		lang  string
		words []string // in the order drawn
	}{
		{desc: "English", lang: "en", words: []string{"Legend, 2014", "Your layer: Pueblos del VRAEM 3",
			"Sources:", "Your layer \u201cPueblos del VRAEM\u201d: Apuntes de clase.", "Map: Peru Trafficking Atlas"}},
		{desc: "Spanish", lang: "es", words: []string{"Leyenda, 2014", "Tu capa: Pueblos del VRAEM 3",
			"Fuentes:", "Tu capa \u201cPueblos del VRAEM\u201d: Apuntes de clase.", "Mapa: Atlas del narcotráfico"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			out := filepath.Join(dir, tc.lang+".png")
			args := []string{"-o", out, "-add", csv, "-center", "-12.7,-73.9", "-zoom", "9", "-year", "2014",
				"-width", "1200", "-height", "800", "-lang", tc.lang, "-cache", filepath.Join(dir, "cache")}
			var stdout, stderr bytes.Buffer
			if code := run(append([]string{"export"}, args...), &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if !strings.Contains(stdout.String(), "1 user layer)") {
				t.Errorf("stdout %q", stdout.String())
			}
			// The same scene in process, with its words.
			e, err := parseExportFlags(args, &stderr)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			if e.users, err = readAddedLayers(ctx, e.add, e.dateOrder, &stderr); err != nil {
				t.Fatal(err)
			}
			v, b, done, err := openExport(ctx, e)
			if err != nil {
				t.Fatal(err)
			}
			defer done()
			img, res, err := b.Scene(v, e.preset).RenderView(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := goldentest.Compare(goldentest.ReadPNG(t, out), img, goldentest.Tolerance{}); !d.OK() {
				t.Fatalf("the PNG written is not the scene drawn: %v", d)
			}
			text := strings.Join(strings.Fields(strings.Join(res.Texts, " ")), " ")
			at := 0
			for _, w := range tc.words {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q not drawn after position %d of:\n%s", w, at, text)
				}
				at += i + len(w)
			}
		})
	}
}

func TestExportAddErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.csv", "Nombre;Latitud;Longitud\nPichari;-12,5;-73,81667\nKimbiri;sur;-73,78814\n")
	ambiguous := writeFile(t, dir, "ambiguous.csv", "name;lat;lon;date\nA;-12,5;-73,8;03/04/2015\n")
	good := writeFile(t, dir, "good.csv", spreadsheetCSV)
	notes := writeFile(t, dir, "notes.txt", "hello")
	tests := []struct {
		desc string
		args []string
		want []string
	}{
		{desc: "a bad latitude, as the importer words it", args: []string{"-add", bad},
			want: []string{bad + ": line 3: row 2 (Kimbiri): column Latitud:", "nothing was drawn"}},
		{desc: "dates the file does not settle", args: []string{"-add", ambiguous},
			want: []string{ambiguous + ": line 2", "03/04/2015", "nothing was drawn"}},
		{desc: "no such file", args: []string{"-add", filepath.Join(dir, "none.csv")}, want: []string{"none.csv", "no such file"}},
		{desc: "a directory", args: []string{"-add", filepath.Join(dir, "sub.csv")}, want: []string{"sub.csv is a directory"}},
		{desc: "an unknown kind of file", args: []string{"-add", notes}, want: []string{"notes.txt", ".csv, .geojson"}},
		{desc: "one good, one bad: nothing drawn", args: []string{"-add", good, "-add", bad}, want: []string{bad + ": line 3"}},
		{desc: "a user feature past the layers", args: []string{"-add", good, "-select", "user:1:0"}, want: []string{"-select user:1:0: there are 1 user layers"}},
		{desc: "a user feature past the features", args: []string{"-add", good, "-select", "user:0:3"}, want: []string{"good.csv has 3 features (user:0:0 to user:0:2)"}},
		{desc: "a user feature with no -add", args: []string{"-select", "user:0:0"}, want: []string{"a user feature, but no -add file"}},
		{desc: "a bad -dates", args: []string{"-add", good, "-dates", "ymd"}, want: []string{`-dates "ymd": want dmy or mdy`}},
		{desc: "a data export", args: []string{"-add", good, "-o", filepath.Join(dir, "atlas.kml")}, want: []string{"sourced data only"}},
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			out := filepath.Join(dir, "map.png")
			args := append([]string{"export", "-o", out, "-width", "400", "-height", "300", "-cache", filepath.Join(dir, "cache")}, tc.args...)
			var stdout, stderr bytes.Buffer
			if code := run(args, &stdout, &stderr); code != 2 {
				t.Fatalf("exit %d, want 2; stderr %q", code, stderr.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("an image was written")
			}
		})
	}
}

// TestExportAddInMotionAndLessons draws user layers in a comparison, an
// animation's frames, and a lesson whose file embeds a layer, with
// another added from the command line.
func TestExportAddInMotionAndLessons(t *testing.T) {
	if testing.Short() {
		t.Skip("renders several images")
	}
	dir := t.TempDir()
	csv := writeFile(t, dir, "pueblos.csv", spreadsheetCSV)
	kml := writeFile(t, dir, "trip.kml", tripKML)
	raw, err := os.ReadFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := userlayer.Read(context.Background(), bytes.NewReader(raw), "pueblos.csv", userlayer.FormatCSV, userlayer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := lesson.New("Towns I will visit")
	l.Users = []*userlayer.Layer{embedded}
	l.Add(lesson.Scene{Title: "Pichari", Center: orb.Point{-73.85, -12.6}, Zoom: 9, Year: 2014, Layers: []string{"coca"},
		Selected: userlayer.FeatureID(0, 0)})
	lessonFile := filepath.Join(dir, "towns.json")
	if err := lesson.Save(lessonFile, l); err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(dir, "cache")
	tests := []struct {
		desc  string
		args  []string
		want  string // in stdout
		image string // an image to find the CSV's cyan pins in
	}{
		{desc: "a comparison", args: []string{"-compare", "2010,2014", "-o", filepath.Join(dir, "c.png"), "-add", csv, "-add", kml,
			"-center", "-12.8,-73.95", "-zoom", "8.5", "-width", "900", "-height", "500"}, want: "2010 and 2014 side by side", image: "c.png"},
		{desc: "an animation's frames", args: []string{"-animate", "2013-2014", "-o", filepath.Join(dir, "frames") + "/", "-add", csv,
			"-center", "-12.8,-73.95", "-zoom", "8.5", "-width", "480", "-height", "300"}, want: "years 2013-2014", image: "frames/frame-00002.png"},
		{desc: "a lesson with its own layer and one more", args: []string{"-lesson", lessonFile, "-o", filepath.Join(dir, "slides"), "-add", kml,
			"-width", "800", "-height", "450"}, want: "2 user layers", image: "slides/01-s1.png"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(append([]string{"export", "-cache", cache}, tc.args...), &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.want) {
				t.Errorf("stdout %q lacks %q", stdout.String(), tc.want)
			}
			img := goldentest.ReadPNG(t, filepath.Join(dir, tc.image))
			cyan := 0
			b := img.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					r, g, bl, _ := img.At(x, y).RGBA()
					if r>>8 < 0x20 && g>>8 > 0xd8 && bl>>8 > 0xe0 {
						cyan++
					}
				}
			}
			if cyan < 20 {
				t.Errorf("%s has %d pixels of the CSV's cyan pins", tc.image, cyan)
			}
		})
	}
}

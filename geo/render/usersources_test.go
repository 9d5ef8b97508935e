package render

import (
	"context"
	"image"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// testUserLayers are three user layers over the test scene: a CSV as a
// Spanish spreadsheet writes it (semicolons, decimal commas, day first)
// whose source column names a class's notes and an atlas article; a KML
// with no sources; a GeoJSON with a source record of its own that one
// feature cites, and one that none cites (the whole layer's).
func testUserLayers(tb testing.TB) []*userlayer.Layer {
	tb.Helper()
	files := []struct {
		name   string
		format userlayer.Format
		text   string
	}{
		{"Pueblos.csv", userlayer.FormatCSV, "Nombre;Latitud;Longitud;Fecha;Fuente;Página\n" +
			"Puerto;-11,5;-75,8;15/03/2014;Apuntes de clase;p. 2\n" +
			"Cerro;-12,9;-74,6;;s1;para 3\n" +
			"Viejo;-12,6;-75,4;02/04/2001;Apuntes de clase;p. 9\n"},
		{"trip.kml", userlayer.FormatKML, `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Trip</name>
<Placemark><name>Bus</name><TimeSpan><begin>2010</begin></TimeSpan>
<LineString><coordinates>-76.5,-13.5 -75.5,-13.8 -74.9,-14.6</coordinates></LineString></Placemark>
</Document></kml>`},
		{"survey.geojson", userlayer.FormatGeoJSON, `{"type": "FeatureCollection", "name": "Survey",
"sources": [{"id": "own", "title": "A survey of the valley", "author": "B. Surveyor", "year": 2013},
            {"id": "method", "title": "How the survey was made", "year": 2012}],
"features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[-73.3, -10.6], [-72.4, -10.6], [-72.4, -11.4], [-73.3, -11.4], [-73.3, -10.6]]]},
  "properties": {"name": "Plot", "citations": [{"source": "own", "locator": "table 2"}]}}]}`},
	}
	var out []*userlayer.Layer
	for _, f := range files {
		l, err := userlayer.Read(context.Background(), strings.NewReader(f.text), f.name, f.format, userlayer.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, l)
	}
	return out
}

// userScene is the test scene with the test user layers.
func userScene(tb testing.TB, p Preset) Scene {
	tb.Helper()
	s := testScene(tb, p)
	set, err := s.Overlays.WithUsers(testUserLayers(tb))
	if err != nil {
		tb.Fatal(err)
	}
	s.Overlays = set
	return s
}

// footerParagraph is the footer's paragraph for what r shows in its view.
func footerParagraph(r *resolved) string {
	var b []string
	for _, run := range footerRuns(r.frameSources(), r.frameUsers(), "", r.Lang) {
		b = append(b, run.s)
	}
	return strings.Join(strings.Fields(strings.Join(b, " ")), " ")
}

func TestUserLayersInTheFooter(t *testing.T) {
	const (
		atlas  = "Sources: Author, 2012, \u201cA dated article on coca\u2026\u201d; [2015], \u201cAn undated report\u2026\u201d. Years in [ ] are inferred."
		csv    = "Your layer \u201cPueblos\u201d: Apuntes de clase; Author, 2012, \u201cA dated article on coca\u2026\u201d."
		kml    = "Your layer \u201cTrip\u201d (trip.kml)."
		survey = "Your layer \u201cSurvey\u201d: Surveyor, 2013, \u201cA survey of the valley\u201d; 2012, \u201cHow the survey was made\u201d."
	)
	tests := []struct {
		desc string
		edit func(s *Scene)
		want string
	}{
		{desc: "2014: every layer", want: atlas + " " + csv + " " + kml + " " + survey},
		{desc: "2005: the trip not yet, the class notes only for the undated town",
			edit: func(s *Scene) { s.Year = 2005 },
			want: "Sources: Author, 2012, \u201cA dated article on coca\u2026\u201d; [2015], \u201cAn undated report\u2026\u201d. Years in [ ] are inferred. " +
				"Your layer \u201cPueblos\u201d: Author, 2012, \u201cA dated article on coca\u2026\u201d. " + survey},
		{desc: "the CSV and the survey hidden", edit: func(s *Scene) { s.HideUsers = []int{0, 2} }, want: atlas + " " + kml},
		{desc: "no atlas layer: the user's still credited apart",
			edit: func(s *Scene) { s.Layers = []data.Layer{} },
			want: "Sources: no atlas feature is shown in this view. " + csv + " " + kml + " " + survey},
		{desc: "in Spanish", edit: func(s *Scene) { s.Lang = data.LangES; s.HideUsers = []int{0, 2} },
			want: "Fuentes: Author, 2012, \u201cA dated article on coca\u2026\u201d; [2015], \u201cAn undated report\u2026\u201d. Los años entre [ ] son inferidos. " +
				"Tu capa \u201cTrip\u201d (trip.kml)."},
		{desc: "a view of the survey alone", edit: func(s *Scene) { s.Bound = orb.Bound{Min: orb.Point{-73.2, -11.3}, Max: orb.Point{-72.5, -10.7}} },
			want: "Sources: no atlas feature is shown in this view. " + survey},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s := userScene(t, Presets()[0].Reduced(2))
			if tc.edit != nil {
				tc.edit(&s)
			}
			r, err := s.resolve()
			if err != nil {
				t.Fatal(err)
			}
			r.view = r.mapView(800, 500)
			if got := footerParagraph(r); got != tc.want {
				t.Errorf("footer\n%s\nwant\n%s", got, tc.want)
			}
			for _, src := range r.frameSources() {
				if src.ID == "own" || src.ID == "Apuntes de clase" {
					t.Errorf("the atlas's sources list the user's %q", src.ID)
				}
			}
		})
	}
}

// TestUserLayersInAnExport renders a slide with the user layers in
// English and Spanish: the legend names each layer as the user's after
// the atlas's lines, the footer credits it apart, and the map shows the
// CSV's pins in their cyan.
func TestUserLayersInAnExport(t *testing.T) {
	tests := []struct {
		desc  string
		lang  string
		words []string // in the order drawn
	}{
		{desc: "English", lang: data.LangEN, words: []string{"Legend, 2014", "Military and police bases",
			"Your layer: Pueblos", "Your layer: Trip", "Your layer: Survey",
			"Sources:", "Your layer \u201cPueblos\u201d:", "Apuntes de clase;", "Your layer \u201cTrip\u201d", "(trip.kml).", "Your layer \u201cSurvey\u201d:"}},
		{desc: "Spanish", lang: data.LangES, words: []string{"Leyenda, 2014", "Tu capa: Pueblos", "Tu capa: Trip", "Tu capa: Survey",
			"Fuentes:", "Tu capa \u201cPueblos\u201d:", "Tu capa \u201cTrip\u201d", "Tu capa \u201cSurvey\u201d:"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s := userScene(t, Presets()[0].Reduced(2))
			s.Lang = tc.lang
			img, lay, _, err := s.render(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			text := joinTexts(lay)
			at := 0
			for _, w := range tc.words {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q not drawn after position %d of:\n%s", w, at, text)
				}
				at += i + len(w)
			}
			if n := countColour(img, lay.mapR, 0x00, 0xF0, 0xF8); n < 40 {
				t.Errorf("%d pixels of the CSV's cyan pins on the map", n)
			}
		})
	}
}

// joinTexts is every text the layout drew, a line each.
func joinTexts(lay *layout) string {
	var b strings.Builder
	for _, x := range lay.texts {
		b.WriteString(x.s)
		b.WriteString("\n")
	}
	return strings.ReplaceAll(b.String(), "\n", " ")
}

// countColour counts the pixels of r in img within 8 of an RGB colour.
func countColour(img *image.RGBA, r image.Rectangle, cr, cg, cb int) int {
	near := func(a uint8, b int) bool { return int(a) >= b-8 && int(a) <= b+8 }
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if near(c.R, cr) && near(c.G, cg) && near(c.B, cb) {
				n++
			}
		}
	}
	return n
}

// TestUserLayersInMotion: a film of years with fixed sources and a
// comparison credit the user layers of any of their key shots.
func TestUserLayersInMotion(t *testing.T) {
	s := userScene(t, CustomPreset(1000, 560))
	c := Compare{Scene: s, Years: [2]int{2001, 2014}}
	_, lay, _, err := c.render(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := joinTexts(lay); !strings.Contains(got, "Your layer \u201cTrip\u201d (trip.kml).") || !strings.Contains(got, "Your layer: Pueblos") {
		t.Errorf("compare does not name the user layers:\n%s", got)
	}
	var shots []Shot
	for _, y := range []int{2001, 2014} {
		shots = append(shots, Shot{View: View{Bound: s.Bound, Year: y}})
	}
	f, err := NewFilm(s, shots, FilmOptions{FixedSources: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range f.fixed.users {
		names = append(names, u.name)
	}
	if strings.Join(names, ",") != "Pueblos,Trip,Survey" {
		t.Errorf("film credits %q", names)
	}
}

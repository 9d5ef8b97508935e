package userlayer

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// readSample reads a file under testdata.
func readSample(t *testing.T, name string) *Layer {
	t.Helper()
	l, err := ReadFile(context.Background(), filepath.Join("testdata", name), Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return l
}

// kmz zips a KML document as doc.kml, with an image beside it.
func kmz(t testing.TB, kml []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct {
		name string
		body []byte
	}{{"files/icon.png", []byte("\x89PNG")}, {"doc.kml", kml}} {
		w, err := zw.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(f.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// periodOf formats a feature's period, "-" for none.
func periodOf(f Feature) string {
	if f.Period == nil {
		return "-"
	}
	return f.Period.String()
}

// TestSamples reads every sample and checks each feature's name, years,
// geometry, line and what else it carries.
func TestSamples(t *testing.T) {
	kml, err := os.ReadFile("testdata/places.kml")
	if err != nil {
		t.Fatal(err)
	}
	kmzPath := filepath.Join(t.TempDir(), "places.kmz")
	if err := os.WriteFile(kmzPath, kmz(t, kml), 0o644); err != nil {
		t.Fatal(err)
	}
	type want struct {
		name, period, date, geom string
		line                     int
	}
	tests := []struct {
		desc      string
		file      string
		layerName string
		features  []want
		warnings  []string
	}{
		{desc: "English CSV with commas", file: "testdata/towns.csv", layerName: "towns", features: []want{
			{"Tingo María", "1985", "", "Point", 2}, {"Tocache", "1994", "", "Point", 3},
			{"Pichari", "2012", "", "Point", 4}, {"Lima", "-", "", "Point", 5}}},
		{desc: "Spanish spreadsheet CSV: BOM, semicolons, comma decimals, dd/mm dates", file: "testdata/pueblos-es.csv", layerName: "pueblos-es",
			features: []want{{"Ayacucho", "2014", "2014-03-25", "Point", 2}, {"Huanta", "2015", "2015-04-03", "Point", 3}, {"Kimbiri", "2016", "", "Point", 4}},
			warnings: []string{`dates such as "03/04/2015" were read as day/month/year, as "25/03/2014" on line 2 shows`}},
		{desc: "GeoJSON with its own sources", file: "testdata/survey.geojson", layerName: "Coca survey 2021 (teacher's sketch)", features: []want{
			{"VRAEM survey area", "2021", "", "Polygon", 8}, {"Tocache", "2021", "2021-06-30", "Point", 21},
			{"Huallaga road", "1990-2000", "", "LineString", 26}}},
		{desc: "KML with folders, TimeStamp, TimeSpan, ExtendedData", file: "testdata/places.kml", layerName: "Class notes: the Huallaga", features: []want{
			{"Tingo María", "1985", "", "Point", 9}, {"Aucayacu", "1993-", "", "Point", 21}, {"Down the Huallaga", "1990-2000", "", "LineString", 30},
			{"Valley outline", "2010", "", "Polygon", 40}, {"Two towns", "-", "", "MultiPoint", 46}},
			warnings: []string{"a polygon ring does not end on its first point; it was closed"}},
		{desc: "KMZ", file: kmzPath, layerName: "Class notes: the Huallaga", features: []want{
			{"Tingo María", "1985", "", "Point", 9}, {"Aucayacu", "1993-", "", "Point", 21}, {"Down the Huallaga", "1990-2000", "", "LineString", 30},
			{"Valley outline", "2010", "", "Polygon", 40}, {"Two towns", "-", "", "MultiPoint", 46}}},
	}
	for _, tt := range tests {
		l, err := ReadFile(context.Background(), tt.file, Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.desc, err)
			continue
		}
		if l.Name != tt.layerName {
			t.Errorf("%s: layer name %q, want %q", tt.desc, l.Name, tt.layerName)
		}
		if len(l.Features) != len(tt.features) {
			t.Errorf("%s: %d features, want %d", tt.desc, len(l.Features), len(tt.features))
			continue
		}
		for i, w := range tt.features {
			f := l.Features[i]
			got := want{f.Name, periodOf(f), f.Date, f.Geometry.GeoJSONType(), f.Line}
			if got != w {
				t.Errorf("%s: feature %d = %+v, want %+v", tt.desc, i+1, got, w)
			}
		}
		for _, w := range tt.warnings {
			found := false
			for _, p := range l.Warnings {
				found = found || strings.Contains(p.Message, w)
			}
			if !found {
				t.Errorf("%s: no warning %q in %v", tt.desc, w, l.Warnings)
			}
		}
		if len(l.Raw) == 0 {
			t.Errorf("%s: the layer keeps no copy of its file", tt.desc)
		}
	}
}

// TestSampleDetails checks what the samples carry besides names and
// years: descriptions, Spanish names, folders, properties, citations and
// sources.
func TestSampleDetails(t *testing.T) {
	es := readSample(t, "pueblos-es.csv")
	if got := es.Features[0].Description; got != "Capital de la región; sede de la universidad" {
		t.Errorf("Spanish CSV description %q", got)
	}
	if c := es.Features[0].Citations; len(c) != 1 || c[0].Source != "Apuntes de clase" || c[0].Locator != "p. 4" {
		t.Errorf("Spanish CSV citations %v", c)
	}
	if len(es.Sources) != 1 || es.Sources[0].Title != "Apuntes de clase" {
		t.Errorf("Spanish CSV sources %v", es.Sources)
	}
	if p := es.Features[0].Geometry.(orb.Point); p != (orb.Point{-74.22321, -13.15878}) {
		t.Errorf("comma decimals read as %v", p)
	}

	survey := readSample(t, "survey.geojson")
	area := survey.Features[0]
	if area.NameES != "Zona del censo en el VRAEM" || len(area.Citations) != 1 || area.Citations[0].Locator != "p. 12, table 3" {
		t.Errorf("GeoJSON area %+v", area)
	}
	if got := props(area); got != "id=1 hectares=32000" {
		t.Errorf("GeoJSON properties %q", got)
	}
	if got := survey.Features[1].Description; got != "Visita de campo" {
		t.Errorf("Spanish property notas read as %q", got)
	}
	if _, ok := survey.Source("survey_2021"); !ok {
		t.Errorf("GeoJSON sources %v", survey.Sources)
	}

	kml := readSample(t, "places.kml")
	tingo := kml.Features[0]
	if tingo.Description != "Town on the Huallaga & its valley\nSee the map" {
		t.Errorf("KML description %q", tingo.Description)
	}
	if got := props(tingo); got != "population=53177 geonameid=3691348" {
		t.Errorf("KML ExtendedData %q", got)
	}
	if tingo.Folder != "Towns" || kml.Features[1].Folder != "Towns / South" || kml.Features[2].Folder != "Routes" {
		t.Errorf("folders %q %q %q", tingo.Folder, kml.Features[1].Folder, kml.Features[2].Folder)
	}
	if poly := kml.Features[3].Geometry.(orb.Polygon); len(poly) != 2 || !poly[1].Closed() {
		t.Errorf("polygon with a hole read as %v", poly)
	}
}

func props(f Feature) string {
	var parts []string
	for _, p := range f.Properties {
		parts = append(parts, p.Key+"="+p.Value)
	}
	return strings.Join(parts, " ")
}

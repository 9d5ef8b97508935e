package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportData runs `atlas export -o FILE.kml|.geojson` with the flags
// a data export honours, and reads what it wrote.
func TestExportData(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		desc     string
		args     []string
		code     int
		stdout   string
		stderr   string
		contains []string
	}{
		{desc: "KML with a time slider", args: []string{"-o", filepath.Join(dir, "atlas.kml")}, stdout: "features, 5 sources, KML 2.2 with a time slider)",
			contains: []string{"<TimeSpan>", "<Folder>", "Coca-growing zones"}},
		{desc: "KML, Spanish, one year, two groups", args: []string{"-o", filepath.Join(dir, "vraem.kml"), "-year", "2012", "-layers", "coca,sendero", "-lang", "es"},
			stdout: "KML 2.2)", contains: []string{"Zonas cocaleras", "Atlas del narcotráfico en el Perú, 2012"}},
		{desc: "GeoJSON of one feature", args: []string{"-o", filepath.Join(dir, "one.geojson"), "-select", "coca_vraem"},
			stdout: "(1 features, ", contains: []string{`"id": "coca_vraem"`, `"type": "FeatureCollection"`}},
		{desc: "no overwrite without -force", args: []string{"-o", filepath.Join(dir, "atlas.kml")}, code: 1, stderr: "the file exists (use -force to replace it)"},
		{desc: "overwrite with -force", args: []string{"-o", filepath.Join(dir, "atlas.kml"), "-force", "-layers", "ports"}, stdout: "(6 features"},
		{desc: "nothing to export", args: []string{"-o", filepath.Join(dir, "none.kml"), "-layers", "none"}, code: 1, stderr: "no feature to export"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"export"}, tt.args...), &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %d, %q, %q", tt.desc, code, &stdout, &stderr, tt.code, tt.stdout, tt.stderr)
			continue
		}
		if len(tt.contains) == 0 {
			continue
		}
		b, err := os.ReadFile(tt.args[1])
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(tt.args[1], ".kml") {
			err = xml.Unmarshal(b, new(struct{}))
		} else {
			err = json.Unmarshal(b, new(map[string]any))
		}
		if err != nil {
			t.Errorf("%s: the file does not parse: %v", tt.desc, err)
		}
		for _, w := range tt.contains {
			if !strings.Contains(string(b), w) {
				t.Errorf("%s: the file lacks %q", tt.desc, w)
			}
		}
	}
}

// TestValidateUserLayer runs `atlas validate` on users' files.
func TestValidateUserLayer(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	spanish, err := filepath.Abs("../../data/userlayer/testdata/pueblos-es.csv")
	if err != nil {
		t.Fatal(err)
	}
	towns := write("towns.csv", "name,lat,lon,year,source\nTocache,-8.1877,-76.52046,2012,Field notes\n")
	ambiguous := write("dates.csv", "nombre;latitud;longitud;fecha\nHuanta;-12,93333;-74,25;03/04/2015\n")
	geo := write("qgis.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"P"},"geometry":{"type":"Point","coordinates":[-75,-12]}}]}`)
	tests := []struct {
		desc   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{desc: "a teacher's CSV", args: []string{towns}, stdout: []string{"ok: 1 features in " + towns + ` (user layer "towns")`}},
		{desc: "a Spanish spreadsheet's CSV", args: []string{spanish}, stdout: []string{"were read as day/month/year", "(warning)", "ok: 3 features"}},
		{desc: "an ambiguous date", args: []string{ambiguous}, code: 1,
			stdout: []string{ambiguous + `: line 2: row 1 (Huanta): column fecha: "03/04/2015" could be 3 April or March 4`}, stderr: "cannot be loaded"},
		{desc: "the date order given", args: []string{"-dates", "dmy", ambiguous}, stdout: []string{"ok: 1 features"}},
		{desc: "the atlas's citation rule asked for", args: []string{"-citations", towns}, code: 1,
			stdout: []string{"feature 1 (Tocache): citation 1 (Field notes) has no locator"}, stderr: "breaks the rules asked for"},
		{desc: "the atlas's Spanish rule asked for", args: []string{"-spanish", towns}, code: 1, stdout: []string{"no Spanish name"}},
		{desc: "a GeoJSON from QGIS is a user layer", args: []string{geo}, stdout: []string{"ok: 1 features in " + geo}},
		{desc: "bad -dates", args: []string{"-dates", "ymd", towns}, code: 2, stderr: `-dates "ymd": want dmy or mdy`},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"validate"}, tt.args...), &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("%s: exit %d, stderr %q; want %d, %q\nstdout: %s", tt.desc, code, &stderr, tt.code, tt.stderr, &stdout)
		}
		for _, w := range tt.stdout {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%s: stdout lacks %q:\n%s", tt.desc, w, &stdout)
			}
		}
	}
}

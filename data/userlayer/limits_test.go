package userlayer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadFileRefuses checks that only regular files of a known type and
// size are read, with a clear error before anything is read.
func TestReadFileRefuses(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder.kml")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	device := filepath.Join(dir, "null.csv")
	if err := os.Symlink("/dev/null", device); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(big, []byte("lat,lon\n"+strings.Repeat("-12,-75\n", 20)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc string
		path string
		opt  Options
		err  error
		msg  string
	}{
		{desc: "FIFO (reading it would block)", path: fifo, err: ErrNotRegular, msg: "is a named pipe (FIFO)"},
		{desc: "directory", path: folder, err: ErrNotRegular, msg: "is a directory"},
		{desc: "device behind a link", path: device, err: ErrNotRegular, msg: "is a device"},
		{desc: "too large", path: big, opt: Options{Limits: Limits{Bytes: 64}}, err: ErrTooLarge, msg: "the limit is 64"},
		{desc: "unknown type", path: "notes.docx", err: ErrFormat, msg: "want .csv, .geojson, .json, .kml, .kmz"},
	}
	for _, tt := range tests {
		_, err := ReadFile(context.Background(), tt.path, tt.opt)
		if !errors.Is(err, tt.err) || !strings.Contains(fmt.Sprint(err), tt.msg) {
			t.Errorf("%s: got %v, want %v with %q", tt.desc, err, tt.err, tt.msg)
		}
	}
}

// TestLimits checks the caps on bytes, features, vertices and problems.
func TestLimits(t *testing.T) {
	rows := "lat,lon\n" + strings.Repeat("-12,-75\n", 11)
	badRows := "lat,lon\n" + strings.Repeat("x,-75\n", 30)
	line := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[-75,-12],[-75,-13],[-76,-13]]}}]}`
	tests := []struct {
		desc, name, text string
		lim              Limits
		want             string
	}{
		{desc: "features", name: "a.csv", text: rows, lim: Limits{Features: 10}, want: "line 12: more than 10 rows"},
		{desc: "GeoJSON features", name: "a.geojson", text: strings.Replace(line, "}]}", "},"+line[39:len(line)-2]+"]}", 1), lim: Limits{Features: 1}, want: "more than 1 features"},
		{desc: "vertices", name: "a.geojson", text: line, lim: Limits{Vertices: 2}, want: "more than 2 coordinates in the file"},
		{desc: "KML vertices", name: "a.kml", text: "<kml><Placemark><LineString><coordinates>-75,-12 -75,-13 -76,-13</coordinates></LineString></Placemark></kml>",
			lim: Limits{Vertices: 2}, want: "more than 2 coordinates"},
		{desc: "bytes read from a stream", name: "a.csv", text: rows, lim: Limits{Bytes: 20}, want: "larger than 20 bytes"},
		{desc: "problems listed, the rest counted", name: "a.csv", text: badRows, lim: Limits{Problems: 5}, want: "30 problem(s)"},
	}
	for _, tt := range tests {
		_, err := read(tt.name, tt.text, Options{Limits: tt.lim})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.desc, err, tt.want)
		}
	}
	_, err := read("a.csv", badRows, Options{Limits: Limits{Problems: 5}})
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 5 || ie.More != 25 || !strings.Contains(err.Error(), "... and 25 more") {
		t.Errorf("capped problems: %v", err)
	}
}

// TestKMZ checks the KMZ archive rules: doc.kml or the first .kml, a
// bounded unzipped size, and a clear error for what is not a KMZ.
func TestKMZ(t *testing.T) {
	kml := []byte("<kml><Placemark><name>P</name><Point><coordinates>-75,-12</coordinates></Point></Placemark></kml>")
	tests := []struct {
		desc string
		raw  []byte
		lim  Limits
		err  error
		want string
	}{
		{desc: "a KMZ", raw: kmz(t, kml), want: "P"},
		{desc: "not a zip", raw: kml, err: ErrInvalid},
		{desc: "unzips too large", raw: kmz(t, append(kml, make([]byte, 4000)...)), lim: Limits{Bytes: 2000}, err: ErrTooLarge},
	}
	for _, tt := range tests {
		l, err := Read(context.Background(), strings.NewReader(string(tt.raw)), "a.kmz", FormatKMZ, Options{Limits: tt.lim})
		switch {
		case !errors.Is(err, tt.err):
			t.Errorf("%s: got %v, want %v", tt.desc, err, tt.err)
		case err == nil && l.Features[0].Name != tt.want:
			t.Errorf("%s: name %q", tt.desc, l.Features[0].Name)
		}
	}
}

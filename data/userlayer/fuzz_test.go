package userlayer

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
)

// fuzzRead reads b as the given format and checks the contract every
// import keeps: an error or a layer with features inside the limits,
// each with a checked geometry and a period whose end is not before its
// start.
func fuzzRead(t *testing.T, b []byte, format Format) {
	lim := Limits{Bytes: 1 << 20, Features: 200, Vertices: 5000, Problems: 10}
	l, err := Read(context.Background(), bytes.NewReader(b), "fuzz."+string(format), format, Options{Limits: lim})
	if err != nil {
		var ie *ImportError
		if errors.As(err, &ie) && len(ie.Problems) > lim.Problems {
			t.Fatalf("%d problems listed, limit %d", len(ie.Problems), lim.Problems)
		}
		return
	}
	if len(l.Features) == 0 || len(l.Features) > lim.Features {
		t.Fatalf("%d features", len(l.Features))
	}
	vertices := 0
	for _, f := range l.Features {
		n, msg := geometryCheck(f.Geometry)
		if msg != "" {
			t.Fatalf("feature %d: %s", f.Index, msg)
		}
		vertices += n
		if p := f.Period; p != nil && (p.To != nil && *p.To < p.From || p.ImpliedFrom != 0 && p.ImpliedFrom >= p.From) {
			t.Fatalf("feature %d: period %v ends before it starts", f.Index, p)
		}
	}
	if vertices > lim.Vertices {
		t.Fatalf("%d vertices, limit %d", vertices, lim.Vertices)
	}
}

// seed adds the samples under testdata to the corpus.
func seed(f *testing.F, names ...string) {
	for _, name := range names {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzReadCSV(f *testing.F) {
	seed(f, "towns.csv", "pueblos-es.csv")
	f.Add([]byte("lat;lon;fecha\n-12,5;-75,1;03/04/2015\n"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, b, FormatCSV) })
}

func FuzzReadKML(f *testing.F) {
	seed(f, "places.kml")
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, b, FormatKML) })
}

func FuzzReadGeoJSON(f *testing.F) {
	seed(f, "survey.geojson")
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, b, FormatGeoJSON) })
}

func FuzzReadKMZ(f *testing.F) {
	b, err := os.ReadFile("testdata/places.kml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(kmz(f, b))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, b, FormatKMZ) })
}

package userlayer

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
)

// fuzzRead reads b as the given format, strictly and with SkipBad, and
// checks the contract every import keeps: an error or a layer with
// features inside the limits, each with a checked geometry and a period
// whose end is not before its start. A file that loads strictly loads
// the same with SkipBad, with nothing skipped; one that loads with
// SkipBad loads the same again from its Raw.
func fuzzRead(t *testing.T, b []byte, format Format) {
	lim := Limits{Bytes: 1 << 20, Features: 200, Vertices: 5000, Problems: 10}
	strict := checkedRead(t, b, format, Options{Limits: lim})
	skipping := checkedRead(t, b, format, Options{Limits: lim, SkipBad: true})
	if strict != nil && (skipping == nil || len(skipping.Features) != len(strict.Features) || skipping.Skipped.Features != 0) {
		t.Fatalf("loads strictly with %d features, but with SkipBad: %+v", len(strict.Features), skipping)
	}
	if skipping != nil {
		again := checkedRead(t, skipping.Raw, format, Options{Limits: lim, SkipBad: true})
		if again == nil || len(again.Features) != len(skipping.Features) {
			t.Fatalf("read again from Raw: %+v, want %d features", again, len(skipping.Features))
		}
	}
}

// checkedRead reads b with opt and checks the contract of fuzzRead; it
// returns the layer, or nil when the file is refused.
func checkedRead(t *testing.T, b []byte, format Format, opt Options) *Layer {
	lim := opt.Limits
	l, err := Read(context.Background(), bytes.NewReader(b), "fuzz."+string(format), format, opt)
	if err != nil {
		var ie *ImportError
		if errors.As(err, &ie) && len(ie.Problems) > lim.Problems {
			t.Fatalf("%d problems listed, limit %d", len(ie.Problems), lim.Problems)
		}
		return nil
	}
	if len(l.Features) == 0 || len(l.Features) > lim.Features {
		t.Fatalf("%d features", len(l.Features))
	}
	if len(l.Skipped.Problems) > lim.Problems || (l.Skipped.Features > 0 && !opt.SkipBad) {
		t.Fatalf("skipped %+v with SkipBad %v", l.Skipped, opt.SkipBad)
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
	return l
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
	f.Add([]byte("name,lat,lon,year\nA,-12.1,-75,2010\nB,north,-75,2011\nC,-12.3\n"))
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

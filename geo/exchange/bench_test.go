package exchange

import (
	"io"
	"testing"
)

// BenchmarkWriteKML writes the whole atlas as KML.
func BenchmarkWriteKML(b *testing.B) {
	ds := embedded(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteKML(io.Discard, ds, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteGeoJSON writes the whole atlas as GeoJSON.
func BenchmarkWriteGeoJSON(b *testing.B) {
	ds := embedded(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteGeoJSON(io.Discard, ds, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

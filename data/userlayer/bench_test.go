package userlayer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"
)

// BenchmarkReadCSV reads a spreadsheet's CSV of 10,000 rows (the feature
// limit) with Spanish headers, semicolons, comma decimals and dd/mm/yyyy
// dates.
func BenchmarkReadCSV(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Nombre;Latitud;Longitud;Fecha;Descripción\n")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&buf, "Lugar %d;-%d,%04d;-7%d,%04d;%02d/%02d/20%02d;Nota %d\n", i, 5+i%10, i, i%5, i, 1+i%28, 1+i%12, i%23, i)
	}
	raw := buf.Bytes()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(context.Background(), bytes.NewReader(raw), "big.csv", FormatCSV, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadKML reads the KML sample.
func BenchmarkReadKML(b *testing.B) {
	raw, err := os.ReadFile("testdata/places.kml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(context.Background(), bytes.NewReader(raw), "places.kml", FormatKML, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

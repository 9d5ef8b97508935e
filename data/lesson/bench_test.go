package lesson

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// bigUserLesson is a one-scene lesson embedding a 10,000-row CSV (the
// importer's largest; about 0.5 MB) as a Spanish spreadsheet writes it.
func bigUserLesson(b *testing.B) *Lesson {
	var buf bytes.Buffer
	buf.WriteString("Nombre;Latitud;Longitud;Fecha;Descripción\n")
	for i := range 10000 {
		fmt.Fprintf(&buf, "Lugar %d;-%d,%04d;-7%d,%04d;%02d/%02d/20%02d;Nota %d\n", i, 5+i%10, i, i%5, i, 1+i%28, 1+i%12, i%23, i)
	}
	l := New("Survey")
	l.Users = []*userlayer.Layer{readLayer(b, "survey.csv", buf.Bytes())}
	l.Add(Scene{Title: "All", Center: orb.Point{-74, -10}, Zoom: 6, Year: 2015, Layers: []string{}})
	return l
}

// BenchmarkSaveWithUserLayer saves it, reading the layer back to be sure
// the file loads, as every save and autosave does.
func BenchmarkSaveWithUserLayer(b *testing.B) {
	l := bigUserLesson(b)
	path := filepath.Join(b.TempDir(), "survey.json")
	b.ReportAllocs()
	for b.Loop() {
		if err := Save(path, l); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseWithUserLayer opens it.
func BenchmarkParseWithUserLayer(b *testing.B) {
	raw, err := Marshal(bigUserLesson(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(raw), "survey.json"); err != nil {
			b.Fatal(err)
		}
	}
}

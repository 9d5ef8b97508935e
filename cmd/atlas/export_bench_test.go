package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkExport1600x1200 measures `atlas export -width 1600 -height 1200`
// of all of Peru with every layer, tiles already in the cache: composing
// with go-staticmaps, overlays, furniture and writing the PNG.
func BenchmarkExport1600x1200(b *testing.B) {
	dir := b.TempDir()
	e, err := parseExportFlags([]string{"-o", filepath.Join(dir, "peru.png"), "-width", "1600", "-height", "1200",
		"-cache", filepath.Join(dir, "cache"), "-force"}, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	if err := export(context.Background(), e, io.Discard, io.Discard); err != nil { // fills the tile cache
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := export(context.Background(), e, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

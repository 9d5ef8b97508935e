package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles/mbtiles"
)

// committed is the sample package as committed.
const committed = "../peru-sample.mbtiles"

// TestCommittedPackageIsCurrent: the committed package is what the
// generator writes now, and the atlas opens it and draws Lima from it.
func TestCommittedPackageIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("renders some 60 tiles")
	}
	fresh := filepath.Join(t.TempDir(), "sample.mbtiles")
	if err := Write(context.Background(), fresh); err != nil {
		t.Fatal(err)
	}
	a, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("%s differs from a fresh one: run go run ./docs/examples/mbtilesgen", committed)
	}
	src, err := mbtiles.Open(context.Background(), committed)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	info := src.Info()
	if info.MinZoom != minZoom || info.MaxZoom != maxZoom || info.Attribution == "" {
		t.Errorf("package info %+v, want zooms %d-%d and a credit", info, minZoom, maxZoom)
	}
	for z := maptile.Zoom(minZoom); z <= maxZoom; z++ {
		if _, err := src.Tile(context.Background(), maptile.At(orb.Point{-77.03, -12.05}, z)); err != nil {
			t.Errorf("zoom %d: no tile of Lima: %v", z, err)
		}
	}
}

package embedded

import (
	"bytes"
	"context"
	"image"
	"slices"
	"sync"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

// TestZoomLevelsKept: a Source keeps only the most recently used zoom
// levels, and a level prepared again draws exactly the same tile.
func TestZoomLevelsKept(t *testing.T) {
	src := New(testShared(t))
	tileAt := func(z maptile.Zoom) *image.RGBA {
		t.Helper()
		img, err := src.Tile(context.Background(), maptile.At(orb.Point{-76, -9.3}, z))
		if err != nil {
			t.Fatal(err)
		}
		return img.(*image.RGBA)
	}
	first := tileAt(6)
	for z := maptile.Zoom(7); z <= 12; z++ {
		tileAt(z)
	}
	kept := src.zooms.kept()
	slices.Sort(kept)
	if want := []int{11, 12}; !slices.Equal(kept, want) {
		t.Fatalf("kept zoom levels %v after drawing zooms 6 to 12, want %v", kept, want)
	}
	tileAt(11) // used again: now the newest
	tileAt(6)  // prepared again, dropping 12, the least recently used
	kept = src.zooms.kept()
	slices.Sort(kept)
	if want := []int{6, 11}; !slices.Equal(kept, want) {
		t.Fatalf("kept zoom levels %v, want %v", kept, want)
	}
	if again := tileAt(6); !bytes.Equal(again.Pix, first.Pix) {
		t.Error("zoom 6 prepared again draws a different tile")
	}
}

// TestZoomLevelPreparedOnce: tiles asking for the same new level at the
// same time share one preparation.
func TestZoomLevelPreparedOnce(t *testing.T) {
	var c zoomCache
	var mu sync.Mutex
	builds := 0
	build := func() (*zoomData, error) {
		mu.Lock()
		builds++
		mu.Unlock()
		return &zoomData{z: 8}, nil
	}
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			if zd, err := c.get(8, build); err != nil || zd.z != 8 {
				t.Errorf("get(8) = %v, %v", zd, err)
			}
		})
	}
	wg.Wait()
	if builds != 1 {
		t.Errorf("zoom 8 prepared %d times for 16 concurrent tiles, want once", builds)
	}
}

package embedded

import (
	"context"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

// benchTiles are distinct tiles over Peru at zooms 5 to 11.
func benchTiles() []maptile.Tile {
	var ts []maptile.Tile
	for z := maptile.Zoom(5); z <= 11; z++ {
		a := maptile.At(orb.Point{-79, -4}, z)
		c := maptile.At(orb.Point{-70, -17}, z)
		for i := 0; i < 40; i++ {
			x := a.X + uint32(i*7919)%(c.X-a.X+1)
			y := a.Y + uint32(i*104729)%(c.Y-a.Y+1)
			ts = append(ts, maptile.New(x, y, z))
		}
	}
	return ts
}

// benchTileCold renders a different tile each iteration, with no tile cache
// (the Source has none); the per-zoom preparation is done before timing.
func benchTileCold(b *testing.B, scale float64) {
	src := New(testShared(b), WithScale(scale))
	ts := benchTiles()
	ctx := context.Background()
	for _, t := range ts { // prepare every zoom and label image once
		if _, err := src.Tile(ctx, t); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := src.Tile(ctx, ts[i%len(ts)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTileCold(b *testing.B)    { benchTileCold(b, 1) }
func BenchmarkTileCold512(b *testing.B) { benchTileCold(b, 2) }

// BenchmarkZoomPrep is the one-off cost of a zoom level in a new Source:
// simplifying, cutting and placing labels for zoom 9 and lighting its
// relief, then its first tile. The decoded data and the relief's surfaces
// are shared, as between the sources of one app.
func BenchmarkZoomPrep(b *testing.B) {
	d, m := testData(b), sharedRelief.get(b)
	t := maptile.At(orb.Point{-76, -9.3}, 9)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(WithData(d), WithRelief(m)).Tile(context.Background(), t); err != nil {
			b.Fatal(err)
		}
	}
}

package embedded

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// goldenTiles are a few tiles worth keeping an eye on, named by what they show.
var goldenTiles = []struct {
	desc  string
	at    orb.Point // a point the tile contains
	z     maptile.Zoom
	scale float64
}{
	{desc: "peru-south-z5", at: orb.Point{-75, -12}, z: 5, scale: 1},
	{desc: "titicaca-z7", at: orb.Point{-69.5, -15.8}, z: 7, scale: 1},
	{desc: "tingo-maria-z8", at: orb.Point{-76, -9.3}, z: 8, scale: 1},
	{desc: "iquitos-z9", at: orb.Point{-73.25, -3.75}, z: 9, scale: 1},
	{desc: "lima-z10", at: orb.Point{-77.03, -12.04}, z: 10, scale: 1},
	{desc: "lima-z10-hidpi", at: orb.Point{-77.03, -12.04}, z: 10, scale: 2},
}

func TestGolden(t *testing.T) {
	d := testData(t)
	for _, tc := range goldenTiles {
		t.Run(tc.desc, func(t *testing.T) {
			src := New(WithData(d), WithRelief(sharedRelief.get(t)), WithScale(tc.scale))
			got, err := src.Tile(context.Background(), maptile.At(tc.at, tc.z))
			if err != nil {
				t.Fatal(err)
			}
			goldentest.AssertImage(t, tc.desc, got)
		})
	}
}

func TestInfo(t *testing.T) {
	for _, tc := range []struct {
		desc  string
		scale float64
		size  int
	}{
		{desc: "standard", scale: 1, size: 256},
		{desc: "hidpi", scale: 2, size: 512},
		{desc: "below one", scale: 0.75, size: 192},
		{desc: "below the minimum means the minimum", scale: 0.1, size: 64},
		{desc: "zero means one", scale: 0, size: 256},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			info := New(WithScale(tc.scale)).Info()
			if info.ID != "embedded" || info.TileSize != tc.size || info.MinZoom != minZoom || info.MaxZoom != maxZoom || info.Attribution == "" {
				t.Errorf("Info() = %+v", info)
			}
		})
	}
}

func TestTileErrors(t *testing.T) {
	src := New(testShared(t))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		desc string
		ctx  context.Context
		t    maptile.Tile
		want error
	}{
		{desc: "below min zoom", ctx: context.Background(), t: maptile.New(0, 0, minZoom-1), want: tiles.ErrNoTile},
		{desc: "above max zoom", ctx: context.Background(), t: maptile.New(0, 0, maxZoom+1), want: tiles.ErrNoTile},
		{desc: "x outside the world", ctx: context.Background(), t: maptile.New(1<<6, 3, 6), want: tiles.ErrNoTile},
		{desc: "cancelled", ctx: cancelled, t: maptile.At(orb.Point{-75, -10}, 7), want: context.Canceled},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			img, err := src.Tile(tc.ctx, tc.t)
			if !errors.Is(err, tc.want) || img != nil {
				t.Errorf("Tile(%v) = %v, %v; want error %v", tc.t, img, err, tc.want)
			}
		})
	}
}

func TestTileFarFromPeru(t *testing.T) {
	img, err := New(testShared(t)).Tile(context.Background(), maptile.New(0, 0, 4))
	if err != nil || img.Bounds().Dx() != 256 {
		t.Fatalf("Tile = %v, %v", img, err)
	}
}

func TestConcurrentTiles(t *testing.T) {
	src := New(testShared(t))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tl := maptile.At(orb.Point{-76 + float64(i%4)*0.3, -9.3}, maptile.Zoom(7+i%2))
			if _, err := src.Tile(context.Background(), tl); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

func TestAtScale(t *testing.T) {
	d := testData(t)
	base := New(WithData(d))
	for _, tc := range []struct {
		desc  string
		scale float64
		size  int
	}{
		{desc: "a small export of all of Peru", scale: 0.8, size: 205},
		{desc: "a fitted 4K export", scale: 2.3, size: 589},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			src := base.AtScale(tc.scale)
			info := src.Info()
			if info.TileSize != tc.size || info.Version != base.Info().Version || info.ID != base.Info().ID {
				t.Fatalf("Info() = %+v, want %d px tiles of the same data", info, tc.size)
			}
			if e, ok := src.(*Source); !ok || e.data != d || e.world == nil || e.world != base.world || e.relief != base.relief {
				t.Fatalf("AtScale gave %T without the shared vectors and relief", src)
			}
			img, err := src.Tile(context.Background(), maptile.At(orb.Point{-75, -12}, 5))
			if err != nil {
				t.Fatal(err)
			}
			if b := img.Bounds(); b.Dx() != tc.size || b.Dy() != tc.size {
				t.Fatalf("tile %v, want %d px", b, tc.size)
			}
			colours := map[[4]uint32]bool{}
			for y := 0; y < tc.size; y += 4 {
				for x := 0; x < tc.size; x += 4 {
					r, g, b, a := img.At(x, y).RGBA()
					colours[[4]uint32{r >> 8, g >> 8, b >> 8, a >> 8}] = true
				}
			}
			if len(colours) < 8 {
				t.Errorf("the tile has %d colours: nothing drawn", len(colours))
			}
		})
	}
}

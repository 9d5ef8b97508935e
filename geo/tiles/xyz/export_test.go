package xyz

import (
	"context"
	"net/http"
	"os"
	"strings"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

// TestExportFromCacheOffline fills the cache from a loopback server,
// stops the server, and renders with go-staticmaps offline from the cache.
func TestExportFromCacheOffline(t *testing.T) {
	tests := []struct {
		desc     string
		lat, lng float64
		zoom     int
		w, h     int
	}{
		{desc: "Peru at zoom 5", lat: -9.19, lng: -75.02, zoom: 5, w: 600, h: 500},
		{desc: "Huallaga valley at zoom 9", lat: -8.5, lng: -76.3, zoom: 9, w: 400, h: 300},
		{desc: "across the antimeridian", lat: 0, lng: 179.9, zoom: 2, w: 700, h: 300},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			root := t.TempDir()
			ts := newTileServer(t, okPNG)
			p := ts.provider(t)
			src, err := New(p, fastOptions(root))
			if err != nil {
				t.Fatal(err)
			}

			ctx := sm.NewContext()
			ctx.SetOnline(false)
			ctx.SetTileProvider(StaticMapsProvider(p))
			ctx.SetCache(sm.NewTileCache(root, 0o755))
			ctx.SetSize(tc.w, tc.h)
			ctx.SetZoom(tc.zoom)
			ctx.SetCenter(s2.LatLngFromDegrees(tc.lat, tc.lng))
			tr, err := ctx.Transformer()
			if err != nil {
				t.Fatal(err)
			}
			want := TilesForTransformer(tr, p.TileSize)
			if len(want) == 0 {
				t.Fatal("no tiles for the view")
			}
			if got := MissingTiles(root, p, want); len(got) != len(want) {
				t.Fatalf("empty cache: %d missing of %d", len(got), len(want))
			}
			missing, err := FillCache(context.Background(), src, want)
			if err != nil || len(missing) != 0 {
				t.Fatalf("FillCache: %v missing %s", err, FormatTiles(missing, 5))
			}
			ts.Close() // no network from here on
			requests := len(ts.seen())

			img, err := ctx.Render()
			if err != nil {
				t.Fatal(err)
			}
			// Every pixel above the attribution band comes from a tile:
			// TilesForTransformer found every tile sm draws.
			centre := maptile.At(orb.Point{tc.lng, tc.lat}, maptile.Zoom(tc.zoom))
			if c := img.At(tc.w/2, tc.h/2); !sameColor(c, tileColor(centre)) {
				t.Errorf("centre pixel %v, want tile %v colour %v", c, centre, tileColor(centre))
			}
			for y := 0; y < tc.h-30; y += 7 {
				for x := 0; x < tc.w; x += 7 {
					if _, _, _, a := img.At(x, y).RGBA(); a != 0xffff {
						t.Fatalf("hole at pixel %d,%d", x, y)
					}
				}
			}
			if len(ts.seen()) != requests {
				t.Error("rendering made requests")
			}

			// A lost tile is reported, not silently left as a hole.
			lost := want[len(want)/2]
			if err := os.Remove(TilePath(root, p.ID, lost)); err != nil {
				t.Fatal(err)
			}
			if got := MissingTiles(root, p, want); len(got) != 1 || got[0] != lost {
				t.Errorf("MissingTiles = %v, want [%v]", got, lost)
			}
			if err := os.WriteFile(TilePath(root, p.ID, want[0]), []byte("<html>"), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := MissingTiles(root, p, want); len(got) != 2 {
				t.Errorf("corrupt file not reported: %v", got)
			}
		})
	}
}

func TestFillCacheReportsGaps(t *testing.T) {
	ts := newTileServer(t, func(tb testing.TB, n int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
		if tl.X == 1 {
			w.WriteHeader(500)
			return
		}
		okPNG(tb, n, tl, w, r)
	})
	src, err := New(ts.provider(t), fastOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	want := []maptile.Tile{maptile.New(0, 0, 1), maptile.New(1, 0, 1), maptile.New(0, 1, 1)}
	missing, err := FillCache(context.Background(), src, want)
	if len(missing) != 1 || missing[0] != want[1] {
		t.Errorf("missing %v", missing)
	}
	if err == nil || !strings.Contains(err.Error(), "1/1/0") {
		t.Errorf("error %v should name tile 1/1/0", err)
	}
	if _, err := FillCache(context.Background(), src, make([]maptile.Tile, MaxFillTiles+1)); err == nil {
		t.Error("bulk fill accepted")
	}
}

func TestStaticMapsProviderNeverOnline(t *testing.T) {
	p := OpenStreetMap()
	tp := StaticMapsProvider(p)
	if tp.Name != "osm" || tp.Attribution != p.Attribution || len(tp.Shards) != 0 || tp.IsNone() {
		t.Errorf("provider %+v", tp)
	}
	if strings.HasPrefix(tp.URLPattern, "http") {
		t.Errorf("URL pattern %q would let go-staticmaps download", tp.URLPattern)
	}
}

func TestFormatTiles(t *testing.T) {
	ts := []maptile.Tile{maptile.New(1, 2, 3), maptile.New(4, 5, 6), maptile.New(7, 8, 9)}
	if got := FormatTiles(ts, 2); got != "3/1/2, 6/4/5, … (1 more)" {
		t.Errorf("got %q", got)
	}
}

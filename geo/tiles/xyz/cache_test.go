package xyz

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb/maptile"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

func TestDiskCache(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		desc string
		run  func(t *testing.T, c *DiskCache)
	}{
		{
			desc: "miss",
			run: func(t *testing.T, c *DiskCache) {
				if _, _, err := c.Load(ctx, "osm", tile); !errors.Is(err, ErrCacheMiss) {
					t.Errorf("Load on empty cache: %v", err)
				}
			},
		},
		{
			desc: "store and load round trip in the go-staticmaps layout",
			run: func(t *testing.T, c *DiskCache) {
				m := Meta{ETag: `"e"`, LastModified: "x", Expires: time.Now().Add(time.Hour).Round(time.Second)}
				if err := c.Store(ctx, "osm", tile, []byte("body"), m); err != nil {
					t.Fatal(err)
				}
				want := filepath.Join(c.Root(), "osm", "10", "300", "500")
				if c.TilePath("osm", tile) != want {
					t.Errorf("path %s, want %s", c.TilePath("osm", tile), want)
				}
				body, got, err := c.Load(ctx, "osm", tile)
				if err != nil || string(body) != "body" || got.ETag != m.ETag || !got.Expires.Equal(m.Expires) {
					t.Errorf("Load = %q %+v %v", body, got, err)
				}
				entries, _ := os.ReadDir(filepath.Dir(want))
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				if strings.Join(names, " ") != "500 500.meta" {
					t.Errorf("files %v: want only the tile and its sidecar, no temp files", names)
				}
			},
		},
		{
			desc: "corrupt sidecar means stale without validators",
			run: func(t *testing.T, c *DiskCache) {
				if err := c.Store(ctx, "osm", tile, []byte("body"), Meta{ETag: "e", Expires: time.Now().Add(time.Hour)}); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(c.TilePath("osm", tile)+metaSuffix, []byte("{not json"), 0o644); err != nil {
					t.Fatal(err)
				}
				_, m, err := c.Load(ctx, "osm", tile)
				if err != nil || m.ETag != "" || m.Fresh(time.Now()) {
					t.Errorf("Load = %+v %v", m, err)
				}
			},
		},
		{
			desc: "remove deletes tile and sidecar; removing twice is fine",
			run: func(t *testing.T, c *DiskCache) {
				if err := c.Store(ctx, "osm", tile, []byte("body"), Meta{}); err != nil {
					t.Fatal(err)
				}
				for range 2 {
					if err := c.Remove(ctx, "osm", tile); err != nil {
						t.Fatal(err)
					}
				}
				if _, err := os.Stat(c.TilePath("osm", tile) + metaSuffix); err == nil {
					t.Error("sidecar left behind")
				}
			},
		},
		{
			desc: "unsafe provider IDs are refused",
			run: func(t *testing.T, c *DiskCache) {
				for _, id := range []string{"", "..", "a/b", `a\b`} {
					if err := c.Store(ctx, id, tile, []byte("x"), Meta{}); err == nil {
						t.Errorf("ID %q accepted", id)
					}
				}
			},
		},
		{
			desc: "a directory where a tile should be is an error, not a panic",
			run: func(t *testing.T, c *DiskCache) {
				if err := os.MkdirAll(c.TilePath("osm", maptile.New(1, 1, 1)), 0o755); err != nil {
					t.Fatal(err)
				}
				if _, _, err := c.Load(ctx, "osm", maptile.New(1, 1, 1)); err == nil || errors.Is(err, ErrCacheMiss) {
					t.Errorf("Load = %v", err)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) { tc.run(t, NewDiskCache(t.TempDir())) })
	}
}

func TestDefaultCacheRoot(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/xdg-test")
	t.Setenv("HOME", "/tmp/home-test")
	root, err := tiles.DefaultCacheRoot()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(filepath.ToSlash(root), "peru-trafficking-atlas/tiles") {
		t.Errorf("root %s", root)
	}
}

package render

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

func TestStoreName(t *testing.T) {
	tests := []struct {
		desc    string
		info    tiles.Info
		version string
		want    string
	}{
		{desc: "source without a version", info: tiles.Info{ID: "osm", TileSize: 256}, version: "0.1.0", want: "osm-256-0.1.0"},
		{desc: "embedded data fingerprint", info: tiles.Info{ID: "embedded", TileSize: 512, Version: "0a1b2c3d"}, version: "0.1.0", want: "embedded-512-0a1b2c3d-0.1.0"},
		{desc: "no versions at all", info: tiles.Info{ID: "mbtiles-x", TileSize: 256}, want: "mbtiles-x-256"},
	}
	for _, tc := range tests {
		if got := StoreName(tc.info, tc.version); got != tc.want {
			t.Errorf("%s: StoreName = %q, want %q", tc.desc, got, tc.want)
		}
	}
}

func TestCacheDir(t *testing.T) {
	want := filepath.Join(t.TempDir(), "a", "b")
	got, err := CacheDir(want)
	if err != nil || got != want {
		t.Fatalf("CacheDir(%q) = %q, %v", want, got, err)
	}
	if fi, err := os.Stat(got); err != nil || !fi.IsDir() {
		t.Errorf("%s was not created", got)
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	def, err := CacheDir("")
	if err != nil {
		t.Fatal(err)
	}
	root, err := tiles.DefaultCacheRoot()
	if err != nil || def != root {
		t.Errorf("default %q, want the online cache's root %q (%v)", def, root, err)
	}
}

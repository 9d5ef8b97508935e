package render

import (
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

// Command mbtilesgen writes the sample MBTiles package of the README's
// examples, docs/examples/peru-sample.mbtiles: the embedded basemap's
// tiles over Peru and well round it at zooms 4 to 6 as JPEG, in an MBTiles
// 1.3 file (under 0.5 MB),
// for trying `atlas export -basemap FILE.mbtiles` and the
// window's "Open MBTiles file…" without making a package first. The same
// bytes come out on every run; the package's test checks the committed
// file against a fresh one.
//
//	go run ./docs/examples/mbtilesgen [-o FILE]
package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"image/jpeg"
	"os"
	"path/filepath"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

// The package's zooms and quality.
const (
	minZoom = 4
	maxZoom = 6
	quality = 80
)

func main() {
	out := flag.String("o", filepath.Join("docs", "examples", "peru-sample.mbtiles"), "the MBTiles `FILE` to write")
	flag.Parse()
	if err := Write(context.Background(), *out); err != nil {
		fmt.Fprintln(os.Stderr, "mbtilesgen:", err)
		os.Exit(1)
	}
}

// Write writes the sample package to path, replacing it.
func Write(ctx context.Context, path string) error {
	tmp := path + ".tmp"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := write(ctx, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.Rename(tmp, path)
}

func write(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	defer db.Close()
	b := extent()
	meta := [][2]string{
		{"name", "Peru sample (embedded basemap, zooms 4-6)"},
		{"format", "jpg"},
		{"type", "baselayer"},
		{"version", "1"},
		{"description", "A sample tile package made by docs/examples/mbtilesgen from the atlas's embedded basemap."},
		{"attribution", embedded.Attribution()},
		{"bounds", fmt.Sprintf("%g,%g,%g,%g", b.Min.Lon(), b.Min.Lat(), b.Max.Lon(), b.Max.Lat())},
		{"minzoom", fmt.Sprint(minZoom)},
		{"maxzoom", fmt.Sprint(maxZoom)},
	}
	stmts := []string{
		"PRAGMA journal_mode=DELETE",
		"CREATE TABLE metadata (name text, value text)",
		"CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)",
		"CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)",
	}
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return err
		}
	}
	for _, kv := range meta {
		if _, err := db.ExecContext(ctx, "INSERT INTO metadata VALUES (?, ?)", kv[0], kv[1]); err != nil {
			return err
		}
	}
	src := embedded.New()
	for z := maptile.Zoom(minZoom); z <= maxZoom; z++ {
		for _, t := range cover(b, z) {
			img, err := src.Tile(ctx, t)
			if err != nil {
				return fmt.Errorf("tile %d/%d/%d: %w", t.Z, t.X, t.Y, err)
			}
			var buf bytes.Buffer
			if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: quality}); err != nil {
				return err
			}
			row := (1 << z) - 1 - int(t.Y) // MBTiles rows count from the south (TMS)
			if _, err := db.ExecContext(ctx, "INSERT INTO tiles VALUES (?, ?, ?, ?)", int(z), int(t.X), row, buf.Bytes()); err != nil {
				return err
			}
		}
	}
	_, err = db.ExecContext(ctx, "VACUUM")
	return err
}

// extent is what a view or an export of Peru may show at zooms 4 to 6:
// the atlas's limits, widened by a 4:3 frame's margins round Peru.
func extent() orb.Bound {
	return geo.PeruLimits().Bound.Pad(6)
}

// cover lists the tiles of zoom z over bound b, west to east, north to
// south.
func cover(b orb.Bound, z maptile.Zoom) []maptile.Tile {
	nw := maptile.At(orb.Point{b.Min.Lon(), b.Max.Lat()}, z)
	se := maptile.At(orb.Point{b.Max.Lon(), b.Min.Lat()}, z)
	var out []maptile.Tile
	for y := nw.Y; y <= se.Y; y++ {
		for x := nw.X; x <= se.X; x++ {
			out = append(out, maptile.New(x, y, z))
		}
	}
	return out
}

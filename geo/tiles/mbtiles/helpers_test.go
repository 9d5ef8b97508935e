package mbtiles

import (
	"bytes"
	"database/sql"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb/maptile"
)

// fixture describes an MBTiles file a test generates.
type fixture struct {
	metadata map[string]string
	// tiles maps XYZ tiles to their stored bytes (rows are flipped to TMS
	// on insert).
	tiles map[maptile.Tile][]byte
	// raw rows inserted as given: {z, column, tms row} -> bytes.
	raw map[[3]int][]byte
	// noTilesTable / noMetadataTable leave a table out.
	noTilesTable, noMetadataTable bool
}

func colorOf(t maptile.Tile) color.RGBA {
	return color.RGBA{R: uint8(30 + 40*t.X%200), G: uint8(30 + 40*t.Y%200), B: uint8(50 + 10*t.Z), A: 255}
}

func encode(tb testing.TB, c color.Color, format string) []byte {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for y := range 256 {
		for x := range 256 {
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&b, img)
	case "jpg":
		err = jpeg.Encode(&b, img, nil)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// write creates the file in a temp dir and returns its path.
func (f fixture) write(tb testing.TB, name string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path
	}
	db, err := sql.Open("sqlite", u.String()+"?mode=rwc")
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	exec := func(q string, args ...any) {
		tb.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
	}
	if !f.noMetadataTable {
		exec(`CREATE TABLE metadata (name text, value text)`)
		exec(`CREATE UNIQUE INDEX name ON metadata (name)`)
		for k, v := range f.metadata {
			exec(`INSERT INTO metadata (name, value) VALUES (?, ?)`, k, v)
		}
	}
	if !f.noTilesTable {
		exec(`CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)`)
		exec(`CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)`)
		for t, data := range f.tiles {
			row := (1 << t.Z) - 1 - int(t.Y)
			exec(`INSERT INTO tiles VALUES (?, ?, ?, ?)`, int(t.Z), int(t.X), row, data)
		}
		for k, data := range f.raw {
			exec(`INSERT INTO tiles VALUES (?, ?, ?, ?)`, k[0], k[1], k[2], data)
		}
	}
	return path
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	near := func(x, y uint32) bool { return x>>8 <= y>>8+6 && y>>8 <= x>>8+6 }
	return near(r1, r2) && near(g1, g2) && near(b1, b2) && near(a1, a2)
}

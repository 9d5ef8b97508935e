package mbtiles

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

var (
	// tileA is a tile of the Huallaga valley at zoom 6.
	tileA = maptile.New(18, 32, 6)
	tileB = maptile.New(19, 33, 6)
)

func peruMetadata(format string) map[string]string {
	return map[string]string{
		"name":        "Peru relief",
		"format":      format,
		"bounds":      "-81.4,-18.4,-68.6,-0.03",
		"center":      "-75,-9,6",
		"minzoom":     "5",
		"maxzoom":     "7",
		"attribution": `<a href="https://example.org">&copy; Example Data</a>`,
		"type":        "baselayer",
		"version":     "1.3",
	}
}

func TestOpenAndTile(t *testing.T) {
	webpTile, err := os.ReadFile("testdata/gopher-doc.1bpp.lossless.webp")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc      string
		fx        fixture
		wantName  string
		wantFmt   string
		wantZooms [2]maptile.Zoom
		checkTile bool
	}{
		{
			desc: "png tileset with full metadata",
			fx: fixture{metadata: peruMetadata("png"), tiles: map[maptile.Tile][]byte{
				tileA: encode(t, colorOf(tileA), "png"), tileB: encode(t, colorOf(tileB), "png"),
			}},
			wantName: "Peru relief", wantFmt: "png", wantZooms: [2]maptile.Zoom{5, 7}, checkTile: true,
		},
		{
			desc: "jpg tileset",
			fx: fixture{metadata: peruMetadata("jpg"), tiles: map[maptile.Tile][]byte{
				tileA: encode(t, colorOf(tileA), "jpg"), tileB: encode(t, colorOf(tileB), "jpg"),
			}},
			wantName: "Peru relief", wantFmt: "jpg", wantZooms: [2]maptile.Zoom{5, 7}, checkTile: true,
		},
		{
			desc: "sloppy file: no format, no zooms, no name",
			fx: fixture{metadata: map[string]string{}, tiles: map[maptile.Tile][]byte{
				tileA: encode(t, colorOf(tileA), "jpg"), tileB: encode(t, colorOf(tileB), "jpg"),
			}},
			wantName: "sloppy", wantFmt: "jpg", wantZooms: [2]maptile.Zoom{6, 6}, checkTile: true,
		},
		{
			desc: "webp tileset",
			fx: fixture{metadata: map[string]string{"name": "w", "format": "webp"}, tiles: map[maptile.Tile][]byte{
				tileA: webpTile,
			}},
			wantName: "w", wantFmt: "webp", wantZooms: [2]maptile.Zoom{6, 6},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			path := tc.fx.write(t, "sloppy.mbtiles")
			src, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			defer src.Close()
			info := src.Info()
			if info.Name != tc.wantName || src.Metadata().Format != tc.wantFmt ||
				info.MinZoom != tc.wantZooms[0] || info.MaxZoom != tc.wantZooms[1] {
				t.Errorf("info %+v format %q", info, src.Metadata().Format)
			}
			if !strings.HasPrefix(info.ID, "mbtiles-") || strings.ContainsAny(info.ID, `/\ .`) {
				t.Errorf("ID %q", info.ID)
			}
			img, err := src.Tile(context.Background(), tileA)
			if err != nil {
				t.Fatal(err)
			}
			if tc.checkTile {
				if c := img.At(100, 100); !sameColor(c, colorOf(tileA)) {
					t.Errorf("tile A colour %v, want %v (TMS flip?)", c, colorOf(tileA))
				}
				img, err = src.Tile(context.Background(), tileB)
				if err != nil {
					t.Fatal(err)
				}
				if c := img.At(100, 100); !sameColor(c, colorOf(tileB)) {
					t.Errorf("tile B colour %v, want %v", c, colorOf(tileB))
				}
			}
			if _, err := src.Tile(context.Background(), maptile.New(0, 0, 6)); !errors.Is(err, tiles.ErrNoTile) {
				t.Errorf("absent tile: %v", err)
			}
			if _, err := src.Tile(context.Background(), maptile.New(0, 0, 12)); !errors.Is(err, tiles.ErrNoTile) {
				t.Errorf("tile beyond maxzoom: %v", err)
			}
		})
	}
}

func TestTMSRowFlip(t *testing.T) {
	// Store red at TMS row 1 of zoom 1 and blue at TMS row 0: XYZ y=0 is
	// the northern row, TMS row 1.
	red := encode(t, colorOf(maptile.New(0, 0, 1)), "png")
	blue := encode(t, colorOf(maptile.New(0, 1, 1)), "png")
	path := fixture{
		metadata: map[string]string{"name": "flip", "format": "png"},
		raw:      map[[3]int][]byte{{1, 0, 1}: red, {1, 0, 0}: blue},
	}.write(t, "flip.mbtiles")
	src, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	img, err := src.Tile(context.Background(), maptile.New(0, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if !sameColor(img.At(1, 1), colorOf(maptile.New(0, 0, 1))) {
		t.Errorf("XYZ 1/0/0 read the wrong TMS row")
	}
}

func TestOpenErrors(t *testing.T) {
	good := encode(t, colorOf(tileA), "png")
	tests := []struct {
		desc    string
		make    func(t *testing.T) string
		wantErr error
	}{
		{
			desc: "vector tileset",
			make: func(t *testing.T) string {
				return fixture{metadata: map[string]string{"name": "v", "format": "pbf"},
					tiles: map[maptile.Tile][]byte{tileA: {0x1f, 0x8b, 8, 0}}}.write(t, "vector.mbtiles")
			},
			wantErr: ErrVectorTiles,
		},
		{
			desc: "vector tileset without format, gzip tiles",
			make: func(t *testing.T) string {
				return fixture{metadata: map[string]string{"name": "v"},
					tiles: map[maptile.Tile][]byte{tileA: {0x1f, 0x8b, 8, 0, 0, 0}}}.write(t, "vector.mbtiles")
			},
			wantErr: ErrVectorTiles,
		},
		{
			desc: "unknown format",
			make: func(t *testing.T) string {
				return fixture{metadata: map[string]string{"format": "tiff"}}.write(t, "tiff.mbtiles")
			},
			wantErr: ErrUnsupportedFormat,
		},
		{
			desc: "bad metadata",
			make: func(t *testing.T) string {
				return fixture{metadata: map[string]string{"format": "png", "minzoom": "nine"}}.write(t, "bad.mbtiles")
			},
			wantErr: ErrBadMetadata,
		},
		{
			desc: "text file, not SQLite",
			make: func(t *testing.T) string {
				p := filepath.Join(t.TempDir(), "notes.mbtiles")
				if err := os.WriteFile(p, []byte(strings.Repeat("this is not a database\n", 100)), 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			},
			wantErr: ErrNotMBTiles,
		},
		{
			desc: "empty file",
			make: func(t *testing.T) string {
				p := filepath.Join(t.TempDir(), "empty.mbtiles")
				if err := os.WriteFile(p, nil, 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			},
			wantErr: ErrNotMBTiles,
		},
		{
			desc: "SQLite without a tiles table",
			make: func(t *testing.T) string {
				return fixture{metadata: map[string]string{"format": "png"}, noTilesTable: true}.write(t, "notiles.mbtiles")
			},
			wantErr: ErrNotMBTiles,
		},
		{
			desc: "SQLite without a metadata table",
			make: func(t *testing.T) string {
				return fixture{noMetadataTable: true, tiles: map[maptile.Tile][]byte{tileA: good}}.write(t, "nometa.mbtiles")
			},
			wantErr: ErrNotMBTiles,
		},
		{
			desc: "truncated SQLite file",
			make: func(t *testing.T) string {
				fx := fixture{metadata: peruMetadata("png"), tiles: map[maptile.Tile][]byte{}}
				for x := range 40 {
					tl := maptile.New(uint32(x), 30, 6)
					fx.tiles[tl] = encode(t, colorOf(tl), "png")
				}
				p := fx.write(t, "cut.mbtiles")
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, data[:len(data)/3], 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			},
			wantErr: ErrNotMBTiles,
		},
		{
			desc:    "missing file",
			make:    func(t *testing.T) string { return filepath.Join(t.TempDir(), "nowhere.mbtiles") },
			wantErr: fs.ErrNotExist,
		},
		{
			desc:    "a directory",
			make:    func(t *testing.T) string { return t.TempDir() },
			wantErr: ErrNotMBTiles,
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			path := tc.make(t)
			src, err := Open(context.Background(), path)
			t.Logf("Open: %v", err)
			if err == nil {
				// A truncated file may open; then reading must fail cleanly.
				defer src.Close()
				for x := range 40 {
					if _, err = src.Tile(context.Background(), maptile.New(uint32(x), 30, 6)); err != nil {
						break
					}
				}
				if err == nil {
					t.Fatal("broken file opened and read without error")
				}
				t.Logf("Tile: %v", err)
				if !strings.Contains(err.Error(), filepath.Base(path)) {
					t.Errorf("error %q does not name the file", err)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("error %v, want %v", err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %s", err, path)
			}
		})
	}
}

func TestBadTileData(t *testing.T) {
	path := fixture{metadata: map[string]string{"format": "png", "name": "bad"}, tiles: map[maptile.Tile][]byte{
		tileA: []byte("<html>oops</html>"),
		tileB: encode(t, colorOf(tileB), "png")[:100],
	}}.write(t, "badtiles.mbtiles")
	src, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	for _, tl := range []maptile.Tile{tileA, tileB} {
		if _, err := src.Tile(context.Background(), tl); !errors.Is(err, tiles.ErrBadTile) {
			t.Errorf("tile %v: %v, want ErrBadTile", tl, err)
		}
	}
}

func TestConcurrentReads(t *testing.T) {
	fx := fixture{metadata: peruMetadata("png"), tiles: map[maptile.Tile][]byte{}}
	for x := range 8 {
		tl := maptile.New(uint32(x), 32, 6)
		fx.tiles[tl] = encode(t, colorOf(tl), "png")
	}
	src, err := Open(context.Background(), fx.write(t, "many.mbtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var wg sync.WaitGroup
	for i := range 32 {
		wg.Go(func() {
			tl := maptile.New(uint32(i%8), 32, 6)
			img, err := src.Tile(context.Background(), tl)
			if err != nil {
				t.Error(err)
				return
			}
			if !sameColor(img.At(5, 5), colorOf(tl)) {
				t.Errorf("tile %v wrong colour", tl)
			}
		})
	}
	wg.Wait()
}

func TestOpenReadOnlyAndOddPath(t *testing.T) {
	fx := fixture{metadata: peruMetadata("png"), tiles: map[maptile.Tile][]byte{tileA: encode(t, colorOf(tileA), "png")}}
	path := fx.write(t, "odd name #1 ?100%.mbtiles")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := src.Tile(context.Background(), tileA); err != nil {
		t.Error(err)
	}
	if err := src.Close(); err != nil {
		t.Error(err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("reading changed the file")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("side files created: %v", entries)
	}
}

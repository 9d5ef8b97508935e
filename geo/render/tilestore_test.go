package render

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"log"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// pngBomb is a PNG whose header claims w x h RGBA pixels, with an empty
// IDAT: 74-odd bytes that a plain image.Decode would try to allocate
// gigabytes for.
func pngBomb(w, h uint32) []byte {
	chunk := func(typ string, data []byte) []byte {
		var b bytes.Buffer
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
		return b.Bytes()
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	out := []byte("\x89PNG\r\n\x1a\n")
	out = append(out, chunk("IHDR", ihdr)...)
	out = append(out, chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})...)
	return append(out, chunk("IEND", nil)...)
}

// TestKeptStoreRepairsDamage: a kept store's entry that is damaged in any
// way is discarded and drawn again from the source, at once and without
// decoding what it claims to be; the export never fails for it.
func TestKeptStoreRepairsDamage(t *testing.T) {
	var wrongSize bytes.Buffer
	if err := EncodePNG(&wrongSize, image.NewRGBA(image.Rect(0, 0, 100, 100))); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc   string
		damage func(path string) error
	}{
		{desc: "garbage", damage: func(p string) error { return os.WriteFile(p, []byte("<html>not a png"), 0o644) }},
		{desc: "cut short", damage: func(p string) error {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, b[:len(b)/2], 0o644)
		}},
		{desc: "a valid PNG of the wrong size", damage: func(p string) error { return os.WriteFile(p, wrongSize.Bytes(), 0o644) }},
		{desc: "a 100000x100000 PNG header", damage: func(p string) error { return os.WriteFile(p, pngBomb(100000, 100000), 0o644) }},
		{desc: "an empty file", damage: func(p string) error { return os.WriteFile(p, nil, 0o644) }},
		{desc: "a directory", damage: func(p string) error {
			if err := os.Remove(p); err != nil {
				return err
			}
			return os.MkdirAll(filepath.Join(p, "inside"), 0o755)
		}},
		{desc: "a FIFO", damage: func(p string) error {
			if runtime.GOOS == "windows" {
				return errors.ErrUnsupported
			}
			if err := os.Remove(p); err != nil {
				return err
			}
			return mkfifo(p)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			dir := TileDir{Root: t.TempDir()}
			src := &solidSource{size: 256}
			ts := []maptile.Tile{maptile.New(1, 2, 3)}
			if m, err := dir.Fill(context.Background(), src, "s", ts, 1); err != nil || len(m) != 0 {
				t.Fatalf("Fill: %v %v", m, err)
			}
			if err := tc.damage(dir.File("s", ts[0])); err != nil {
				if errors.Is(err, errors.ErrUnsupported) {
					t.Skip("not on this system")
				}
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if m, err := dir.Fill(ctx, src, "s", ts, 1); err != nil || len(m) != 0 {
				t.Fatalf("Fill over the damage: %v %v", m, err)
			}
			if n := src.calls.Load(); n != 2 {
				t.Errorf("%d source calls, want 2: the damaged tile drawn again", n)
			}
			if err := checkPNG(dir.File("s", ts[0]), 256); err != nil {
				t.Errorf("the tile is still bad: %v", err)
			}
		})
	}
}

// changingSource draws every tile in its current colour and has no
// version: its tiles may change between exports, as a server's or a
// rewritten MBTiles file's do.
type changingSource struct {
	c       color.RGBA
	version string
}

func (s *changingSource) Info() tiles.Info {
	return tiles.Info{ID: "changing", MaxZoom: 14, TileSize: 256, Version: s.version}
}

func (s *changingSource) Tile(_ context.Context, t maptile.Tile) (image.Image, error) {
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	draw.Draw(img, img.Bounds(), &image.Uniform{s.c}, image.Point{}, draw.Src)
	return img, nil
}

// TestOnlyVersionedStoresAreKept: an unversioned source's tiles go to a
// store of one export, removed after it, so a later export shows what the
// source serves then; a versioned source's store is kept and reused.
func TestOnlyVersionedStoresAreKept(t *testing.T) {
	red, blue := color.RGBA{R: 0xff, A: 0xff}, color.RGBA{B: 0xff, A: 0xff}
	tests := []struct {
		desc      string
		version   string
		wantAfter color.RGBA // the map's colour once the source changed
		wantKept  bool
	}{
		{desc: "unversioned: private store, fresh every export", wantAfter: blue},
		{desc: "versioned: kept store, reused", version: "v1", wantAfter: red, wantKept: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			root := t.TempDir()
			src := &changingSource{c: red, version: tc.version}
			export := func() color.RGBA {
				s := testScene(t, CustomPreset(320, 240))
				s.Source, s.Dir, s.StoreName, s.Layers, s.Annotations = src, TileDir{Root: root}, StoreName(src.Info(), "test"), []data.Layer{}, nil
				img, _, err := s.Render(context.Background(), nil)
				if err != nil {
					t.Fatal(err)
				}
				return img.RGBAAt(160, 120)
			}
			if got := export(); got != red {
				t.Fatalf("first export is %v, want %v", got, red)
			}
			src.c = blue
			if got := export(); got != tc.wantAfter {
				t.Errorf("after the source changed the export is %v, want %v", got, tc.wantAfter)
			}
			entries, _ := os.ReadDir(root)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			kept := len(names) > 0
			if kept != tc.wantKept {
				t.Errorf("tile directory holds %q after the exports; want kept = %v", names, tc.wantKept)
			}
			for _, n := range names {
				if strings.HasPrefix(n, privatePrefix) {
					t.Errorf("private store %s outlived its export", n)
				}
			}
		})
	}
}

// TestStalePrivateStoresGo: a private store left by a killed export is
// removed by a later one once a day old; a recent one (a running export's)
// is left alone.
func TestStalePrivateStoresGo(t *testing.T) {
	root := t.TempDir()
	old := filepath.Join(root, privatePrefix+"killed")
	recent := filepath.Join(root, privatePrefix+"running")
	for _, d := range []string{old, recent} {
		if err := os.MkdirAll(filepath.Join(d, "s", "3"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	past := time.Now().Add(-2 * privateStaleAge)
	os.Chtimes(old, past, past)
	dir, done, err := TileDir{Root: root}.ForExport(tiles.Info{ID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); !errors.Is(err, os.ErrNotExist) {
		t.Error("the day-old private store is still there")
	}
	if _, err := os.Stat(recent); err != nil {
		t.Error("a recent private store was removed")
	}
	done()
	if _, err := os.Stat(dir.Root); !errors.Is(err, os.ErrNotExist) {
		t.Error("done left the export's own store")
	}
}

// TestGapsAreQuiet: an export with a tile missing from its source (with
// AllowGaps) reports it, paints the sea there, and go-staticmaps logs
// nothing ("Error downloading tile file" once reached the user).
func TestGapsAreQuiet(t *testing.T) {
	var logged bytes.Buffer
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	src := &solidSource{size: 256, holes: map[maptile.Tile]bool{}}
	s := testScene(t, CustomPreset(320, 240))
	s.Source, s.Dir, s.StoreName, s.Layers, s.Annotations = src, TileDir{Root: t.TempDir()}, "solid", []data.Layer{}, nil
	s.AllowGaps = true
	r, err := s.resolve()
	if err != nil {
		t.Fatal(err)
	}
	// the tile under the centre of the map goes missing
	v := r.mapView(320, 240)
	c := maptile.At(v.Center, maptile.Zoom(math.Round(v.Zoom)))
	src.holes[c] = true
	_, missing, err := s.Render(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) == 0 {
		t.Fatal("no tile reported missing: the test proves nothing")
	}
	if logged.Len() > 0 {
		t.Errorf("go-staticmaps logged:\n%s", logged.String())
	}
}

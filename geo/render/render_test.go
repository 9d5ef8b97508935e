package render

import (
	"context"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// solidSource paints every tile one colour; tiles in holes fail.
type solidSource struct {
	size  int
	holes map[maptile.Tile]bool
	calls atomic.Int32
}

var tileGreen = color.RGBA{R: 0x30, G: 0xa0, B: 0x40, A: 0xff}

func (s *solidSource) Info() tiles.Info {
	return tiles.Info{ID: "solid", Attribution: "Solid test tiles", MaxZoom: 14, TileSize: s.size}
}

func (s *solidSource) Tile(_ context.Context, t maptile.Tile) (image.Image, error) {
	s.calls.Add(1)
	if s.holes[t] {
		return nil, errors.New("server said 500")
	}
	img := image.NewRGBA(image.Rect(0, 0, s.size, s.size))
	draw.Draw(img, img.Bounds(), &image.Uniform{tileGreen}, image.Point{}, draw.Src)
	return img, nil
}

func limaFrame(w, h int) Frame {
	return Frame{Center: orb.Point{-77.03, -12.04}, Zoom: 7, Width: w, Height: h}
}

func TestBasemapHasNoHolesWhenAllTilesExist(t *testing.T) {
	tests := []struct {
		desc string
		size int
		f    Frame
	}{
		{desc: "256 px tiles, odd size", size: 256, f: limaFrame(777, 513)},
		{desc: "512 px tiles", size: 512, f: limaFrame(1600, 1200)},
		{desc: "tiny frame", size: 256, f: limaFrame(10, 10)},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			src := &solidSource{size: tc.size}
			c, missing, err := basemapInto(context.Background(), nil, src, TileDir{Root: t.TempDir()}, "solid", tc.f, fetchPolicy{})
			if err != nil || len(missing) != 0 {
				t.Fatalf("Basemap: %v, missing %v", err, missing)
			}
			img := c.Image
			if b := img.Bounds(); b.Dx() != tc.f.Width || b.Dy() != tc.f.Height {
				t.Fatalf("image %v, want %dx%d", b, tc.f.Width, tc.f.Height)
			}
			for y := 0; y < tc.f.Height; y += 7 {
				for x := 0; x < tc.f.Width; x += 7 {
					if c := img.RGBAAt(x, y); c != tileGreen {
						t.Fatalf("pixel %d,%d is %v: a hole in the basemap", x, y, c)
					}
				}
			}
		})
	}
}

func TestBasemapReportsMissingTiles(t *testing.T) {
	f := limaFrame(600, 400)
	need := FrameTiles(f, 256)
	src := &solidSource{size: 256, holes: map[maptile.Tile]bool{need[0]: true}}
	c, missing, err := basemapInto(context.Background(), nil, src, TileDir{Root: t.TempDir()}, "solid", f, fetchPolicy{})
	if !errors.Is(err, ErrMissingTiles) {
		t.Fatalf("error %v, want ErrMissingTiles", err)
	}
	if len(missing) != 1 || missing[0].Tile != need[0] {
		t.Fatalf("missing %v, want just %v", missing, need[0])
	}
	if c.Image == nil {
		t.Fatal("the image with its gap should still be returned")
	}
	want := "1 tile(s); 7/"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name the tile (%q)", err, want)
	}
}

func TestFillReusesAndRepairsTiles(t *testing.T) {
	dir := TileDir{Root: t.TempDir()}
	src := &solidSource{size: 256}
	ts := []maptile.Tile{maptile.New(1, 2, 3), maptile.New(2, 2, 3)}
	if m, err := dir.Fill(context.Background(), src, "s", ts, 2); err != nil || len(m) != 0 {
		t.Fatalf("Fill: %v %v", m, err)
	}
	if n := src.calls.Load(); n != 2 {
		t.Fatalf("%d source calls, want 2", n)
	}
	// A second fill finds them on disk.
	dir.Fill(context.Background(), src, "s", ts, 2)
	if n := src.calls.Load(); n != 2 {
		t.Errorf("%d source calls after refill, want still 2", n)
	}
	// A corrupt file is replaced.
	if err := os.WriteFile(dir.File("s", ts[0]), []byte("<html>not a png"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir.Fill(context.Background(), src, "s", ts, 2)
	if n := src.calls.Load(); n != 3 {
		t.Errorf("%d source calls, want 3 after corrupting one tile", n)
	}
	entries, _ := os.ReadDir(filepath.Dir(dir.File("s", ts[0])))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temp file %s left behind", e.Name())
		}
	}
}

func TestFillStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := TileDir{Root: t.TempDir()}.Fill(ctx, &solidSource{size: 256}, "s", FrameTiles(limaFrame(2000, 2000), 256), 2)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

func TestWriteFile(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	var raceTarget string // the path of the race case, set by its setup
	failing := func(w io.Writer, _ image.Image) error {
		w.Write([]byte("half a png"))
		return errors.New("no space left on device")
	}
	tests := []struct {
		desc      string
		setup     func(dir string) string
		enc       Encoder
		overwrite bool
		wantErr   string
		wantFile  bool
		wantBody  string // what the file at path holds afterwards, when set
	}{
		{desc: "new file", setup: func(d string) string { return filepath.Join(d, "map.png") }, enc: EncodePNG, wantFile: true},
		{desc: "existing file kept", setup: func(d string) string {
			p := filepath.Join(d, "map.png")
			os.WriteFile(p, []byte("old"), 0o644)
			return p
		}, enc: EncodePNG, wantErr: "file exists", wantFile: true},
		{desc: "existing file replaced with overwrite", setup: func(d string) string {
			p := filepath.Join(d, "map.png")
			os.WriteFile(p, []byte("old"), 0o644)
			return p
		}, enc: EncodePNG, overwrite: true, wantFile: true},
		{desc: "full disk leaves nothing", setup: func(d string) string { return filepath.Join(d, "map.png") }, enc: failing, wantErr: "no space left", wantFile: false},
		{desc: "a directory is refused, even with overwrite", setup: func(d string) string {
			p := filepath.Join(d, "map.png")
			os.Mkdir(p, 0o755)
			return p
		}, enc: EncodePNG, overwrite: true, wantErr: "is a directory", wantFile: true},
		{desc: "a file another program makes while encoding is kept", setup: func(d string) string {
			raceTarget = filepath.Join(d, "map.png")
			return raceTarget
		}, enc: func(w io.Writer, img image.Image) error {
			// the user saves their own map.png while the export is encoded
			if err := os.WriteFile(raceTarget, []byte("USER DOCUMENT"), 0o644); err != nil {
				return err
			}
			return EncodePNG(w, img)
		}, wantErr: "another program created it", wantFile: true, wantBody: "USER DOCUMENT"},
		{desc: "impossible path", setup: func(d string) string { return filepath.Join(d, "no", "such", "dir", "map.png") }, enc: EncodePNG, wantErr: "no such file", wantFile: false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.setup(dir)
			err := WriteFile(context.Background(), path, img, tc.enc, tc.overwrite)
			if (err != nil) != (tc.wantErr != "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("WriteFile error %v, want %q", err, tc.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
			if _, serr := os.Stat(path); (serr == nil) != tc.wantFile {
				t.Errorf("file exists = %v, want %v", serr == nil, tc.wantFile)
			}
			if b, _ := os.ReadFile(path); tc.wantBody != "" && string(b) != tc.wantBody {
				t.Errorf("the file holds %q, want %q: replaced", b, tc.wantBody)
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".tmp") {
					t.Errorf("temp file %s left behind", e.Name())
				}
			}
		})
	}
}

// TestFillSplitCutsTilesExactly: a store of split tiles holds the
// source's pixels, each quarter where it belongs.
func TestFillSplitCutsTilesExactly(t *testing.T) {
	dir := TileDir{Root: t.TempDir()}
	src := coastSource{size: 512}
	parent := maptile.New(37, 67, 7)
	want, err := src.Tile(context.Background(), parent)
	if err != nil {
		t.Fatal(err)
	}
	var ts []maptile.Tile
	for dy := uint32(0); dy < 4; dy++ {
		for dx := uint32(0); dx < 4; dx++ {
			ts = append(ts, maptile.New(parent.X*4+dx, parent.Y*4+dy, 9))
		}
	}
	if m, err := dir.FillSplit(context.Background(), src, "q", ts, 2, 2, nil); err != nil || len(m) > 0 {
		t.Fatalf("FillSplit: %v, missing %v", err, m)
	}
	for _, q := range ts {
		got := goldentest.ReadPNG(t, dir.File("q", q))
		x0, y0 := int(q.X-parent.X*4)*128, int(q.Y-parent.Y*4)*128
		for y := 0; y < 128; y += 3 {
			for x := 0; x < 128; x += 3 {
				if g, w := color.RGBAModel.Convert(got.At(x, y)), want.At(x0+x, y0+y); g != w {
					t.Fatalf("tile %v pixel %d,%d is %v, the source's %v", q, x, y, g, w)
				}
			}
		}
	}
	if _, err := dir.FillSplit(context.Background(), coastSource{size: 300}, "r", ts, 3, 2, nil); err == nil {
		t.Error("300 px tiles split in eight passed")
	}
}

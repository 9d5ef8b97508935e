package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
	"github.com/perutraffickingatlas/atlas/internal/testtool"
)

// fullDisk wraps an encoder so that writing fails with ENOSPC after limit
// bytes, as a full disk does.
func fullDisk(limit int) func(Encoder) Encoder {
	return func(enc Encoder) Encoder {
		return func(w io.Writer, img image.Image) error {
			return enc(&failingWriter{w: w, left: limit}, img)
		}
	}
}

type failingWriter struct {
	w    io.Writer
	left int
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n, _ := f.w.Write(p[:f.left])
		f.left = 0
		return n, syscall.ENOSPC
	}
	f.left -= len(p)
	return f.w.Write(p)
}

func TestWriteSceneErrors(t *testing.T) {
	small := Presets()[0].Reduced(4)
	tests := []struct {
		desc      string
		name      string
		setup     func(t *testing.T, dir string, s *Scene)
		wrap      func(Encoder) Encoder
		overwrite bool
		wantErr   string
		wantIs    error
		wantOld   bool // the file existed before and must be untouched
	}{
		{desc: "unsupported extension", name: "map.gif", wantErr: "want .png or .pdf", wantIs: ErrFormat},
		{desc: "existing file without overwrite", name: "map.png", wantOld: true, wantErr: "use -force", wantIs: ErrExists,
			setup: func(t *testing.T, dir string, _ *Scene) { writeOld(t, filepath.Join(dir, "map.png")) }},
		{desc: "impossible path", name: filepath.Join("no", "such", "dir", "map.png"), wantErr: "no such file"},
		{desc: "parent is a file", name: filepath.Join("file", "map.png"), wantErr: "not a directory",
			setup: func(t *testing.T, dir string, _ *Scene) { writeOld(t, filepath.Join(dir, "file")) }},
		{desc: "full disk, PNG", name: "map.png", wrap: fullDisk(1000), wantErr: "no space left", wantIs: syscall.ENOSPC},
		{desc: "full disk, PDF", name: "map.pdf", wrap: fullDisk(5000), wantErr: "no space left", wantIs: syscall.ENOSPC},
		{desc: "full disk keeps the old file", name: "map.png", wrap: fullDisk(1000), overwrite: true, wantOld: true, wantErr: "no space left",
			setup: func(t *testing.T, dir string, _ *Scene) { writeOld(t, filepath.Join(dir, "map.png")) }},
		{desc: "missing tiles without AllowGaps", name: "map.png", wantErr: "tile(s)", wantIs: ErrMissingTiles,
			setup: func(t *testing.T, _ string, s *Scene) { s.Source = downSource{} }},
		{desc: "bad annotations", name: "map.png", wantErr: `kind "blob"`,
			setup: func(t *testing.T, _ string, s *Scene) { s.Annotations.Annotations[0].Kind = "blob" }},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			dir := t.TempDir()
			s := testScene(t, small)
			if tc.setup != nil {
				tc.setup(t, dir, &s)
			}
			path := filepath.Join(dir, tc.name)
			_, err := writeDrawn(context.Background(), s, s.render, path, tc.overwrite, tc.wrap)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want one with %q", err, tc.wantErr)
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("error %v is not %v", err, tc.wantIs)
			}
			if tc.wantIs != ErrMissingTiles && !strings.Contains(err.Error(), path) && !strings.Contains(err.Error(), "annotations") {
				t.Errorf("error %q does not name %s", err, path)
			}
			b, rerr := os.ReadFile(path)
			switch {
			case tc.wantOld && string(b) != "old":
				t.Errorf("the existing file was changed: %q, %v", b, rerr)
			case !tc.wantOld && rerr == nil:
				t.Errorf("a file was left at %s", path)
			}
			assertNoTemp(t, dir)
		})
	}
}

// downSource is a basemap whose every tile fails, as an unreachable
// server's would.
type downSource struct{}

func (downSource) Info() tiles.Info {
	return tiles.Info{ID: "down", MaxZoom: 14, TileSize: 256}
}

func (downSource) Tile(context.Context, maptile.Tile) (image.Image, error) {
	return nil, errors.New("server said 503")
}

func writeOld(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// assertNoTemp fails when a temp file is left anywhere under dir.
func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			t.Errorf("temp file %s left behind", p)
		}
		return nil
	})
}

func TestWriteScenePNGThenOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.png")
	s := testScene(t, Presets()[0].Reduced(4))
	res, err := WriteScene(context.Background(), s, path, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Zoom < 4 || len(res.Missing) != 0 {
		t.Errorf("result %+v", res)
	}
	if b := goldentest.ReadPNG(t, path).Bounds(); b.Dx() != 480 {
		t.Fatalf("PNG %v, want 480 wide", b)
	}
	if _, err := WriteScene(context.Background(), s, path, true); err != nil {
		t.Fatalf("overwrite: %v", err)
	}
	assertNoTemp(t, dir)
}

func TestWriteScenePDFRenders(t *testing.T) {
	pdftoppm := testtool.Need(t, "pdftoppm", "poppler-utils")
	tests := []struct {
		desc         string
		preset       Preset
		wantW, wantH int // page at 72 dpi, in points
	}{
		{desc: "A4 portrait", preset: Presets()[3].Reduced(4), wantW: 595, wantH: 842},
		{desc: "A4 landscape", preset: Presets()[2].Reduced(4), wantW: 842, wantH: 595},
		{desc: "slide", preset: Presets()[0].Reduced(2), wantW: 1440, wantH: 810},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "handout.pdf")
			s := testScene(t, tc.preset)
			if _, err := WriteScene(context.Background(), s, path, false); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "page")
			if b, err := exec.Command(pdftoppm, "-r", "72", "-png", "-singlefile", path, out).CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v: %s", err, b)
			}
			page := goldentest.ReadPNG(t, out+".png")
			if b := page.Bounds(); abs(b.Dx()-tc.wantW) > 1 || abs(b.Dy()-tc.wantH) > 1 {
				t.Errorf("page %dx%d pt, want %dx%d", b.Dx(), b.Dy(), tc.wantW, tc.wantH)
			}
			// Where the layout put the map and the sources, scaled to the page.
			fonts, _ := NewFonts()
			_, lay, _, err := s.render(context.Background(), fonts)
			if err != nil {
				t.Fatal(err)
			}
			k := float64(page.Bounds().Dx()) / float64(lay.w)
			scale := func(r image.Rectangle) image.Rectangle {
				return image.Rect(int(float64(r.Min.X)*k), int(float64(r.Min.Y)*k), int(float64(r.Max.X)*k), int(float64(r.Max.Y)*k))
			}
			if v := variety(page, scale(lay.mapR)); v < 4 {
				t.Errorf("the map area of the page has %d colours: blank", v)
			}
			if d := darkShare(page, scale(lay.footer)); d < 0.003 {
				t.Errorf("the footer of the page is %.3f dark: no text", d)
			}
			if txt, err := exec.Command("pdftotext", path, "-").Output(); err == nil {
				for _, want := range []string{"Peru: trafficking routes", "Sources", "A dated article on coca"} {
					if !strings.Contains(string(txt), want) {
						t.Errorf("the PDF's text lacks %q:\n%s", want, txt)
					}
				}
			}
		})
	}
}

func abs(v int) int { return max(v, -v) }

// variety counts distinct colours (coarsely) in r of img, up to 64.
func variety(img image.Image, r image.Rectangle) int {
	seen := map[[3]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			c0, c1, c2, _ := img.At(x, y).RGBA()
			seen[[3]uint32{c0 >> 12, c1 >> 12, c2 >> 12}] = true
			if len(seen) >= 64 {
				return 64
			}
		}
	}
	return len(seen)
}

// darkShare is the share of pixels in r of img darker than mid-grey.
func darkShare(img image.Image, r image.Rectangle) float64 {
	n, dark := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c0, c1, c2, _ := img.At(x, y).RGBA()
			n++
			if c0+c1+c2 < 3*0x8000 {
				dark++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(dark) / float64(n)
}

func ExampleFormatOf() {
	for _, name := range []string{"map.png", "Handout.PDF", "map.jpg"} {
		f, err := FormatOf(name)
		fmt.Println(f, err)
	}
	// Output:
	// png <nil>
	// pdf <nil>
	//  render: unsupported output format: map.jpg (want .png or .pdf)
}

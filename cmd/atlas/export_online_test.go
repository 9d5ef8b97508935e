package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// tileServer serves plain blue PNG tiles on loopback, or 500s when broken.
func tileServer(t *testing.T, broken bool) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	var body bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for i := range img.Pix {
		if i%4 == 2 || i%4 == 3 {
			img.Pix[i] = 0xff
		}
	}
	if err := png.Encode(&body, img); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if broken {
			http.Error(w, "tile server is down", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Header().Set("Cache-Control", "max-age=86400")
		w.Write(body.Bytes())
	}))
	return srv, &hits
}

func TestExportFromLocalTileServerThenOffline(t *testing.T) {
	srv, hits := tileServer(t, false)
	dir := t.TempDir()
	out := filepath.Join(dir, "online.png")
	// no atlas layers: the pixel probed is the basemap's
	args := []string{"export", "-basemap", srv.URL + "/{z}/{x}/{y}.png", "-o", out, "-width", "400", "-height", "300",
		"-center", "-12.05,-77.03", "-zoom", "7", "-layers", "none", "-cache", filepath.Join(dir, "cache")}
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("online export: exit %d: %s", code, stderr.String())
	}
	if hits.Load() == 0 {
		t.Fatal("the export never asked the tile server")
	}
	cached := 0
	filepath.WalkDir(filepath.Join(dir, "cache"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			cached++
		}
		return nil
	})
	if cached == 0 {
		t.Fatal("no tiles in the disk cache after the export")
	}
	assertCentreColour(t, out, color.RGBA{B: 0xff, A: 0xff})

	srv.Close()
	stderr.Reset()
	if code := run(append(args, "-force"), &stdout, &stderr); code != 0 {
		t.Fatalf("export with the server stopped: exit %d: %s", code, stderr.String())
	}
	assertCentreColour(t, out, color.RGBA{B: 0xff, A: 0xff})
}

func TestExportFailsOnMissingTilesUnlessAllowed(t *testing.T) {
	srv, _ := tileServer(t, true)
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "gaps.png")
	args := []string{"export", "-basemap", srv.URL + "/{z}/{x}/{y}.png", "-o", out, "-width", "300", "-height", "200",
		"-center", "-12.05,-77.03", "-zoom", "7", "-cache", filepath.Join(dir, "cache")}
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "tile(s)") || !strings.Contains(stderr.String(), "-allow-gaps") {
		t.Errorf("stderr %q should list the missing tiles and mention -allow-gaps", stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("an image with holes was written without -allow-gaps")
	}
	stdout.Reset()
	if code := run(append(args, "-allow-gaps"), &stdout, &stderr); code != 0 {
		t.Fatalf("with -allow-gaps: exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "missing") {
		t.Errorf("stdout %q should say tiles were missing", stdout.String())
	}
}

func assertCentreColour(t *testing.T, path string, want color.RGBA) {
	t.Helper()
	img := goldentest.ReadPNG(t, path)
	b := img.Bounds()
	got := color.RGBAModel.Convert(img.At(b.Dx()/2, b.Dy()/3)).(color.RGBA)
	if got != want {
		t.Errorf("pixel above the centre of %s is %v, want the server's tile colour %v", path, got, want)
	}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// exampleLessonFile saves the example lesson as dir/vraem.json.
func exampleLessonFile(t *testing.T, dir string) (string, *lesson.Lesson) {
	t.Helper()
	file := filepath.Join(dir, "vraem.json")
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	if err := lesson.Save(file, l); err != nil {
		t.Fatal(err)
	}
	return file, l
}

func TestExportLessonWritesNumberedSlides(t *testing.T) {
	dir := t.TempDir()
	file, l := exampleLessonFile(t, dir)
	out := filepath.Join(dir, "slides")
	var stdout, stderr bytes.Buffer
	args := []string{"export", "-lesson", file, "-o", out, "-width", "480", "-height", "270", "-lang", "es", "-cache", filepath.Join(dir, "cache")}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for i, s := range l.Scenes {
		name := filepath.Join(out, fmt.Sprintf("%02d-%s.png", i+1, s.ID))
		if b := goldentest.ReadPNG(t, name).Bounds(); b.Dx() != 480 || b.Dy() != 270 {
			t.Errorf("scene %d: %v, want 480x270", i+1, b)
		}
	}
	notes, err := os.ReadFile(filepath.Join(out, "captions.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(notes), l.Scenes[0].CaptionIn("es")) {
		t.Error("captions.md lacks the first scene's Spanish caption")
	}
	// Again without -force: the slides exist, nothing is overwritten.
	stderr.Reset()
	if code := run(args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "-force") {
		t.Errorf("second export without -force: exit %d, %q", code, stderr.String())
	}
}

func TestExportLessonErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	os.WriteFile(broken, []byte(`{"version": 1, "title": "x", "scenes": [`), 0o644)
	newer := filepath.Join(dir, "newer.json")
	os.WriteFile(newer, []byte(`{"version": 7, "title": "x", "scenes": []}`), 0o644)
	tests := []struct {
		desc     string
		args     []string
		wantCode int
		want     string
	}{
		{desc: "corrupt file", args: []string{"export", "-lesson", broken, "-o", dir}, wantCode: 1, want: "broken.json"},
		{desc: "newer version", args: []string{"export", "-lesson", newer, "-o", dir}, wantCode: 1, want: "newer version"},
		{desc: "missing file", args: []string{"export", "-lesson", filepath.Join(dir, "nope.json"), "-o", dir}, wantCode: 1, want: "nope.json"},
		{desc: "scene flags refused", args: []string{"export", "-lesson", broken, "-o", dir, "-year", "2010"}, wantCode: 2, want: "-year cannot be used with -lesson"},
		{desc: "bad language", args: []string{"export", "-lesson", broken, "-o", dir, "-lang", "fr"}, wantCode: 2, want: "-lang"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, &stdout, &stderr)
			if code != tc.wantCode || !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr.String(), tc.wantCode, tc.want)
			}
		})
	}
	if _, err := os.ReadFile(broken); err != nil {
		t.Errorf("the broken lesson file was touched: %v", err)
	}
}

// TestExportLessonIsAllOrNothing: when one slide's file already exists,
// nothing is written (the targets are checked before any rendering), the
// user's file is kept, and a target that is a directory is named.
func TestExportLessonIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	file, l := exampleLessonFile(t, dir)
	third := fmt.Sprintf("%02d-%s.png", 3, l.Scenes[2].ID)
	tests := []struct {
		desc  string
		setup func(out string)
		want  string
	}{
		{desc: "the third slide exists", setup: func(out string) {
			os.WriteFile(filepath.Join(out, third), []byte("USER FILE"), 0o644)
		}, want: "file exists"},
		{desc: "captions.md is a directory", setup: func(out string) {
			os.Mkdir(filepath.Join(out, "captions.md"), 0o755)
		}, want: "is a directory"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "slides")
			os.Mkdir(out, 0o755)
			tc.setup(out)
			before, _ := os.ReadDir(out)
			var stdout, stderr bytes.Buffer
			args := []string{"export", "-lesson", file, "-o", out, "-width", "320", "-height", "180", "-cache", filepath.Join(dir, "cache")}
			if code := run(args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), tc.want) || !strings.Contains(stderr.String(), "nothing was written") {
				t.Fatalf("exit %d, stderr %q; want 1 saying %q and that nothing was written", code, stderr.String(), tc.want)
			}
			after, _ := os.ReadDir(out)
			if len(after) != len(before) {
				t.Errorf("the directory went from %d to %d entries: a partial export", len(before), len(after))
			}
			if b, err := os.ReadFile(filepath.Join(out, third)); err == nil && string(b) != "USER FILE" {
				t.Error("the user's slide was replaced")
			}
		})
	}
}

// TestExportLessonTakesBackItsSlides: a lesson export that fails half-way
// (the tile server breaks after the first slide) removes the slides it
// wrote and the directory it made.
func TestExportLessonTakesBackItsSlides(t *testing.T) {
	dir := t.TempDir()
	file, _ := exampleLessonFile(t, dir)
	good, _ := tileServer(t, false)
	defer good.Close()
	var served atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if served.Add(1) > 12 { // enough for the first 320x180 slide only
			http.Error(w, "gone", http.StatusNotFound)
			return
		}
		good.Config.Handler.ServeHTTP(w, r)
	}))
	defer srv.Close()
	out := filepath.Join(dir, "slides")
	var stdout, stderr bytes.Buffer
	args := []string{"export", "-lesson", file, "-o", out, "-width", "320", "-height", "180",
		"-basemap", srv.URL + "/{z}/{x}/{y}.png", "-cache", filepath.Join(dir, "cache")}
	if code := run(args, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "wrote") {
		t.Fatalf("no slide was written before the failure (stdout %q): the test proves nothing", stdout.String())
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		entries, _ := os.ReadDir(out)
		t.Errorf("after the failure %s holds %d entries, want it gone", out, len(entries))
	}
}

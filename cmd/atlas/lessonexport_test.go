package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

func TestExportLessonWritesNumberedSlides(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "vraem.json")
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	if err := lesson.Save(file, l); err != nil {
		t.Fatal(err)
	}
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

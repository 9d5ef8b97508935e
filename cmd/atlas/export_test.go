package main

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportFlagErrors(t *testing.T) {
	tests := []struct {
		desc       string
		args       []string
		wantStderr []string
	}{
		{desc: "unknown preset", args: []string{"-o", "m.png", "-preset", "a3"}, wantStderr: []string{`-preset "a3"`, "slide, 4k, a4-landscape, a4-portrait"}},
		{desc: "preset and width", args: []string{"-o", "m.png", "-preset", "slide", "-width", "800"}, wantStderr: []string{"-preset slide sets the size"}},
		{desc: "gif output", args: []string{"-o", "m.gif"}, wantStderr: []string{"-o m.gif", "only .png and .pdf"}},
		{desc: "scale too large", args: []string{"-o", "m.png", "-scale", "4"}, wantStderr: []string{"-scale 4"}},
		{desc: "title too long", args: []string{"-o", "m.png", "-title", strings.Repeat("x", 201)}, wantStderr: []string{"-title/-subtitle"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(append([]string{"export"}, tc.args...), &stdout, &stderr); code != 2 {
				t.Fatalf("exit %d, want 2; stderr %q", code, stderr.String())
			}
			for _, w := range tc.wantStderr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			if !strings.Contains(stderr.String(), "Usage: atlas export") {
				t.Error("no usage printed")
			}
		})
	}
}

func TestExportAnnotationsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"version": 1, "annotations": [{"kind": "star", "at": [-75, -10]}]}`), 0o644)
	future := filepath.Join(dir, "future.json")
	os.WriteFile(future, []byte(`{"version": 9, "annotations": []}`), 0o644)
	tests := []struct {
		desc, file string
		want       []string
	}{
		{desc: "unknown kind", file: bad, want: []string{"-annotations", bad, `annotation 1 (id "a1")`, `kind "star"`}},
		{desc: "future version", file: future, want: []string{future, "version 9"}},
		{desc: "no such file", file: filepath.Join(dir, "none.json"), want: []string{"none.json", "no such file"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			out := filepath.Join(dir, "map.png")
			var stdout, stderr bytes.Buffer
			args := []string{"export", "-o", out, "-width", "400", "-height", "300", "-annotations", tc.file, "-cache", filepath.Join(dir, "cache")}
			if code := run(args, &stdout, &stderr); code != 1 {
				t.Fatalf("exit %d, want 1; stderr %q", code, stderr.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("an image was written despite the bad annotations")
			}
		})
	}
}

func TestExportPresetPDFWithAnnotations(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a full A4 page")
	}
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.json")
	os.WriteFile(notes, []byte(`{"version": 1, "annotations": [
	  {"kind": "circle", "at": [-74.0, -12.6], "radius_km": 60, "text": "VRAEM"},
	  {"kind": "text", "at": [-80.5, -6.5], "text": "Pacific"}]}`), 0o644)
	out := filepath.Join(dir, "handout.pdf")
	var stdout, stderr bytes.Buffer
	args := []string{"export", "-preset", "a4-portrait", "-o", out, "-title", "Coca and the VRAEM", "-annotations", notes,
		"-year", "2010", "-cache", filepath.Join(dir, "cache")}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "wrote "+out+" (2480x3508") {
		t.Errorf("stdout %q", stdout.String())
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v", err)
	}
	if txt, err := exec.Command("pdftotext", out, "-").Output(); err == nil && !strings.Contains(string(txt), "Coca and the VRAEM") {
		t.Errorf("the PDF's text lacks the title:\n%s", txt)
	}
}

func TestExportSlidePreset(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "slide.png")
	var stdout, stderr bytes.Buffer
	args := []string{"export", "-preset", "slide", "-o", out, "-layers", "coca,sendero", "-cache", filepath.Join(dir, "cache")}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1920 || cfg.Height != 1080 {
		t.Fatalf("PNG %dx%d, %v; want 1920x1080", cfg.Width, cfg.Height, err)
	}
}

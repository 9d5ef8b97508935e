package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

func TestRunFlags(t *testing.T) {
	tests := []struct {
		desc       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{desc: "version flag", args: []string{"-version"}, wantCode: 0, wantStdout: "atlas " + version},
		{desc: "version command", args: []string{"version"}, wantCode: 0, wantStdout: "atlas " + version},
		{desc: "unknown flag", args: []string{"-bogus"}, wantCode: 2, wantStderr: "Usage:"},
		{desc: "unknown command", args: []string{"frobnicate"}, wantCode: 2, wantStderr: `unknown command "frobnicate"`},
		{desc: "bad centre", args: []string{"-center", "north"}, wantCode: 2, wantStderr: "is not LAT,LON"},
		{desc: "export without -o", args: []string{"export"}, wantCode: 2, wantStderr: "-o FILE is required"},
		{desc: "export wrong format", args: []string{"export", "-o", "map.gif"}, wantCode: 2, wantStderr: "only .png"},
		{desc: "export zoom out of range", args: []string{"export", "-o", "m.png", "-zoom", "19"}, wantCode: 2, wantStderr: "-zoom 19"},
		{desc: "export tiny", args: []string{"export", "-o", "m.png", "-width", "3"}, wantCode: 2, wantStderr: "64 to 10000"},
		{desc: "export help", args: []string{"export", "-h"}, wantCode: 0, wantStderr: "Usage: atlas export"},
		{desc: "list", args: []string{"list"}, wantCode: 0, wantStdout: "coca_vraem"},
		{desc: "list names in Spanish", args: []string{"list", "-lang", "es", "-layers", "airstrips"}, wantCode: 0, wantStdout: "Narcovuelos"},
		{desc: "list a bad language", args: []string{"list", "-lang", "fr"}, wantCode: 2, wantStderr: "want en or es"},
		{desc: "list a bad layer", args: []string{"list", "-layers", "unicorns"}, wantCode: 2, wantStderr: "unknown layer"},
		{desc: "select an unknown id", args: []string{"-select", "vraem"}, wantCode: 2, wantStderr: "close ones: coca_vraem"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tc.args, &out, &errb)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.wantCode, errb.String())
			}
			if !strings.Contains(out.String(), tc.wantStdout) {
				t.Errorf("stdout %q, want it to contain %q", out.String(), tc.wantStdout)
			}
			if !strings.Contains(errb.String(), tc.wantStderr) {
				t.Errorf("stderr %q, want it to contain %q", errb.String(), tc.wantStderr)
			}
		})
	}
}

func TestExportWritesPNG(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "lima.png")
	var stdout, stderr bytes.Buffer
	args := []string{"export", "-o", out, "-width", "640", "-height", "480", "-center", "-12.05,-77.03", "-zoom", "7", "-cache", filepath.Join(dir, "cache")}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if b := goldentest.ReadPNG(t, out).Bounds(); b.Dx() != 640 || b.Dy() != 480 {
		t.Errorf("image %v, want 640x480", b)
	}
	// A second export to the same file needs -force.
	stderr.Reset()
	if code := run(args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "-force") {
		t.Errorf("overwrite without -force: exit %d, stderr %q", code, stderr.String())
	}
	if code := run(append(args, "-force"), &stdout, &stderr); code != 0 {
		t.Errorf("overwrite with -force: exit %d, stderr %q", code, stderr.String())
	}
}

func TestFyneAppTomlMatchesVersion(t *testing.T) {
	b, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Version = "([^"]+)"`).FindSubmatch(b)
	if m == nil || string(m[1]) != version {
		t.Fatalf("FyneApp.toml Version %q, cmd/atlas version %q: keep them equal", m, version)
	}
}

package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

func TestRunValidate(t *testing.T) {
	dir := t.TempDir()
	good, err := fs.ReadFile(data.EmbeddedFS(), "exit_port.geojson")
	if err != nil {
		t.Fatal(err)
	}
	goodFile := filepath.Join(dir, "ports.geojson")
	if err := os.WriteFile(goodFile, good, 0o644); err != nil {
		t.Fatal(err)
	}
	badDir := filepath.Join(dir, "bad")
	if err := os.Mkdir(badDir, 0o755); err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(good), `"id": "port_paita"`, `"id": "port_callao"`, 2)
	broken = strings.Replace(broken, `"source": "000_38d3438cc269e67c"`, `"source": "nobody"`, 1)
	if err := os.WriteFile(filepath.Join(badDir, "ports.geojson"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(badDir, "junk.geojson"), []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc       string
		args       []string
		wantCode   int
		wantOut    []string
		wantErrOut []string
	}{
		{desc: "embedded data", args: nil, wantCode: 0, wantOut: []string{"ok: ", " features in 9 files"}},
		{desc: "one good file", args: []string{goodFile}, wantCode: 0, wantOut: []string{"ok: 6 features in 1 files"}},
		{desc: "broken directory", args: []string{badDir}, wantCode: 1, wantOut: []string{
			filepath.Join(badDir, "ports.geojson") + ": feature port_callao: id already used",
			`unknown source "nobody"`,
			filepath.Join(badDir, "junk.geojson") + ": load junk.geojson"},
			wantErrOut: []string{"problems in 2 files"}},
		{desc: "missing path", args: []string{filepath.Join(dir, "nope")}, wantCode: 1, wantErrOut: []string{"no such file"}},
		{desc: "bad flag", args: []string{"-frobnicate"}, wantCode: 2, wantErrOut: []string{"usage: atlas validate"}},
		{desc: "two paths", args: []string{goodFile, badDir}, wantCode: 2, wantErrOut: []string{"usage: atlas validate"}},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := runValidate(tt.args, &out, &errOut)
		if code != tt.wantCode {
			t.Errorf("%s: exit %d, want %d\nstdout: %s\nstderr: %s", tt.desc, code, tt.wantCode, &out, &errOut)
		}
		for _, w := range tt.wantOut {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: stdout lacks %q:\n%s", tt.desc, w, &out)
			}
		}
		for _, w := range tt.wantErrOut {
			if !strings.Contains(errOut.String(), w) {
				t.Errorf("%s: stderr lacks %q:\n%s", tt.desc, w, &errOut)
			}
		}
	}
}

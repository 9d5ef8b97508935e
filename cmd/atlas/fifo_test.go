//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOsAreRefusedAtOnce: a named pipe where a data file is expected
// gives a clear error at once instead of blocking the command forever.
func TestFIFOsAreRefusedAtOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.geojson")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	csv, kml := filepath.Join(dir, "pipe.csv"), filepath.Join(dir, "pipe.kml")
	for _, p := range []string{csv, kml} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	layers := filepath.Join(dir, "layers")
	os.Mkdir(layers, 0o755)
	if err := syscall.Mkfifo(filepath.Join(layers, "pipe.geojson"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc string
		args []string
	}{
		{desc: "validate a FIFO", args: []string{"validate", fifo}},
		{desc: "validate a directory holding a FIFO", args: []string{"validate", layers}},
		{desc: "validate a user's CSV that is a FIFO", args: []string{"validate", csv}},
		{desc: "validate a user's KML that is a FIFO", args: []string{"validate", "-layer", kml}},
		{desc: "export KML onto a FIFO", args: []string{"export", "-o", kml, "-force"}},
		{desc: "annotations from a FIFO", args: []string{"export", "-o", filepath.Join(dir, "a.png"), "-annotations", fifo}},
		{desc: "a lesson from a FIFO", args: []string{"export", "-o", filepath.Join(dir, "slides"), "-lesson", fifo}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			done := make(chan int, 1)
			go func() { done <- run(tc.args, &stdout, &stderr) }()
			select {
			case code := <-done:
				if out := stdout.String() + stderr.String(); code != 1 || !strings.Contains(out, "FIFO") {
					t.Errorf("exit %d, output %q; want 1 and a message naming the FIFO", code, out)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("the command blocked on the FIFO")
			}
		})
	}
}

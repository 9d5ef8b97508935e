//go:build unix

package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes.json")
	os.WriteFile(file, []byte("{}"), 0o644)
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	link := filepath.Join(dir, "link.json")
	os.Symlink(file, link)
	tests := []struct {
		desc    string
		path    string
		wantErr error
		wantMsg string
	}{
		{desc: "a regular file", path: file},
		{desc: "a link to one", path: link},
		{desc: "a FIFO, at once", path: fifo, wantErr: ErrNotRegular, wantMsg: "a FIFO"},
		{desc: "a directory", path: dir, wantErr: ErrNotRegular, wantMsg: "a directory"},
		{desc: "a device", path: "/dev/null", wantErr: ErrNotRegular, wantMsg: "a device"},
		{desc: "missing", path: filepath.Join(dir, "nope"), wantErr: os.ErrNotExist},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				f, err := Open(tc.path)
				if err == nil {
					f.Close()
				}
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Open: %v, want %v", err, tc.wantErr)
				}
				if tc.wantMsg != "" && !strings.Contains(err.Error(), tc.wantMsg) {
					t.Errorf("error %q does not say %q", err, tc.wantMsg)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Open blocked")
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "big")
	os.WriteFile(file, make([]byte, 100), 0o644)
	if b, err := ReadFile(file, 100); err != nil || len(b) != 100 {
		t.Errorf("ReadFile at the limit: %d bytes, %v", len(b), err)
	}
	if _, err := ReadFile(file, 99); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadFile over the limit: %v, want ErrTooLarge", err)
	}
}

func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.geojson"), []byte("{}"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.geojson"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	fsys := DirFS(dir)
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil || len(entries) != 2 {
		t.Fatalf("ReadDir: %v, %v", entries, err)
	}
	if _, err := fs.ReadFile(fsys, "a.geojson"); err != nil {
		t.Errorf("a regular file: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := fs.ReadFile(fsys, "pipe.geojson"); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("a FIFO: %v, want ErrNotRegular", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO blocked")
	}
}

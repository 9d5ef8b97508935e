package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	full := errors.New("no space left on device")
	tests := []struct {
		desc    string
		write   func(io.Writer) error
		old     string // existing content, "" for none
		subdir  string // a directory that does not exist
		wantErr error
		want    string // content afterwards, "" for no file
	}{
		{desc: "new file", write: Bytes([]byte("new")), want: "new"},
		{desc: "replaces the old file", old: "old", write: Bytes([]byte("new")), want: "new"},
		{desc: "full disk keeps the old file", old: "old", write: func(w io.Writer) error {
			w.Write([]byte("half"))
			return full
		}, wantErr: full, want: "old"},
		{desc: "full disk leaves no file", write: func(io.Writer) error { return full }, wantErr: full},
		{desc: "missing directory", subdir: "nope", write: Bytes([]byte("x")), wantErr: os.ErrNotExist},
	}
	for _, durable := range []bool{true, false} {
		for _, tc := range tests {
			t.Run(tc.desc, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, tc.subdir, "file.txt")
				if tc.old != "" {
					os.WriteFile(path, []byte(tc.old), 0o644)
				}
				write := WriteCache
				if durable {
					write = Write
				}
				err := write(path, 0o644, tc.write)
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("error %v, want %v", err, tc.wantErr)
				}
				b, rerr := os.ReadFile(path)
				if tc.want == "" && rerr == nil {
					t.Errorf("file exists with %q, want none", b)
				}
				if tc.want != "" && string(b) != tc.want {
					t.Errorf("content %q, want %q", b, tc.want)
				}
				entries, _ := os.ReadDir(dir)
				for _, e := range entries {
					if strings.HasSuffix(e.Name(), ".tmp") {
						t.Errorf("temporary file %s left behind", e.Name())
					}
				}
			})
		}
	}
}

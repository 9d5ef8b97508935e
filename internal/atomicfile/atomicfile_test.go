package atomicfile

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

func TestCreateNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	user := filepath.Join(dir, "out.png")
	tests := []struct {
		desc    string
		before  bool                             // the file exists before
		during  func() error                     // runs in the middle of writing
		ctx     func() (context.Context, func()) // nil: background
		wantErr error
		want    string
	}{
		{desc: "a new file", want: "new"},
		{desc: "an existing file is refused before writing", before: true, wantErr: ErrExists, want: "USER DOCUMENT"},
		{desc: "a file that appears while writing is kept", during: func() error { return os.WriteFile(user, []byte("USER DOCUMENT"), 0o644) },
			wantErr: ErrExists, want: "USER DOCUMENT"},
		{desc: "a cancelled write leaves nothing", ctx: func() (context.Context, func()) {
			ctx, cancel := context.WithCancel(context.Background())
			return ctx, cancel
		}, wantErr: context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			os.Remove(user)
			if tc.before {
				os.WriteFile(user, []byte("USER DOCUMENT"), 0o644)
			}
			ctx, cancel := context.Background(), func() {}
			if tc.ctx != nil {
				ctx, cancel = tc.ctx()
			}
			err := Create(ctx, user, 0o644, func(w io.Writer) error {
				w.Write([]byte("ne"))
				if tc.during != nil {
					if err := tc.during(); err != nil {
						return err
					}
				}
				cancel()
				_, err := w.Write([]byte("w"))
				if tc.ctx == nil {
					return err
				}
				// the writer refuses once cancelled
				if err == nil {
					t.Error("a write after cancel succeeded")
				}
				return err
			})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Create: %v, want %v", err, tc.wantErr)
			}
			b, rerr := os.ReadFile(user)
			switch {
			case tc.want == "" && rerr == nil:
				t.Errorf("a file %q was left", b)
			case tc.want != "" && string(b) != tc.want:
				t.Errorf("content %q, want %q", b, tc.want)
			}
			noTemps(t, dir)
		})
	}
}

func noTemps(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestLongNamesFitNameMax(t *testing.T) {
	dir := t.TempDir()
	for _, base := range []string{strings.Repeat("a", 245) + ".png", strings.Repeat("á", 120) + ".png"} {
		path := filepath.Join(dir, base)
		if err := Create(context.Background(), path, 0o644, Bytes([]byte("x"))); err != nil {
			t.Errorf("a legal %d-byte name: %v", len(base), err)
		}
	}
}

func TestTargetsThatAreNotFiles(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "folder")
	os.Mkdir(sub, 0o755)
	fifo := filepath.Join(dir, "pipe")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	tests := []struct {
		desc string
		path string
		want error
	}{
		{desc: "a directory", path: sub, want: ErrIsDir},
		{desc: "a FIFO", path: fifo, want: ErrNotRegular},
	}
	for _, tc := range tests {
		if err := Write(tc.path, 0o644, Bytes([]byte("x"))); !errors.Is(err, tc.want) {
			t.Errorf("%s: Write = %v, want %v", tc.desc, err, tc.want)
		}
		if err := CheckTarget(tc.path, false); !errors.Is(err, tc.want) {
			t.Errorf("%s: CheckTarget = %v, want %v", tc.desc, err, tc.want)
		}
	}
	noTemps(t, dir)
}

func TestStaleTempsGo(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, ".atlas-out.png.123.tmp")
	fresh := filepath.Join(dir, ".atlas-out.png.456.tmp")
	mine := filepath.Join(dir, ".notes.tmp") // not ours
	for _, p := range []string{old, fresh, mine} {
		os.WriteFile(p, []byte("x"), 0o644)
	}
	long := time.Now().Add(-2 * staleAge)
	os.Chtimes(old, long, long)
	os.Chtimes(mine, long, long)
	if err := Write(filepath.Join(dir, "out.png"), 0o644, Bytes([]byte("x"))); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{old: false, fresh: true, mine: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s present %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

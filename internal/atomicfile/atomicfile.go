package atomicfile

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// Sentinel errors.
var (
	// ErrExists is returned by Create when the target exists, even when it
	// appeared while the content was being written.
	ErrExists = errors.New("atomicfile: the file exists")
	// ErrIsDir is returned when the target is a directory.
	ErrIsDir = errors.New("atomicfile: the target is a directory")
	// ErrNotRegular is returned when the target exists and is not a
	// regular file (a FIFO, a device, a socket).
	ErrNotRegular = errors.New("atomicfile: the target is not a regular file")
)

// Write replaces path with what write produces, durably: the temporary
// file is synced before the rename and the directory after it, so a crash
// leaves either the old file or the new one. The file gets mode perm.
func Write(path string, perm os.FileMode, write func(w io.Writer) error) error {
	return writeFile(context.Background(), path, perm, true, false, write)
}

// WriteCache is Write without the syncs, for caches whose files can be
// made again: still never a partial file, but cheaper per file.
func WriteCache(path string, perm os.FileMode, write func(w io.Writer) error) error {
	return writeFile(context.Background(), path, perm, false, false, write)
}

// Create is Write for a file that must not exist: it fails with ErrExists
// before writing when path exists, and its last step also refuses to
// replace a file that appeared meanwhile (a hard link or, on Linux,
// renameat2 with RENAME_NOREPLACE, never a plain rename). When ctx is
// cancelled (say by SIGINT or SIGTERM) the writing stops at its next
// write and the temporary file is removed.
func Create(ctx context.Context, path string, perm os.FileMode, write func(w io.Writer) error) error {
	return writeFile(ctx, path, perm, true, true, write)
}

// Replace is Write that stops when ctx is cancelled, removing its
// temporary file.
func Replace(ctx context.Context, path string, perm os.FileMode, write func(w io.Writer) error) error {
	return writeFile(ctx, path, perm, true, false, write)
}

// Bytes returns a write function that writes b, for Write and WriteCache.
func Bytes(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}

// CheckTarget reports whether path can be written: an error wrapping
// ErrIsDir or ErrNotRegular for what is not a regular file, ErrExists when
// it exists and mustNotExist, nil otherwise.
func CheckTarget(path string, mustNotExist bool) error {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("%s: %w", path, ErrIsDir)
	case fi.Mode()&os.ModeSymlink != 0:
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			return fmt.Errorf("%s: %w", path, ErrIsDir)
		}
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s: %w", path, ErrNotRegular)
	}
	if mustNotExist {
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	return nil
}

// tempPrefix starts every temporary file's name, so that stale ones can be
// told from the user's files.
const tempPrefix = ".atlas-"

// tempPattern is a temporary name for path's base that fits NAME_MAX (255
// bytes) whatever the base's length: at most 40 bytes of it are kept.
func tempPattern(base string) string {
	const keep = 40
	if len(base) > keep {
		cut := keep
		for cut > 0 && !utf8.RuneStart(base[cut]) {
			cut--
		}
		base = base[:cut]
	}
	return tempPrefix + base + ".*.tmp"
}

// staleAge is how old a temporary file of ours must be before a later
// write in the same directory removes it: one left by a killed process.
const staleAge = time.Hour

// removeStale removes temporary files of this package older than staleAge
// from dir, best effort.
func removeStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		n := e.Name()
		if !strings.HasPrefix(n, tempPrefix) || !strings.HasSuffix(n, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > staleAge {
			os.Remove(filepath.Join(dir, n))
		}
	}
}

// ctxWriter stops writing once ctx is cancelled.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

func writeFile(ctx context.Context, path string, perm os.FileMode, durable, exclusive bool, write func(io.Writer) error) error {
	if err := CheckTarget(path, exclusive); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	removeStale(dir)
	f, err := os.CreateTemp(dir, tempPattern(filepath.Base(path)))
	if err != nil {
		return err
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return err
	}
	bw := bufio.NewWriterSize(ctxWriter{ctx, f}, 256<<10)
	if err := write(ctxWriter{ctx, bw}); err != nil {
		if ctx.Err() != nil {
			return fail(fmt.Errorf("%s: %w", path, ctx.Err()))
		}
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if durable {
		if err := f.Sync(); err != nil {
			return fail(err)
		}
	}
	// CreateTemp makes files 0600; best effort, as some file systems have
	// no modes.
	_ = f.Chmod(perm)
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := ctx.Err(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %w", path, err)
	}
	if exclusive {
		err = renameNoReplace(tmp, path)
	} else {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if durable {
		if d, err := os.Open(dir); err == nil {
			_ = d.Sync()
			d.Close()
		}
	}
	return nil
}

// linkNoReplace moves tmp to path unless path exists: a hard link fails
// when the name is taken, then the temporary name goes.
func linkNoReplace(tmp, path string) error {
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s: %w (it appeared while the file was written)", path, ErrExists)
		}
		return err
	}
	return os.Remove(tmp)
}

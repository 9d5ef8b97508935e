package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Sentinel errors.
var (
	// ErrNotRegular is wrapped when a path names something other than a
	// regular file.
	ErrNotRegular = errors.New("safefile: not a regular file")
	// ErrTooLarge is wrapped by ReadFile for a file over its limit.
	ErrTooLarge = errors.New("safefile: file too large")
)

// kind names what a non-regular file is, for messages.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// Check returns an error wrapping ErrNotRegular, naming what path is, when
// it is not a regular file (symbolic links are followed).
func Check(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	return checkInfo(path, fi)
}

func checkInfo(path string, fi fs.FileInfo) error {
	if fi.Mode().IsRegular() {
		return nil
	}
	return fmt.Errorf("%s: %w: it is %s", path, ErrNotRegular, kind(fi.Mode()))
}

// Open opens path for reading if it is a regular file. The file is opened
// without blocking and checked again once open, so a FIFO swapped in
// between is refused too.
func Open(path string) (*os.File, error) {
	if err := Check(path); err != nil {
		return nil, err
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil {
		err = checkInfo(path, fi)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// ReadFile reads the regular file path, of at most max bytes.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s: %w: more than %d bytes", path, ErrTooLarge, max)
	}
	return b, nil
}

// DirFS is os.DirFS(dir) that opens only directories and regular files:
// anything else under dir (a FIFO named like a data file, a device) gives
// an error wrapping ErrNotRegular instead of blocking a reader.
func DirFS(dir string) fs.FS { return dirFS{root: dir, fsys: os.DirFS(dir)} }

type dirFS struct {
	root string
	fsys fs.FS
}

// Open opens name (a slash-separated path below the root) if it is a
// directory or a regular file.
func (d dirFS) Open(name string) (fs.File, error) {
	fi, err := fs.Stat(d.fsys, name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return d.fsys.Open(name)
	}
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return Open(filepath.Join(d.root, filepath.FromSlash(name)))
}

package lesson

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
	"github.com/perutraffickingatlas/atlas/internal/safefile"
)

// Save checks l (see Check) and writes it to path atomically: a temporary
// file in the same directory is written, synced and renamed over path, so
// a full disk or a crash leaves either the old file or the new one, never
// a partial one. An existing file is replaced (a GUI asks first); if it
// does not parse as a lesson (corrupt, or written by a newer atlas) it is
// first copied to a backup beside it, NAME.corrupt-YYYYMMDD-HHMMSS.json
// (see Backups), so nothing is lost. After a successful save the
// autosave copy of path, if any, is removed.
func Save(path string, l *Lesson) error {
	return save(path, l, time.Now(), writeAll)
}

// writeFunc writes b to w; tests swap it to simulate a failing disk.
type writeFunc func(w io.Writer, b []byte) error

func writeAll(w io.Writer, b []byte) error {
	_, err := w.Write(b)
	return err
}

func save(path string, l *Lesson, now time.Time, write writeFunc) error {
	if err := l.Check(); err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.File = path
		}
		return fmt.Errorf("save: %w", err)
	}
	b, err := Marshal(l)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if len(b) > MaxFileSize { // it would not load
		return fmt.Errorf("save %s: %w: the file would hold %d bytes, at most %d: leave a user layer out or shorten the captions", path, ErrInvalid, len(b), MaxFileSize)
	}
	if len(l.Users) > 0 { // their bytes must read back as the layers they are
		if _, err := Parse(bytes.NewReader(b), path); err != nil {
			return fmt.Errorf("save %s: the lesson would not load: %w", path, err)
		}
	}
	if err := backupUnreadable(path, now, write); err != nil {
		return err
	}
	if err := writeAtomic(path, b, write); err != nil {
		return err
	}
	// The lesson is saved. If the autosave cannot be removed it is older
	// than the file now, and Recover ignores it.
	_ = os.Remove(AutosavePath(path))
	return nil
}

// backupUnreadable copies the file at path to a backup if it exists and
// does not parse. A file that cannot be read at all stops the save.
func backupUnreadable(path string, now time.Time, write writeFunc) error {
	old, err := safefile.ReadFile(path, 4*MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("save %s: cannot read the existing file to keep it: %w", path, err)
	}
	if _, err := Parse(bytes.NewReader(old), path); err == nil {
		return nil
	}
	backup := backupPath(path, now)
	for n := 2; exists(backup); n++ {
		backup = strings.TrimSuffix(backupPath(path, now), ".json") + fmt.Sprintf("-%d.json", n)
	}
	if err := writeAtomic(backup, old, write); err != nil {
		return fmt.Errorf("save %s: keeping a copy of the unreadable file: %w", path, err)
	}
	return nil
}

// backupPath is NAME.corrupt-YYYYMMDD-HHMMSS.json beside path, NAME being
// the file name without its .json extension.
func backupPath(path string, now time.Time) string {
	return stem(path) + ".corrupt-" + now.Format("20060102-150405") + ".json"
}

func stem(path string) string {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return path[:len(path)-len(".json")]
	}
	return path
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// writeAtomic writes b to path through a synced temporary file in the same
// directory and a rename; on any failure the temporary file is removed and
// path is untouched.
func writeAtomic(path string, b []byte, write writeFunc) error {
	if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return write(w, b) }); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

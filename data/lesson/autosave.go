package lesson

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// AutosavePath returns where SaveAutosave keeps the recovery copy of the
// lesson file path: a hidden file beside it, .NAME.autosave.json. For a
// lesson not yet saved anywhere, pass a path under os.UserConfigDir (for
// example <config>/atlas/untitled.json).
func AutosavePath(path string) string {
	dir, base := filepath.Split(stem(path))
	return filepath.Join(dir, "."+base+".autosave.json")
}

// SaveAutosave checks l and writes it atomically to AutosavePath(path),
// leaving path itself alone. A GUI calls it every minute or so while a
// lesson has unsaved changes.
func SaveAutosave(path string, l *Lesson) error {
	auto := AutosavePath(path)
	if err := l.Check(); err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.File = auto
		}
		return fmt.Errorf("autosave: %w", err)
	}
	b, err := Marshal(l)
	if err != nil {
		return fmt.Errorf("autosave %s: %w", path, err)
	}
	return writeAtomic(auto, b, writeAll)
}

// Recover returns the autosave copy of path and when it was written, if
// one exists, parses, and is newer than path (or path does not exist). A
// GUI offers it when opening path; Save and RemoveAutosave discard it.
func Recover(path string) (*Lesson, time.Time, bool) {
	auto := AutosavePath(path)
	ai, err := os.Stat(auto)
	if err != nil {
		return nil, time.Time{}, false
	}
	if mi, err := os.Stat(path); err == nil && !ai.ModTime().After(mi.ModTime()) {
		return nil, time.Time{}, false
	}
	l, err := Load(auto)
	if err != nil {
		return nil, time.Time{}, false
	}
	return l, ai.ModTime(), true
}

// RemoveAutosave deletes the autosave copy of path, for when the teacher
// declines a recovery or closes without saving. No copy is not an error.
func RemoveAutosave(path string) error {
	if err := os.Remove(AutosavePath(path)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("lesson: %w", err)
	}
	return nil
}

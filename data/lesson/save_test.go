package lesson

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func exampleLesson(t *testing.T) *Lesson {
	t.Helper()
	l, err := Example()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// dirNames lists the names in dir, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestSaveLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vraem.json")
	want := exampleLesson(t)
	if err := Save(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the lesson:\n got %+v\nwant %+v", got, want)
	}
	// Saving again over a valid file makes no backup and no leftovers.
	want.Scenes[0].Caption = "changed"
	if err := Save(path, want); err != nil {
		t.Fatal(err)
	}
	if names := dirNames(t, filepath.Dir(path)); !reflect.DeepEqual(names, []string{"vraem.json"}) {
		t.Errorf("directory holds %v, want only vraem.json", names)
	}
	if got, err := Load(path); err != nil || got.Scenes[0].Caption != "changed" {
		t.Errorf("second save: %v, %+v", err, got)
	}
}

func TestSaveRefusesInvalid(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.json")
	l := exampleLesson(t)
	l.Scenes[2].Zoom = 20
	err := Save(path, l)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), path+`: scene 3 (id "two-factions-2012"): zoom: 20`) {
		t.Errorf("err = %v, want the invalid zoom named with file and scene", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Save wrote an invalid lesson: %v", err)
	}
}

func TestSaveKeepsUnreadableFile(t *testing.T) {
	tests := []struct {
		desc string
		old  string
	}{
		{desc: "corrupt JSON", old: `{"version": 1, "title": "half a les`},
		{desc: "newer version", old: `{"version": 7, "title": "from the future", "scenes": [], "slides": []}`},
		{desc: "not a lesson at all", old: "PNG\x00\x01 binary junk"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		path := filepath.Join(dir, "lesson.json")
		if err := os.WriteFile(path, []byte(tt.old), 0o644); err != nil {
			t.Fatal(err)
		}
		now := time.Date(2026, 3, 9, 14, 5, 6, 0, time.UTC)
		if err := save(path, exampleLesson(t), now, writeAll); err != nil {
			t.Fatalf("%s: %v", tt.desc, err)
		}
		backup := filepath.Join(dir, "lesson.corrupt-20260309-140506.json")
		b, err := os.ReadFile(backup)
		if err != nil || string(b) != tt.old {
			t.Errorf("%s: backup holds %q, %v; want the old content", tt.desc, b, err)
		}
		if _, err := Load(path); err != nil {
			t.Errorf("%s: saved file does not load: %v", tt.desc, err)
		}
		// A second unreadable file in the same second gets its own backup.
		if err := os.WriteFile(path, []byte("junk 2"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := save(path, exampleLesson(t), now, writeAll); err != nil {
			t.Fatal(err)
		}
		got, err := backups(path)
		if err != nil || len(got) != 2 {
			t.Errorf("%s: Backups = %v, %v; want two", tt.desc, got, err)
		}
	}
}

// failAfter writes half of b and then fails, like a full disk.
func failAfter(w io.Writer, b []byte) error {
	if _, err := w.Write(b[:len(b)/2]); err != nil {
		return err
	}
	return errors.New("no space left on device")
}

func TestSaveFailureLeavesNoPartialFile(t *testing.T) {
	tests := []struct {
		desc string
		old  string // "" = no file before
	}{
		{desc: "new file", old: ""},
		{desc: "over a valid lesson", old: exampleJSON},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		path := filepath.Join(dir, "lesson.json")
		if tt.old != "" {
			if err := os.WriteFile(path, []byte(tt.old), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		l := exampleLesson(t)
		l.Title = "Changed"
		err := save(path, l, time.Now(), failAfter)
		if err == nil || !strings.Contains(err.Error(), "save "+path) || !strings.Contains(err.Error(), "no space left") {
			t.Errorf("%s: err = %v, want the write failure with the path", tt.desc, err)
		}
		want := []string(nil)
		if tt.old != "" {
			want = []string{"lesson.json"}
		}
		if names := dirNames(t, dir); !reflect.DeepEqual(names, want) {
			t.Errorf("%s: directory holds %v, want %v (no temp file)", tt.desc, names, want)
		}
		if tt.old != "" {
			if b, _ := os.ReadFile(path); string(b) != tt.old {
				t.Errorf("%s: the old file changed", tt.desc)
			}
		}
	}
}

func TestSaveFailsInMissingDir(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "l.json")
	if err := Save(path, exampleLesson(t)); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v, want an error naming %s", err, path)
	}
}

func TestAutosaveRecover(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "vraem.json")
	if got := AutosavePath(path); got != filepath.Join(dir, ".vraem.autosave.json") {
		t.Errorf("AutosavePath = %s", got)
	}
	l := exampleLesson(t)
	if _, _, ok := Recover(path); ok {
		t.Error("Recover found a copy before any autosave")
	}
	// Autosave of a lesson never saved: recoverable.
	l.Title = "Draft"
	if err := SaveAutosave(path, l); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("SaveAutosave wrote the lesson file itself")
	}
	got, when, ok := Recover(path)
	if !ok || got.Title != "Draft" || when.IsZero() {
		t.Errorf("Recover = %v, %v, %v; want the draft", got, when, ok)
	}
	// Save discards the autosave.
	if err := Save(path, l); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(AutosavePath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Error("Save left the autosave copy")
	}
	// A newer autosave than the file is offered; an older one is not.
	l.Title = "Edited after saving"
	if err := SaveAutosave(path, l); err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, past, past); err != nil {
		t.Fatal(err)
	}
	if got, _, ok := Recover(path); !ok || got.Title != "Edited after saving" {
		t.Errorf("Recover = %v, %v; want the newer autosave", got, ok)
	}
	if err := os.Chtimes(AutosavePath(path), past.Add(-time.Hour), past.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := Recover(path); ok {
		t.Error("Recover offered an autosave older than the file")
	}
	// A corrupt autosave is never offered.
	if err := os.WriteFile(AutosavePath(path), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := Recover(path + ".missing"); ok {
		t.Error("Recover offered a copy for another path")
	}
	if err := os.Chtimes(AutosavePath(path), time.Now(), time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := Recover(path); ok {
		t.Error("Recover offered a corrupt autosave")
	}
	if err := RemoveAutosave(path); err != nil {
		t.Fatal(err)
	}
	if err := RemoveAutosave(path); err != nil {
		t.Errorf("removing a missing autosave: %v", err)
	}
	if names := dirNames(t, dir); !reflect.DeepEqual(names, []string{"vraem.json"}) {
		t.Errorf("directory holds %v", names)
	}
}

func TestSaveAutosaveRefusesInvalid(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.json")
	l := exampleLesson(t)
	l.Title = ""
	if err := SaveAutosave(path, l); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "title: missing") {
		t.Errorf("err = %v, want the missing title", err)
	}
}

// backups lists the backups Save made of unreadable versions of path,
// oldest first.
func backups(path string) ([]string, error) {
	pattern := escapeGlob(stem(path)) + ".corrupt-*.json"
	names, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("lesson: backups of %s: %w", path, err)
	}
	return names, nil
}

func escapeGlob(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`)
	if filepath.Separator == '\\' {
		// On Windows '\' is the separator, not an escape; brackets are
		// the only safe quoting.
		r = strings.NewReplacer(`*`, `[*]`, `?`, `[?]`, `[`, `[[]`)
	}
	return r.Replace(s)
}

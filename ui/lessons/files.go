package lessons

import (
	"errors"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

func (p *Panel) openDialog() {
	p.discardingChanges(func() { uikit.OpenFile(p.o.Window, []string{".json"}, p.Open, nil) })
}

// discardingChanges runs next, asking first when the lesson has changes
// that were never saved: New, Open and Example lesson replace it.
func (p *Panel) discardingChanges(next func()) {
	if !p.dirty || len(p.lesson.Scenes) == 0 {
		next()
		return
	}
	msg := lang.L("The lesson “{{.Title}}” has changes that are not saved. Discard them?", map[string]any{"Title": p.lesson.TitleIn(i18n.Current())})
	dialog.ShowConfirm(lang.L("Discard changes?"), msg, func(yes bool) {
		if yes {
			next()
		}
	}, p.o.Window)
}

// Open reads a lesson file, offering a newer autosave copy when there is
// one. Errors (corrupt file, newer version) are shown and nothing is lost:
// the file is left as it is.
func (p *Panel) Open(path string) {
	l, err := lesson.Load(path)
	rec, when, ok := lesson.Recover(path)
	if err != nil && !ok {
		p.o.Error(err)
		return
	}
	if !ok {
		p.Load(l, path)
		return
	}
	msg := lang.L("An unsaved copy of this lesson from {{.When}} was found. Restore it?", map[string]any{"When": data.FormatDateTime(when, i18n.Current())})
	dialog.ShowConfirm(lang.L("Recover lesson"), msg, func(yes bool) {
		switch {
		case yes:
			p.Load(rec, path)
			p.dirty = true
			p.refresh()
		case err != nil:
			p.o.Error(err)
		default:
			lesson.RemoveAutosave(path)
			p.Load(l, path)
		}
	}, p.o.Window)
}

func (p *Panel) save() {
	if p.path == "" {
		p.saveAsDialog()
		return
	}
	p.saveTo(p.path)
}

func (p *Panel) saveAsDialog() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := uikit.FilePath(w.URI())
		w.Close() // lesson.Save writes atomically itself
		dropEmpty(path)
		p.saveTo(path)
	}, p.o.Window)
	d.SetFileName("lesson.json")
	d.Show()
}

// dropEmpty removes the empty file fyne's save dialog creates (truncating
// any file chosen) before it hands the name over: it holds nothing to
// keep, and lesson.Save would otherwise keep a copy of it as corrupt
// (audit bug 8: an empty NAME.corrupt-….json beside every new lesson).
func dropEmpty(path string) {
	if fi, err := os.Lstat(path); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
		os.Remove(path)
	}
}

// saveTo writes the lesson atomically and drops its recovery copy.
func (p *Panel) saveTo(path string) {
	if err := lesson.Save(path, p.lesson); err != nil {
		p.o.Error(err)
		return
	}
	if p.path != "" && p.path != path {
		lesson.RemoveAutosave(p.path)
	}
	lesson.RemoveAutosave(path)
	p.path, p.dirty = path, false
	p.refresh()
	p.o.Status(lang.L("Lesson saved to {{.Path}}", map[string]any{"Path": path}))
}

// autosave copies unsaved changes to the recovery file beside the lesson,
// or under the user's config directory for a lesson never saved.
func (p *Panel) autosave() {
	if !p.dirty || len(p.lesson.Scenes) == 0 {
		return
	}
	path := p.path
	if path == "" {
		dir := p.o.AutosaveDir
		if dir == "" {
			conf, err := os.UserConfigDir()
			if err != nil {
				return
			}
			dir = filepath.Join(conf, "peru-trafficking-atlas")
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return
		}
		path = filepath.Join(dir, "untitled-lesson.json")
	}
	if err := lesson.SaveAutosave(path, p.lesson); err != nil && !errors.Is(err, lesson.ErrInvalid) {
		p.o.Status(lang.L("Autosave failed: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
}

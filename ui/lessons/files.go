package lessons

import (
	"errors"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

func (p *Panel) openDialog() { uikit.OpenFile(p.o.Window, []string{".json"}, p.Open, nil) }

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
		path := w.URI().Path()
		w.Close() // lesson.Save writes atomically itself
		p.saveTo(path)
	}, p.o.Window)
	d.SetFileName("lesson.json")
	d.Show()
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

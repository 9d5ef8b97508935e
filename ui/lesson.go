package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/lesson"
)

// autosaveEvery is how often unsaved lesson changes are copied to the
// recovery file.
const autosaveEvery = 30 * time.Second

// LessonPanel builds and steps through a lesson: a list of scenes, each a
// saved view with year, layers, selection, annotations and a caption.
type LessonPanel struct {
	mw      *MainWindow
	lesson  *lesson.Lesson
	path    string // "" until saved or opened
	current int    // scene on screen, -1 for none
	dirty   bool
	title   *widget.Label
	list    *widget.List
	caption *widget.Label
	root    fyne.CanvasObject
	ticker  *time.Ticker
	stop    chan struct{}
}

func newLessonPanel(mw *MainWindow) *LessonPanel {
	p := &LessonPanel{mw: mw, lesson: lesson.New(lang.L("New lesson")), current: -1}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.caption = widget.NewLabel("")
	p.caption.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(
		func() int { return len(p.lesson.Scenes) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			s := p.lesson.Scenes[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%d. %s (%d)", i+1, s.TitleIn(currentLanguage()), s.Year))
		},
	)
	p.list.OnSelected = func(i widget.ListItemID) { p.Go(i) }

	btn := func(icon fyne.Resource, tip string, f func()) *widget.Button {
		b := widget.NewButtonWithIcon(tip, icon, f)
		return b
	}
	files := container.NewGridWithColumns(2,
		btn(theme.DocumentCreateIcon(), lang.L("New"), p.newLesson),
		btn(theme.FolderOpenIcon(), lang.L("Open…"), p.openDialog),
		btn(theme.DocumentSaveIcon(), lang.L("Save"), p.save),
		btn(theme.DocumentSaveIcon(), lang.L("Save as…"), p.saveAsDialog),
		btn(theme.FileIcon(), lang.L("Example lesson"), p.openExample),
	)
	scenes := container.NewGridWithColumns(3,
		btn(theme.ContentAddIcon(), lang.L("Add view"), p.addCurrent),
		btn(theme.ViewRefreshIcon(), lang.L("Update"), p.updateCurrent),
		btn(theme.DocumentCreateIcon(), lang.L("Rename"), p.renameDialog),
		btn(theme.MoveUpIcon(), lang.L("Up"), func() { p.move(-1) }),
		btn(theme.MoveDownIcon(), lang.L("Down"), func() { p.move(1) }),
		btn(theme.DeleteIcon(), lang.L("Delete"), p.deleteCurrent),
	)
	nav := container.NewGridWithColumns(2,
		btn(theme.NavigateBackIcon(), lang.L("Previous"), func() { p.Step(-1) }),
		btn(theme.NavigateNextIcon(), lang.L("Next"), func() { p.Step(1) }),
	)
	top := container.NewVBox(p.title, files, widget.NewSeparator(), scenes, nav)
	p.root = container.NewBorder(top, container.NewVScroll(p.caption), nil, nil, p.list)
	p.refresh()
	p.ticker = time.NewTicker(autosaveEvery)
	p.stop = make(chan struct{})
	ticks, stop := p.ticker.C, p.stop
	go func() {
		for {
			select {
			case <-ticks:
				fyne.Do(p.autosave)
			case <-stop:
				return
			}
		}
	}()
	return p
}

// Object is the panel's canvas object.
func (p *LessonPanel) Object() fyne.CanvasObject { return p.root }

// Lesson is the lesson being edited.
func (p *LessonPanel) Lesson() *lesson.Lesson { return p.lesson }

// Current is the index of the scene on screen, -1 for none.
func (p *LessonPanel) Current() int { return p.current }

// close stops autosaving, writing a last recovery copy if needed.
func (p *LessonPanel) close() {
	p.autosave()
	p.ticker.Stop()
	close(p.stop)
}

// Load shows a lesson read from path (or built in memory when path is "").
func (p *LessonPanel) Load(l *lesson.Lesson, path string) {
	p.lesson, p.path, p.current, p.dirty = l, path, -1, false
	p.refresh()
	if len(l.Scenes) > 0 {
		p.Go(0)
	}
}

// Open reads a lesson file, offering a newer autosave copy when there is
// one. Errors (corrupt file, newer version) are shown and nothing is lost:
// the file is left as it is.
func (p *LessonPanel) Open(path string) {
	l, err := lesson.Load(path)
	rec, when, ok := lesson.Recover(path)
	if err != nil && !ok {
		p.mw.showError(err)
		return
	}
	if !ok {
		p.Load(l, path)
		return
	}
	msg := lang.L("An unsaved copy of this lesson from {{.When}} was found. Restore it?", map[string]any{"When": when.Format("2006-01-02 15:04")})
	dialog.ShowConfirm(lang.L("Recover lesson"), msg, func(yes bool) {
		switch {
		case yes:
			p.Load(rec, path)
			p.dirty = true
		case err != nil:
			p.mw.showError(err)
		default:
			lesson.RemoveAutosave(path)
			p.Load(l, path)
		}
	}, p.mw.Window)
}

// Go shows scene i: flies the map there and sets year, layers, selection
// and annotations.
func (p *LessonPanel) Go(i int) {
	if i < 0 || i >= len(p.lesson.Scenes) {
		return
	}
	p.current = i
	s := p.lesson.Scenes[i]
	p.mw.applyScene(s)
	p.caption.SetText(s.CaptionIn(currentLanguage()))
	p.list.Select(i)
	p.mw.showCaption(s.TitleIn(currentLanguage()), s.CaptionIn(currentLanguage()))
}

// Step moves to the next (+1) or previous (-1) scene.
func (p *LessonPanel) Step(delta int) {
	if len(p.lesson.Scenes) == 0 {
		return
	}
	next := p.current + delta
	if p.current < 0 {
		next = 0
	}
	next = max(0, min(len(p.lesson.Scenes)-1, next))
	if next != p.current {
		p.Go(next)
	}
}

func (p *LessonPanel) refresh() {
	name := p.lesson.TitleIn(currentLanguage())
	if p.path != "" {
		name += " — " + filepath.Base(p.path)
	}
	if p.dirty {
		name += " *"
	}
	p.title.SetText(name)
	p.list.Refresh()
}

func (p *LessonPanel) changed() {
	p.dirty = true
	p.refresh()
}

func (p *LessonPanel) newLesson() {
	p.Load(lesson.New(lang.L("New lesson")), "")
	p.caption.SetText("")
}

func (p *LessonPanel) openExample() {
	l, err := lesson.Example()
	if err != nil {
		p.mw.showError(err)
		return
	}
	p.Load(l, "")
}

func (p *LessonPanel) addCurrent() {
	s := p.mw.currentScene()
	s.Title = lang.L("Scene {{.N}}", map[string]any{"N": len(p.lesson.Scenes) + 1})
	p.lesson.Add(s)
	p.current = len(p.lesson.Scenes) - 1
	p.changed()
	p.list.Select(p.current)
}

func (p *LessonPanel) updateCurrent() {
	if p.current < 0 {
		return
	}
	old := p.lesson.Scenes[p.current]
	s := p.mw.currentScene()
	s.ID, s.Title, s.TitleES, s.Caption, s.CaptionES = old.ID, old.Title, old.TitleES, old.Caption, old.CaptionES
	if err := p.lesson.Update(p.current, s); err != nil {
		p.mw.showError(err)
		return
	}
	p.changed()
}

func (p *LessonPanel) move(delta int) {
	j := p.current + delta
	if p.current < 0 || j < 0 || j >= len(p.lesson.Scenes) {
		return
	}
	if err := p.lesson.Move(p.current, j); err != nil {
		p.mw.showError(err)
		return
	}
	p.current = j
	p.changed()
	p.list.Select(j)
}

func (p *LessonPanel) deleteCurrent() {
	if p.current < 0 {
		return
	}
	if err := p.lesson.Delete(p.current); err != nil {
		p.mw.showError(err)
		return
	}
	p.current = min(p.current, len(p.lesson.Scenes)-1)
	p.list.UnselectAll()
	p.changed()
}

func (p *LessonPanel) renameDialog() {
	if p.current < 0 {
		return
	}
	s := p.lesson.Scenes[p.current]
	title, caption := widget.NewEntry(), widget.NewMultiLineEntry()
	title.SetText(s.Title)
	caption.SetText(s.Caption)
	caption.Wrapping = fyne.TextWrapWord
	caption.SetMinRowsVisible(4)
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Title"), title), widget.NewFormItem(lang.L("Caption"), caption)}
	d := dialog.NewForm(lang.L("Rename scene"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := p.lesson.Rename(p.current, title.Text); err != nil {
			p.mw.showError(err)
			return
		}
		p.lesson.Scenes[p.current].Caption = caption.Text
		p.caption.SetText(caption.Text)
		p.changed()
	}, p.mw.Window)
	d.Resize(fyne.NewSize(520, 320))
	d.Show()
}

func (p *LessonPanel) openDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		p.Open(path)
	}, p.mw.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.Show()
}

func (p *LessonPanel) save() {
	if p.path == "" {
		p.saveAsDialog()
		return
	}
	p.saveTo(p.path)
}

func (p *LessonPanel) saveAsDialog() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close() // lesson.Save writes atomically itself
		p.saveTo(path)
	}, p.mw.Window)
	d.SetFileName("lesson.json")
	d.Show()
}

// saveTo writes the lesson atomically and drops its recovery copy.
func (p *LessonPanel) saveTo(path string) {
	if err := lesson.Save(path, p.lesson); err != nil {
		p.mw.showError(err)
		return
	}
	if p.path != "" && p.path != path {
		lesson.RemoveAutosave(p.path)
	}
	lesson.RemoveAutosave(path)
	p.path, p.dirty = path, false
	p.refresh()
	p.mw.setStatus(lang.L("Lesson saved to {{.Path}}", map[string]any{"Path": path}))
}

// autosave copies unsaved changes to the recovery file beside the lesson,
// or under the user's config directory for a lesson never saved.
func (p *LessonPanel) autosave() {
	if !p.dirty || len(p.lesson.Scenes) == 0 {
		return
	}
	path := p.path
	if path == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return
		}
		dir = filepath.Join(dir, "peru-trafficking-atlas")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return
		}
		path = filepath.Join(dir, "untitled-lesson.json")
	}
	if err := lesson.SaveAutosave(path, p.lesson); err != nil && !errors.Is(err, lesson.ErrInvalid) {
		p.mw.setStatus(lang.L("Autosave failed: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
}

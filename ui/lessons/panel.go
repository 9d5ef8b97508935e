package lessons

import (
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// autosaveEvery is how often unsaved lesson changes are copied to the
// recovery file.
const autosaveEvery = 30 * time.Second

// Stage is where the panel's scenes are shown: the window.
type Stage interface {
	// Scene captures what is on screen as a scene (view, year, layers,
	// selection, annotations); its id, title and caption are the panel's.
	Scene() lesson.Scene
	// Show puts scene s on screen with its title and caption.
	Show(s lesson.Scene)
}

// Options are what a Panel needs and whom it tells.
type Options struct {
	// Window is the parent of the panel's dialogs.
	Window fyne.Window
	// Stage shows the scenes.
	Stage Stage
	// Status reports what was done, on one line.
	Status func(string)
	// Error reports a lesson that could not be read, changed or saved.
	Error func(error)
	// AutosaveDir is where the recovery copy of a lesson never saved is
	// kept; "" means the user's configuration directory.
	AutosaveDir string
	// Post runs a function on the UI goroutine; nil means fyne.Do.
	Post func(func())
}

// Panel builds and steps through a lesson: a list of scenes, each a saved
// view with year, layers, selection, annotations and a caption.
type Panel struct {
	widget.BaseWidget
	o       Options
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

// New returns a panel holding a new, empty lesson.
func New(o Options) *Panel {
	if o.Post == nil {
		o.Post = fyne.Do
	}
	p := &Panel{o: o, lesson: lesson.New(lang.L("New lesson")), current: -1}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.caption = widget.NewLabel("")
	p.caption.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(
		func() int { return len(p.lesson.Scenes) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			s := p.lesson.Scenes[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%d. %s (%d)", i+1, s.TitleIn(i18n.Current()), s.Year))
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
	ticks, stop, post := p.ticker.C, p.stop, p.o.Post
	go func() {
		for {
			select {
			case <-ticks:
				post(p.autosave)
			case <-stop:
				return
			}
		}
	}()
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer shows the lesson's title, buttons, scenes and caption.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.root) }

// Lesson is the lesson being edited.
func (p *Panel) Lesson() *lesson.Lesson { return p.lesson }

// Current is the index of the scene on screen, -1 for none.
func (p *Panel) Current() int { return p.current }

// Close stops autosaving, writing a last recovery copy if needed.
func (p *Panel) Close() {
	p.autosave()
	p.ticker.Stop()
	close(p.stop)
}

// Load shows a lesson read from path (or built in memory when path is "").
func (p *Panel) Load(l *lesson.Lesson, path string) {
	p.lesson, p.path, p.current, p.dirty = l, path, -1, false
	p.refresh()
	if len(l.Scenes) > 0 {
		p.Go(0)
	}
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
	msg := lang.L("An unsaved copy of this lesson from {{.When}} was found. Restore it?", map[string]any{"When": when.Format("2006-01-02 15:04")})
	dialog.ShowConfirm(lang.L("Recover lesson"), msg, func(yes bool) {
		switch {
		case yes:
			p.Load(rec, path)
			p.dirty = true
		case err != nil:
			p.o.Error(err)
		default:
			lesson.RemoveAutosave(path)
			p.Load(l, path)
		}
	}, p.o.Window)
}

// Go shows scene i: flies the map there and sets year, layers, selection
// and annotations.
func (p *Panel) Go(i int) {
	if i < 0 || i >= len(p.lesson.Scenes) {
		return
	}
	p.current = i
	s := p.lesson.Scenes[i]
	p.o.Stage.Show(s)
	p.caption.SetText(s.CaptionIn(i18n.Current()))
	p.list.Select(i)
}

// Step moves to the next (+1) or previous (-1) scene.
func (p *Panel) Step(delta int) {
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

func (p *Panel) refresh() {
	name := p.lesson.TitleIn(i18n.Current())
	if p.path != "" {
		name += " — " + filepath.Base(p.path)
	}
	if p.dirty {
		name += " *"
	}
	p.title.SetText(name)
	p.list.Refresh()
}

func (p *Panel) changed() {
	p.dirty = true
	p.refresh()
}

func (p *Panel) newLesson() {
	p.Load(lesson.New(lang.L("New lesson")), "")
	p.caption.SetText("")
}

func (p *Panel) openExample() {
	l, err := lesson.Example()
	if err != nil {
		p.o.Error(err)
		return
	}
	p.Load(l, "")
}

func (p *Panel) addCurrent() {
	s := p.o.Stage.Scene()
	s.Title = lang.L("Scene {{.N}}", map[string]any{"N": len(p.lesson.Scenes) + 1})
	p.lesson.Add(s)
	p.current = len(p.lesson.Scenes) - 1
	p.changed()
	p.list.Select(p.current)
}

func (p *Panel) updateCurrent() {
	if p.current < 0 {
		return
	}
	old := p.lesson.Scenes[p.current]
	s := p.o.Stage.Scene()
	s.ID, s.Title, s.TitleES, s.Caption, s.CaptionES = old.ID, old.Title, old.TitleES, old.Caption, old.CaptionES
	if err := p.lesson.Update(p.current, s); err != nil {
		p.o.Error(err)
		return
	}
	p.changed()
}

func (p *Panel) move(delta int) {
	j := p.current + delta
	if p.current < 0 || j < 0 || j >= len(p.lesson.Scenes) {
		return
	}
	if err := p.lesson.Move(p.current, j); err != nil {
		p.o.Error(err)
		return
	}
	p.current = j
	p.changed()
	p.list.Select(j)
}

func (p *Panel) deleteCurrent() {
	if p.current < 0 {
		return
	}
	if err := p.lesson.Delete(p.current); err != nil {
		p.o.Error(err)
		return
	}
	p.current = min(p.current, len(p.lesson.Scenes)-1)
	p.list.UnselectAll()
	p.changed()
}

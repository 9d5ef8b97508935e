package lessons

import (
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// autosaveEvery is how often unsaved lesson changes are copied to the
// recovery file.
const autosaveEvery = 30 * time.Second

// Stage is where the panel's scenes are shown: the window.
type Stage interface {
	// Scene captures what is on screen as a scene (view, year, layers,
	// selection, annotations); its id, title and caption are the panel's.
	Scene() lesson.Scene
	// Show puts scene s on screen with its title and caption; the first
	// scene shown sets the user's own map aside.
	Show(s lesson.Scene)
	// Leave brings the user's own map back after the lesson's scenes.
	Leave()
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
	// Shortcut, when set, is offered the window's shortcuts typed in the
	// panel's fields (Ctrl+E exports from anywhere).
	Shortcut func(fyne.Shortcut)
}

// Panel builds and steps through a lesson: a list of scenes, each a saved
// view with year, layers, selection, annotations and a caption. The
// lesson's title and description and the current scene's title and
// caption are edited in place, checked as the user types.
type Panel struct {
	widget.BaseWidget
	o       Options
	lesson  *lesson.Lesson
	path    string // "" until saved or opened
	current int    // scene on screen, -1 for none
	dirty   bool
	title   *widget.Label
	list    *widget.List
	caption *widget.Label // the current scene's caption, as shown
	f       fields
	undoB   *widget.Button
	// deleted is the last scene deleted and where it was, for Undo.
	deleted  *lesson.Scene
	deletedI int
	// quiet is set while the panel changes the list's selection or its
	// fields itself, so they do not report back.
	quiet bool
	root  fyne.CanvasObject
	stop  func() // stops autosaving
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
	p.list.OnSelected = func(i widget.ListItemID) {
		if !p.quiet {
			p.Go(i)
		}
	}
	p.buildFields()

	btn := widget.NewButtonWithIcon
	files := container.NewGridWithColumns(3,
		btn(lang.L("New"), theme.DocumentCreateIcon(), p.newLesson),
		btn(lang.L("Open…"), theme.FolderOpenIcon(), p.openDialog),
		btn(lang.L("Example lesson"), theme.FileIcon(), p.openExample),
		btn(lang.L("Save"), theme.DocumentSaveIcon(), p.save),
		btn(lang.L("Save as…"), theme.DocumentSaveIcon(), p.saveAsDialog),
	)
	p.undoB = btn(lang.L("Undo delete"), theme.ContentUndoIcon(), p.undoDelete)
	p.undoB.Disable()
	scenes := container.NewGridWithColumns(3,
		btn(lang.L("Add view"), theme.ContentAddIcon(), p.addCurrent),
		btn(lang.L("Update"), theme.ViewRefreshIcon(), p.updateCurrent),
		btn(lang.L("Delete"), theme.DeleteIcon(), p.deleteCurrent),
		btn(lang.L("Up"), theme.MoveUpIcon(), func() { p.move(-1) }),
		btn(lang.L("Down"), theme.MoveDownIcon(), func() { p.move(1) }),
		p.undoB,
	)
	nav := container.NewGridWithColumns(3,
		btn(lang.L("Previous"), theme.NavigateBackIcon(), func() { p.Step(-1) }),
		btn(lang.L("Next"), theme.NavigateNextIcon(), func() { p.Step(1) }),
		btn(lang.L("Leave"), theme.HomeIcon(), p.leave),
	)
	top := container.NewVBox(p.title, p.f.lessonForm, files, widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("Scenes"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	bottom := container.NewVBox(scenes, nav, widget.NewSeparator(), p.f.sceneForm)
	p.root = container.NewBorder(top, bottom, nil, nil, p.list)
	p.refresh()
	p.stop = uikit.Every(autosaveEvery, p.o.Post, p.autosave)
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer shows the lesson's fields, buttons and scenes.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.root) }

// Lesson is the lesson being edited.
func (p *Panel) Lesson() *lesson.Lesson { return p.lesson }

// Current is the index of the scene on screen, -1 for none.
func (p *Panel) Current() int { return p.current }

// Dirty reports whether the lesson has changes not saved to its file.
func (p *Panel) Dirty() bool { return p.dirty }

// Close stops autosaving, writing a last recovery copy if needed.
func (p *Panel) Close() {
	p.autosave()
	p.stop()
}

// Load shows a lesson read from path (or built in memory when path is "").
func (p *Panel) Load(l *lesson.Lesson, path string) {
	p.lesson, p.path, p.current, p.dirty = l, path, -1, false
	p.deleted = nil
	p.undoB.Disable()
	p.refresh()
	if len(l.Scenes) > 0 {
		p.Go(0)
	} else {
		p.fillScene()
	}
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
	p.selectRow(i)
	p.fillScene()
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

// selectRow shows scene i as selected in the list without showing it
// again.
func (p *Panel) selectRow(i int) {
	p.quiet = true
	defer func() { p.quiet = false }()
	if i < 0 {
		p.list.UnselectAll()
		return
	}
	p.list.Select(i)
}

// leave ends the lesson's hold on the map: the user's own map comes back.
func (p *Panel) leave() {
	p.current = -1
	p.selectRow(-1)
	p.fillScene()
	p.o.Stage.Leave()
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
	p.fillLesson()
}

func (p *Panel) changed() {
	p.dirty = true
	p.refresh()
}

func (p *Panel) newLesson() {
	p.discardingChanges(func() {
		p.Load(lesson.New(lang.L("New lesson")), "")
		p.o.Stage.Leave()
		p.o.Status(lang.L("A new lesson: show a view on the map, then Add view."))
	})
}

func (p *Panel) openExample() {
	p.discardingChanges(func() {
		l, err := lesson.Example()
		if err != nil {
			p.o.Error(err)
			return
		}
		p.Load(l, "")
	})
}

// addCurrent adds the view on screen as a scene and stays on the Lesson
// tab: the scene is captured, not shown again.
func (p *Panel) addCurrent() {
	s := p.o.Stage.Scene()
	s.Title = lang.L("Scene {{.N}}", map[string]any{"N": len(p.lesson.Scenes) + 1})
	p.lesson.Add(s)
	p.current = len(p.lesson.Scenes) - 1
	p.changed()
	p.selectRow(p.current)
	p.fillScene()
	p.o.Status(lang.L("Added the view as scene {{.N}}; give it a title and a caption below.", map[string]any{"N": p.current + 1}))
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
	p.o.Status(lang.L("Scene {{.N}} now shows the view on screen.", map[string]any{"N": p.current + 1}))
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
	p.selectRow(j)
}

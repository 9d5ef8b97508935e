package lessons

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// fields are the lesson's and the current scene's texts, edited in place:
// a text that data/lesson would refuse shows its error under the field
// and is not taken.
type fields struct {
	lessonTitle, description *uikit.PassEntry
	sceneTitle, caption      *uikit.PassEntry
	lessonForm, sceneForm    *widget.Form
	// lessonES and sceneES are set when the fields edit the Spanish texts:
	// in Spanish, for a lesson or scene that has them (the example lesson
	// has both languages). Chosen when the fields are filled.
	lessonES, sceneES bool
}

// buildFields makes the forms of the lesson and of the current scene.
func (p *Panel) buildFields() {
	pass := p.o.Shortcut
	f := &p.f
	f.lessonTitle, f.description = uikit.NewPassEntry(pass), uikit.NewPassMultiLineEntry(pass)
	f.sceneTitle, f.caption = uikit.NewPassEntry(pass), uikit.NewPassMultiLineEntry(pass)
	f.description.SetMinRowsVisible(2)
	f.caption.SetMinRowsVisible(3)
	titleMsg := lang.L("a title is needed, at most {{.Max}} characters", map[string]any{"Max": lesson.MaxTitle})
	textMsg := lang.L("at most {{.Max}} characters", map[string]any{"Max": lesson.MaxCaption})
	f.lessonTitle.Validator = p.lessonCheck("title", titleMsg, func(l *lesson.Lesson, s string) { *p.lessonText(l, false) = s })
	f.description.Validator = p.lessonCheck("description", textMsg, func(l *lesson.Lesson, s string) { *p.lessonText(l, true) = s })
	f.sceneTitle.Validator = p.sceneCheck("title", titleMsg, func(s *lesson.Scene, text string) { *p.sceneText(s, false) = text })
	f.caption.Validator = p.sceneCheck("caption", textMsg, func(s *lesson.Scene, text string) { *p.sceneText(s, true) = text })
	f.lessonTitle.OnChanged = func(s string) { p.edit(f.lessonTitle, func() { *p.lessonText(p.lesson, false) = s }) }
	f.description.OnChanged = func(s string) { p.edit(f.description, func() { *p.lessonText(p.lesson, true) = s }) }
	f.sceneTitle.OnChanged = func(s string) { p.editScene(f.sceneTitle, func(sc *lesson.Scene) { *p.sceneText(sc, false) = s }) }
	f.caption.OnChanged = func(s string) {
		if p.editScene(f.caption, func(sc *lesson.Scene) { *p.sceneText(sc, true) = s }) {
			p.caption.SetText(s)
		}
	}
	f.lessonForm = widget.NewForm(
		widget.NewFormItem(lang.L("Lesson title"), f.lessonTitle),
		widget.NewFormItem(lang.L("Lesson description"), f.description))
	f.sceneForm = widget.NewForm(
		widget.NewFormItem(lang.L("Scene title"), f.sceneTitle),
		widget.NewFormItem(lang.L("Caption"), f.caption))
}

// lessonText is the lesson's title or description in the language the
// fields edit.
func (p *Panel) lessonText(l *lesson.Lesson, description bool) *string {
	switch {
	case description && p.f.lessonES:
		return &l.DescriptionES
	case description:
		return &l.Description
	case p.f.lessonES:
		return &l.TitleES
	}
	return &l.Title
}

// sceneText is a scene's title or caption in the language the fields
// edit.
func (p *Panel) sceneText(s *lesson.Scene, caption bool) *string {
	switch {
	case caption && p.f.sceneES:
		return &s.CaptionES
	case caption:
		return &s.Caption
	case p.f.sceneES:
		return &s.TitleES
	}
	return &s.Title
}

// edit applies a change of a lesson field that its validator accepts.
func (p *Panel) edit(e *uikit.PassEntry, apply func()) {
	if p.quiet || e.Validate() != nil {
		return
	}
	apply()
	p.dirty = true
	p.quiet = true
	p.refresh()
	p.quiet = false
}

// editScene applies a change of the current scene's field that its
// validator accepts; it reports whether it did.
func (p *Panel) editScene(e *uikit.PassEntry, apply func(*lesson.Scene)) bool {
	if p.quiet || p.current < 0 || e.Validate() != nil {
		return false
	}
	apply(&p.lesson.Scenes[p.current])
	p.dirty = true
	p.quiet = true
	p.refresh()
	p.quiet = false
	return true
}

// fillLesson shows the lesson's title and description in their fields.
func (p *Panel) fillLesson() {
	if p.quiet {
		return
	}
	p.quiet = true
	defer func() { p.quiet = false }()
	p.f.lessonES = i18n.Current() == data.LangES && p.lesson.TitleES != ""
	p.f.lessonTitle.SetText(*p.lessonText(p.lesson, false))
	p.f.description.SetText(*p.lessonText(p.lesson, true))
}

// fillScene shows the current scene's title and caption in their fields,
// disabled when no scene is current.
func (p *Panel) fillScene() {
	p.quiet = true
	defer func() { p.quiet = false }()
	if p.current < 0 || p.current >= len(p.lesson.Scenes) {
		p.f.sceneTitle.SetText("")
		p.f.caption.SetText("")
		p.f.sceneTitle.Disable()
		p.f.caption.Disable()
		p.caption.SetText("")
		return
	}
	s := &p.lesson.Scenes[p.current]
	p.f.sceneES = i18n.Current() == data.LangES && s.TitleES != ""
	p.f.sceneTitle.Enable()
	p.f.caption.Enable()
	p.f.sceneTitle.SetText(*p.sceneText(s, false))
	p.f.caption.SetText(*p.sceneText(s, true))
	p.caption.SetText(s.CaptionIn(i18n.Current()))
}

// lessonCheck refuses a text that, set into a copy of the lesson by set,
// gives field a problem by data/lesson's rules; msg says what is wanted.
func (p *Panel) lessonCheck(field, msg string, set func(*lesson.Lesson, string)) fyne.StringValidator {
	return func(text string) error {
		l := *p.lesson
		l.Scenes = nil
		set(&l, text)
		if hasProblem(&l, -1, field) || (field == "title" && strings.TrimSpace(text) == "") {
			return errors.New(msg)
		}
		return nil
	}
}

// sceneCheck refuses a text that, set into a copy of the current scene by
// set, gives field a problem by data/lesson's rules.
func (p *Panel) sceneCheck(field, msg string, set func(*lesson.Scene, string)) fyne.StringValidator {
	return func(text string) error {
		if p.current < 0 || p.current >= len(p.lesson.Scenes) {
			return nil
		}
		s := p.lesson.Scenes[p.current]
		set(&s, text)
		l := lesson.New("check")
		l.Scenes = []lesson.Scene{s}
		if hasProblem(l, 0, field) || (field == "title" && strings.TrimSpace(text) == "") {
			return errors.New(msg)
		}
		return nil
	}
}

// hasProblem reports whether data/lesson finds a problem with field (in
// either language) of scene (-1: of the lesson itself) in l.
func hasProblem(l *lesson.Lesson, scene int, field string) bool {
	var le *lesson.Error
	if errors.As(l.Check(), &le) {
		for _, pr := range le.Problems {
			if pr.Scene == scene && (pr.Field == field || pr.Field == field+"_es") {
				return true
			}
		}
	}
	return false
}

// deleteCurrent asks, then deletes the current scene; Undo delete brings
// it back.
func (p *Panel) deleteCurrent() {
	if p.current < 0 {
		return
	}
	i := p.current
	title := p.lesson.Scenes[i].TitleIn(i18n.Current())
	dialog.ShowConfirm(lang.L("Delete scene?"), lang.L("Delete scene {{.N}}, “{{.Title}}”? Undo delete brings it back.", map[string]any{"N": i + 1, "Title": title}),
		func(yes bool) {
			if yes {
				p.deleteScene(i)
			}
		}, p.o.Window)
}

// deleteScene deletes scene i, keeping it for Undo.
func (p *Panel) deleteScene(i int) {
	s := p.lesson.Scenes[i]
	if err := p.lesson.Delete(i); err != nil {
		p.o.Error(err)
		return
	}
	p.deleted, p.deletedI = &s, i
	p.undoB.Enable()
	p.current = min(i, len(p.lesson.Scenes)-1)
	p.changed()
	p.selectRow(p.current)
	p.fillScene()
	p.o.Status(lang.L("Deleted scene “{{.Title}}”: Undo delete brings it back.", map[string]any{"Title": s.TitleIn(i18n.Current())}))
}

// undoDelete puts the last deleted scene back where it was.
func (p *Panel) undoDelete() {
	if p.deleted == nil {
		return
	}
	s, i := *p.deleted, p.deletedI
	p.deleted = nil
	p.undoB.Disable()
	p.lesson.Add(s)
	last := len(p.lesson.Scenes) - 1
	if i < last {
		if err := p.lesson.Move(last, i); err != nil {
			p.o.Error(err)
			return
		}
	} else {
		i = last
	}
	p.current = i
	p.changed()
	p.selectRow(i)
	p.fillScene()
	p.o.Status(lang.L("Scene “{{.Title}}” is back.", map[string]any{"Title": s.TitleIn(i18n.Current())}))
}

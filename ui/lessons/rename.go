package lessons

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/lesson"
)

// renameDialog edits the current scene's title and caption. Save stays
// disabled while the title is empty or either is too long, by
// data/lesson's rules.
func (p *Panel) renameDialog() {
	if p.current < 0 {
		return
	}
	s := p.lesson.Scenes[p.current]
	title, caption := widget.NewEntry(), widget.NewMultiLineEntry()
	title.SetText(s.Title)
	title.Validator = sceneValidator(s, "title", func(c *lesson.Scene, text string) { c.Title = text },
		lang.L("a scene needs a title, at most {{.Max}} characters", map[string]any{"Max": lesson.MaxTitle}))
	caption.SetText(s.Caption)
	caption.Wrapping = fyne.TextWrapWord
	caption.SetMinRowsVisible(4)
	caption.Validator = sceneValidator(s, "caption", func(c *lesson.Scene, text string) { c.Caption = text },
		lang.L("at most {{.Max}} characters", map[string]any{"Max": lesson.MaxCaption}))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Title"), title), widget.NewFormItem(lang.L("Caption"), caption)}
	d := dialog.NewForm(lang.L("Rename scene"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := p.lesson.Rename(p.current, title.Text); err != nil {
			p.o.Error(err)
			return
		}
		p.lesson.Scenes[p.current].Caption = caption.Text
		p.caption.SetText(caption.Text)
		p.changed()
	}, p.o.Window)
	d.Resize(fyne.NewSize(520, 320))
	d.Show()
}

// sceneValidator refuses a text that, set into scene s by set, gives
// field a problem; msg says what is wanted.
func sceneValidator(s lesson.Scene, field string, set func(*lesson.Scene, string), msg string) fyne.StringValidator {
	return func(text string) error {
		set(&s, text)
		if sceneProblem(s, field) {
			return errors.New(msg)
		}
		return nil
	}
}

// sceneProblem reports whether data/lesson finds a problem with field of
// scene s.
func sceneProblem(s lesson.Scene, field string) bool {
	l := lesson.New("check")
	l.Scenes = []lesson.Scene{s}
	var le *lesson.Error
	if errors.As(l.Check(), &le) {
		for _, pr := range le.Problems {
			if pr.Scene == 0 && pr.Field == field {
				return true
			}
		}
	}
	return false
}

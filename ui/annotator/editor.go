package annotator

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// paint is a colour offered for annotations.
type paint struct{ name, hex string }

// paints are the colours offered, by name in the UI language; the first
// is the default.
func paints() []paint {
	return []paint{
		{lang.L("Black"), "#1b1b1b"}, {lang.L("Red"), "#c0392b"}, {lang.L("Blue"), "#0072b2"},
		{lang.L("Green"), "#00875a"}, {lang.L("Purple"), "#8e44ad"},
	}
}

// editor is the form for one annotation: its text, colour, a circle's
// radius, and for an existing one a Delete button. Save is disabled while
// the text or the radius would make an invalid annotation.
type editor struct {
	t      *Tool
	a      annotation.Annotation
	isNew  bool
	text   *widget.Entry
	radius *widget.Entry
	color  *widget.Select
	paints []paint
	d      *dialog.FormDialog
}

// newEditor builds the form for a new or an existing annotation a.
func (t *Tool) newEditor(a annotation.Annotation, isNew bool) *editor {
	e := &editor{t: t, a: a, isNew: isNew, text: widget.NewEntry(), radius: widget.NewEntry(), paints: paints()}
	e.text.SetText(a.Text)
	e.text.Validator = e.checkText
	names := make([]string, len(e.paints))
	for i, p := range e.paints {
		names[i] = p.name
	}
	e.color = uikit.NewSelect(names, nil)
	e.color.SetSelectedIndex(0)
	for i, p := range e.paints {
		if p.hex == a.Color {
			e.color.SetSelectedIndex(i)
		}
	}
	e.radius.SetText(strconv.FormatFloat(a.RadiusKm, 'f', -1, 64))
	e.radius.Validator = e.checkRadius
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Text"), e.text), widget.NewFormItem(lang.L("Colour"), e.color)}
	if a.Kind == annotation.KindText {
		items[0].HintText = lang.L("a label needs some text, at most {{.Max}} characters", map[string]any{"Max": annotation.MaxText})
	}
	if a.Kind == annotation.KindCircle {
		r := widget.NewFormItem(lang.L("Radius (km)"), e.radius)
		r.HintText = lang.L("more than 0 and at most {{.Max}} km", map[string]any{"Max": annotation.MaxRadiusKm})
		items = append(items, r)
	}
	if !isNew {
		items = append(items, widget.NewFormItem("", widget.NewButton(lang.L("Delete"), e.delete)))
	}
	title := lang.L("New annotation")
	if !isNew {
		title = lang.L("Edit annotation")
	}
	e.d = dialog.NewForm(title, lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			e.save()
		} else {
			e.t.o.Status(lang.L("Nothing changed."))
		}
	}, t.o.Window)
	e.d.Resize(fyne.NewSize(440, 260))
	return e
}

// annotation is the annotation as the form describes it.
func (e *editor) annotation() annotation.Annotation {
	a := e.a
	a.Text = e.text.Text
	a.Color = e.paints[max(0, e.color.SelectedIndex())].hex
	if a.Kind == annotation.KindCircle {
		a.RadiusKm, _ = strconv.ParseFloat(strings.TrimSpace(e.radius.Text), 64)
	}
	return a
}

// checkText refuses a text that makes the annotation invalid (none on a
// text label, or too long), by data/annotation's rules.
func (e *editor) checkText(s string) error {
	a := e.a
	a.Text = s
	if problem(a, "text") != "" {
		if a.Kind == annotation.KindText {
			return errors.New(lang.L("a label needs some text, at most {{.Max}} characters", map[string]any{"Max": annotation.MaxText}))
		}
		return errors.New(lang.L("at most {{.Max}} characters", map[string]any{"Max": annotation.MaxText}))
	}
	return nil
}

// checkRadius refuses a radius that is not a number or out of range, by
// data/annotation's rules.
func (e *editor) checkRadius(s string) error {
	a := e.a
	km, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	a.RadiusKm = km
	if err != nil || problem(a, "radius_km") != "" {
		return errors.New(lang.L("more than 0 and at most {{.Max}} km", map[string]any{"Max": annotation.MaxRadiusKm}))
	}
	return nil
}

// problem is the first of a's problems about field, "" for none.
func problem(a annotation.Annotation, field string) string {
	for _, p := range a.Validate() {
		if strings.HasPrefix(p, field+" ") || strings.HasPrefix(p, field+":") {
			return p
		}
	}
	return ""
}

// save stores the annotation; one the form let through invalid is
// reported, never stored.
func (e *editor) save() {
	a := e.annotation()
	if probs := a.Validate(); len(probs) > 0 {
		e.t.o.Error(fmt.Errorf("annotation: %s", strings.Join(probs, "; ")))
		return
	}
	e.t.update(func(s *annotation.Set) {
		if e.isNew {
			a.ID = s.NewID()
			s.Annotations = append(s.Annotations, a)
		} else if i := s.Find(a.ID); i >= 0 {
			s.Annotations[i] = a
		}
	})
	if e.isNew {
		e.t.o.Status(lang.L("Annotation added; click it to edit or delete it."))
	} else {
		e.t.o.Status(lang.L("Annotation changed."))
	}
}

// delete removes the annotation and closes the form.
func (e *editor) delete() {
	e.t.update(func(s *annotation.Set) {
		if i := s.Find(e.a.ID); i >= 0 {
			s.Annotations = append(s.Annotations[:i], s.Annotations[i+1:]...)
		}
	})
	e.d.Hide()
	e.t.o.Status(lang.L("Annotation deleted."))
}

package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/annotate"
)

// annotationColors are the colours offered for annotations, by name.
func annotationColors() []struct{ Name, Hex string } {
	return []struct{ Name, Hex string }{
		{"Black", "#1b1b1b"}, {"Red", "#c0392b"}, {"Blue", "#0072b2"}, {"Green", "#00875a"}, {"Purple", "#8e44ad"},
	}
}

// annotationTool is what a tap on the map does: select features, or place
// a text label, an arrow (two taps) or a circle.
type annotationTool struct {
	mw      *MainWindow
	sel     *widget.Select
	kind    annotation.Kind // "" = select features
	pending *orb.Point      // arrow tail waiting for its head
	choices []string
}

func newAnnotationTool(mw *MainWindow) *annotationTool {
	t := &annotationTool{mw: mw}
	t.choices = []string{lang.L("Select features"), lang.L("Add text"), lang.L("Add arrow"), lang.L("Add circle")}
	t.sel = widget.NewSelect(t.choices, func(c string) {
		t.pending = nil
		switch c {
		case t.choices[1]:
			t.kind = annotation.KindText
			mw.setStatus(lang.L("Click where the label goes."))
		case t.choices[2]:
			t.kind = annotation.KindArrow
			mw.setStatus(lang.L("Click where the arrow starts, then where it points."))
		case t.choices[3]:
			t.kind = annotation.KindCircle
			mw.setStatus(lang.L("Click the centre of the circle."))
		default:
			t.kind = ""
		}
	})
	t.sel.SetSelectedIndex(0)
	return t
}

// Object is the tool picker with a button that clears all annotations.
func (t *annotationTool) Object() fyne.CanvasObject {
	clear := widget.NewButton(lang.L("Clear annotations"), func() {
		dialog.ShowConfirm(lang.L("Clear annotations"), lang.L("Remove every label, arrow and circle from this view?"), func(ok bool) {
			if ok {
				t.mw.setAnnotations(session.NoAnnotations())
			}
		}, t.mw.Window)
	})
	return container.NewHBox(t.sel, clear)
}

// tapped handles a map tap; it reports whether the tap was for annotations.
func (t *annotationTool) tapped(p geo.Pixel, at orb.Point) bool {
	mw := t.mw
	switch t.kind {
	case annotation.KindText:
		t.edit(annotation.Annotation{Kind: annotation.KindText, At: at}, true)
	case annotation.KindArrow:
		if t.pending == nil {
			t.pending = &at
			mw.setStatus(lang.L("Now click where the arrow points."))
			return true
		}
		t.edit(annotation.Annotation{Kind: annotation.KindArrow, At: *t.pending, To: at}, true)
		t.pending = nil
	case annotation.KindCircle:
		v := mw.Map.View()
		km := geo.MetersPerPixel(at.Lat(), v.Zoom) * 40 / 1000
		t.edit(annotation.Annotation{Kind: annotation.KindCircle, At: at, RadiusKm: roundKm(km)}, true)
	default:
		set := mw.state.Annotations
		id, ok := annotate.HitTest(set, mw.Map.View(), p, 8)
		if !ok {
			return false
		}
		t.edit(set.Annotations[set.Find(id)], false)
	}
	return true
}

// edit opens the dialog for a new or existing annotation: its text,
// colour, circle radius, and for existing ones a Delete button.
func (t *annotationTool) edit(a annotation.Annotation, isNew bool) {
	mw := t.mw
	text := widget.NewEntry()
	text.SetText(a.Text)
	colors := annotationColors()
	names := make([]string, len(colors))
	for i, c := range colors {
		names[i] = lang.L(c.Name)
	}
	color := widget.NewSelect(names, nil)
	color.SetSelectedIndex(0)
	for i, c := range colors {
		if c.Hex == a.Color {
			color.SetSelectedIndex(i)
		}
	}
	radius := widget.NewEntry()
	radius.SetText(strconv.FormatFloat(a.RadiusKm, 'f', -1, 64))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Text"), text), widget.NewFormItem(lang.L("Colour"), color)}
	if a.Kind == annotation.KindCircle {
		items = append(items, widget.NewFormItem(lang.L("Radius (km)"), radius))
	}
	var d dialog.Dialog
	if !isNew {
		del := widget.NewButton(lang.L("Delete"), func() {
			mw.updateAnnotations(func(s *annotation.Set) {
				if i := s.Find(a.ID); i >= 0 {
					s.Annotations = append(s.Annotations[:i], s.Annotations[i+1:]...)
				}
			})
			d.Hide()
		})
		items = append(items, widget.NewFormItem("", del))
	}
	title := lang.L("New annotation")
	if !isNew {
		title = lang.L("Edit annotation")
	}
	d = dialog.NewForm(title, lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		a.Text = text.Text
		a.Color = colors[max(0, color.SelectedIndex())].Hex
		if a.Kind == annotation.KindCircle {
			if km, err := strconv.ParseFloat(radius.Text, 64); err == nil {
				a.RadiusKm = km
			}
		}
		if probs := a.Validate(); len(probs) > 0 {
			mw.showError(fmt.Errorf("annotation: %s", probs[0]))
			return
		}
		mw.updateAnnotations(func(s *annotation.Set) {
			if isNew {
				a.ID = s.NewID()
				s.Annotations = append(s.Annotations, a)
			} else if i := s.Find(a.ID); i >= 0 {
				s.Annotations[i] = a
			}
		})
	}, mw.Window)
	d.Resize(fyne.NewSize(440, 260))
	d.Show()
}

func roundKm(km float64) float64 {
	switch {
	case km >= 100:
		return float64(int(km/50+0.5) * 50)
	case km >= 10:
		return float64(int(km/5+0.5) * 5)
	}
	return float64(int(km + 0.5))
}

// setAnnotations replaces the view's annotations and redraws.
func (mw *MainWindow) setAnnotations(s *annotation.Set) {
	if s == nil {
		s = session.NoAnnotations()
	}
	mw.state.Annotations = s
	mw.annots.Store(s)
	mw.Map.RefreshOverlay()
}

// updateAnnotations applies a change to a copy of the annotations (the
// overlay goroutine may be reading the current set) and shows it.
func (mw *MainWindow) updateAnnotations(change func(*annotation.Set)) {
	next := &annotation.Set{Version: annotation.Version, Annotations: append([]annotation.Annotation(nil), mw.state.Annotations.Annotations...)}
	change(next)
	mw.setAnnotations(next)
}

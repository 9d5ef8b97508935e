package annotator

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/annotate"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// Sizes in screen pixels: how near a tap must be to pick an annotation,
// and the radius a new circle starts with.
const (
	hitTolerance = 8
	circlePixels = 40
)

// Options are what a Tool needs and whom it tells.
type Options struct {
	// Window is the parent of the tool's dialogs.
	Window fyne.Window
	// View is the map's view now.
	View func() geo.View
	// Annotations is the current set; the tool never changes it in place.
	Annotations func() *annotation.Set
	// Set replaces the set of annotations (and redraws the map).
	Set func(*annotation.Set)
	// Status says what to do next, on one line.
	Status func(string)
	// Error reports an annotation the form should not have let through.
	Error func(error)
}

// Tool chooses what a tap on the map does and edits annotations.
type Tool struct {
	widget.BaseWidget
	o       Options
	sel     *widget.Select
	choices []string
	kind    annotation.Kind // "" = select features
	pending *orb.Point      // an arrow's tail waiting for its head
	root    fyne.CanvasObject
}

// New returns the tool picker, on "Select features", with a button that
// clears every annotation.
func New(o Options) *Tool {
	t := &Tool{o: o}
	t.choices = []string{lang.L("Select features"), lang.L("Add text"), lang.L("Add arrow"), lang.L("Add circle")}
	t.sel = uikit.NewSelect(t.choices, t.chosen)
	t.sel.SetSelectedIndex(0)
	clear := widget.NewButton(lang.L("Clear annotations"), t.ClearAll)
	t.root = container.NewHBox(uikit.FitSelect(t.sel), clear)
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer shows the picker and the clear button.
func (t *Tool) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.root) }

// Choices are the tool's modes, in the UI language: select features, add
// text, add an arrow, add a circle (for a menu that stands in for the
// picker on a narrow window).
func (t *Tool) Choices() []string { return t.choices }

// Chosen is the index of the mode in use.
func (t *Tool) Chosen() int { return t.sel.SelectedIndex() }

// Choose switches to mode i of Choices.
func (t *Tool) Choose(i int) { t.sel.SetSelectedIndex(i) }

// ClearAll asks, then removes every annotation of the view.
func (t *Tool) ClearAll() {
	dialog.ShowConfirm(lang.L("Clear annotations"), lang.L("Remove every label, arrow and circle from this view?"), func(ok bool) {
		if ok {
			t.o.Set(&annotation.Set{Version: annotation.Version})
			t.o.Status(lang.L("Annotations cleared."))
		}
	}, t.o.Window)
}

func (t *Tool) chosen(c string) {
	t.pending = nil
	switch c {
	case t.choices[1]:
		t.kind = annotation.KindText
		t.o.Status(lang.L("Click where the label goes."))
	case t.choices[2]:
		t.kind = annotation.KindArrow
		t.o.Status(lang.L("Click where the arrow starts, then where it points."))
	case t.choices[3]:
		t.kind = annotation.KindCircle
		t.o.Status(lang.L("Click the centre of the circle."))
	default:
		t.kind = ""
		t.o.Status(lang.L("Click a feature on the map to read its sources."))
	}
}

// Tapped handles a tap on the map at screen position p, lon/lat at: it
// places an annotation, or in select mode opens the one under the tap. It
// reports whether the tap was the tool's (else it selects features).
func (t *Tool) Tapped(p geo.Pixel, at orb.Point) bool {
	switch t.kind {
	case annotation.KindText:
		t.newEditor(annotation.Annotation{Kind: annotation.KindText, At: at}, true).d.Show()
	case annotation.KindArrow:
		if t.pending == nil {
			t.pending = &at
			t.o.Status(lang.L("Now click where the arrow points."))
			return true
		}
		t.newEditor(annotation.Annotation{Kind: annotation.KindArrow, At: *t.pending, To: at}, true).d.Show()
		t.pending = nil
	case annotation.KindCircle:
		km := geo.MetersPerPixel(at.Lat(), t.o.View().Zoom) * circlePixels / 1000
		t.newEditor(annotation.Annotation{Kind: annotation.KindCircle, At: at, RadiusKm: roundKm(km)}, true).d.Show()
	default:
		set := t.o.Annotations()
		id, ok := annotate.HitTest(set, t.o.View(), p, hitTolerance)
		if !ok {
			return false
		}
		t.newEditor(set.Annotations[set.Find(id)], false).d.Show()
	}
	return true
}

// update applies a change to a copy of the annotations (the overlay may be
// drawing the current set) and sets it.
func (t *Tool) update(change func(*annotation.Set)) {
	next := &annotation.Set{Version: annotation.Version}
	if cur := t.o.Annotations(); cur != nil {
		next.Annotations = append([]annotation.Annotation(nil), cur.Annotations...)
	}
	change(next)
	t.o.Set(next)
}

// roundKm rounds a radius to a number a person would choose.
func roundKm(km float64) float64 {
	switch {
	case km >= 100:
		return float64(int(km/50+0.5) * 50)
	case km >= 10:
		return float64(int(km/5+0.5) * 5)
	}
	return float64(int(km + 0.5))
}

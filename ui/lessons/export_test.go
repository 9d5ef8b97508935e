package lessons

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// TestExportMenu: the Lesson tab's Export… menu offers the animation and
// the handout of the lesson being edited, once it has a scene.
func TestExportMenu(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(900, 700))
	st := &stage{zoom: 6, year: 2008}
	var animated, printed []*lesson.Lesson
	p := New(Options{Window: w, Stage: st, AutosaveDir: t.TempDir(), Status: func(string) {}, Error: func(error) {},
		ExportAnimation: func(l *lesson.Lesson) { animated = append(animated, l) },
		ExportHandout:   func(l *lesson.Lesson) { printed = append(printed, l) }})
	t.Cleanup(p.Close)
	w.SetContent(p)

	items := p.exportMenu().Items
	if len(items) != 2 || items[0].Label != "Export lesson as animation…" || items[1].Label != "Export lesson handout (PDF)…" {
		t.Fatalf("menu %v, want the animation and the handout", items)
	}
	if !items[0].Disabled || !items[1].Disabled {
		t.Error("a lesson without scenes offers exports")
	}
	p.addCurrent()
	items = p.exportMenu().Items
	if items[0].Disabled || items[1].Disabled {
		t.Fatal("a lesson with a scene offers no export")
	}
	items[0].Action()
	items[1].Action()
	if len(animated) != 1 || animated[0] != p.Lesson() || len(printed) != 1 || printed[0] != p.Lesson() {
		t.Errorf("exported %v and %v, want the lesson being edited once each", animated, printed)
	}

	var button *widget.Button
	for _, o := range test.LaidOutObjects(p) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Export…" {
			button = b
		}
	}
	if button == nil {
		t.Fatal("no Export… button")
	}
	test.Tap(button)
	if menu := uitest.AllText(w.Canvas().Overlays().Top()); !strings.Contains(menu, "Export lesson handout (PDF)…") {
		t.Errorf("the button opens no menu of the exports:\n%s", menu)
	}
}

// TestNoExportWithoutTheWindow: a panel told of no exports shows no
// Export… button.
func TestNoExportWithoutTheWindow(t *testing.T) {
	p, _, _ := testPanel(t)
	for _, o := range test.LaidOutObjects(p) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Export…" {
			t.Error("an Export… button that exports nothing")
		}
	}
}

package ui

import (
	"bytes"
	"image/gif"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// dialogSelect is the select of the dialog on top of mw's window.
func dialogSelect(t *testing.T, mw *MainWindow) *widget.Select {
	t.Helper()
	for _, o := range test.LaidOutObjects(mw.win.Canvas().Overlays().Top()) {
		if s, ok := o.(*widget.Select); ok {
			return s
		}
	}
	t.Fatal("no select in the dialog")
	return nil
}

// settleExport runs the export's background work until the status line
// says how it ended.
func settleExport(t *testing.T, mw *MainWindow, q uiQueue) {
	t.Helper()
	q.Settle(t, func() bool {
		s := mw.status.text.Text
		return !strings.HasPrefix(s, "Exporting") && (strings.HasPrefix(s, "Wrote") || mw.win.Canvas().Overlays().Top() != nil && strings.Contains(uitest.Text(mw.win.Canvas().Overlays().Top()), "Error"))
	})
}

// TestAnimationOfTheView: Ctrl+Shift+E opens the Animation dialog on the
// years up to the one on screen, and its export animates the view on
// screen.
func TestAnimationOfTheView(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 2009})
	mw.shortcuts.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	top := mw.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(uitest.Text(top), "Export an animation of the years") {
		t.Fatal("Ctrl+Shift+E opened no Animation dialog")
	}
	dialogSelect(t, mw).SetSelected("custom")
	e := uitest.Entries(mw.win) // from, to, frames per year, hold, width, height, title, file
	if len(e) != 8 {
		t.Fatalf("%d entries in the Animation dialog, want 8", len(e))
	}
	if e[0].Text != "1980" || e[1].Text != "2009" {
		t.Errorf("years %s-%s, want 1980 to the year on screen", e[0].Text, e[1].Text)
	}
	path := filepath.Join(t.TempDir(), "vraem.gif")
	e[0].SetText("2008")
	e[4].SetText("400")
	e[5].SetText("300")
	e[7].SetText(path)
	uitest.Press(t, mw.win, "Export")
	settleExport(t, mw, q)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (status %q)", err, mw.status.text.Text)
	}
	g, err := gif.DecodeAll(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 2 || g.Config.Width != 400 || g.Config.Height != 300 {
		t.Errorf("%d frames of %dx%d, want 2 of 400x300", len(g.Image), g.Config.Width, g.Config.Height)
	}
	if s := mw.status.text.Text; !strings.Contains(s, "Wrote "+path) || !strings.Contains(s, "4.0 s") {
		t.Errorf("status %q, want what was written and its length", s)
	}
}

// TestLessonHandoutFromTheWindow: the Lesson tab offers its exports, and
// the handout of the lesson being edited is written as a PDF.
func TestLessonHandoutFromTheWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("draws a map at print resolution")
	}
	mw, q := newTestWindow(t, Options{})
	found := false
	for _, o := range test.LaidOutObjects(mw.side.lessons) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Export…" {
			found = true
		}
	}
	if !found {
		t.Error("the Lesson tab has no Export… button")
	}
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	l.Scenes = l.Scenes[:1]
	mw.side.lessons.Load(l, "")
	q.settle(t, mw)
	mw.exportLessonAnimation(mw.side.lessons.Lesson())
	if top := mw.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(uitest.Text(top), "Export the lesson as an animation") {
		t.Fatal("no lesson animation dialog")
	}
	uitest.Press(t, mw.win, "Cancel")
	mw.exportHandout(mw.side.lessons.Lesson())
	if top := mw.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(uitest.Text(top), "Export the lesson handout (PDF)") {
		t.Fatal("no handout dialog")
	}
	path := filepath.Join(t.TempDir(), "handout.pdf")
	e := uitest.Entries(mw.win)
	e[len(e)-1].SetText(path)
	uitest.Press(t, mw.win, "Export")
	settleExport(t, mw, q)
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v (status %q)", err, mw.status.text.Text)
	}
	if s := mw.status.text.Text; !strings.Contains(s, "Wrote "+path) {
		t.Errorf("status %q", s)
	}
}

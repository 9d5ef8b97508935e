package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// focusName names a focused control for a test's messages.
func focusName(mw *MainWindow, f fyne.Focusable) string {
	switch o := f.(type) {
	case nil:
		return "nothing"
	case *uikit.TipButton:
		return "button " + o.Text + o.Tip
	case *widget.Button:
		return "button " + o.Text
	case *widget.Check:
		return "check " + o.Text
	case *widget.Slider:
		return "slider"
	case *widget.Select:
		return "select " + o.Selected
	}
	if f == mw.mapv {
		return "map"
	}
	if f == mw.search.Entry() {
		return "search"
	}
	return fmt.Sprintf("%T", f)
}

// tabThrough presses Tab (or Shift+Tab) n times from the search box and
// lists where the focus went.
func tabThrough(mw *MainWindow, n int, back bool) []string {
	c := mw.win.Canvas()
	c.Focus(mw.search.Entry())
	out := []string{focusName(mw, c.Focused())}
	for range n {
		if back {
			c.FocusPrevious()
		} else {
			c.FocusNext()
		}
		out = append(out, focusName(mw, c.Focused()))
	}
	return out
}

// TestTabMovesBetweenControls: Tab and Shift+Tab go from the search box
// through the toolbar, the map and its buttons, the side panel's tabs and
// their controls to the timeline, and back (audit bug 4: Tab cycled the
// map's features for ever, and Shift+Tab went forward too).
func TestTabMovesBetweenControls(t *testing.T) {
	mw, _ := newTestWindow(t, Options{})
	order := tabThrough(mw, 80, false)
	joined := strings.Join(order, " | ")
	index := func(prefix string) int {
		for i, o := range order {
			if strings.HasPrefix(o, prefix) {
				return i
			}
		}
		t.Errorf("Tab never reaches %q:\n%s", prefix, joined)
		return -1
	}
	steps := []int{index("search"), index("map"), index("button Zoom in"), index("button Layers"), index("button Details"),
		index("button Lesson"), index("check "), index("slider")}
	for i := 1; i < len(steps); i++ {
		if steps[i] <= steps[i-1] {
			t.Errorf("Tab order is not search, map, zoom, tabs, layers, timeline:\n%s", joined)
			break
		}
	}
	back := tabThrough(mw, 3, true)
	if back[1] == back[0] || back[1] == order[1] {
		t.Errorf("Shift+Tab from the search box went to %s, want backwards (not %s)", back[1], order[1])
	}
	for i := 1; i < len(order); i++ {
		if order[i] == "map" && order[i-1] == "map" {
			t.Errorf("Tab stayed on the map:\n%s", joined)
		}
	}
}

// TestKeyboardOnly: a keyboard alone can search, select, change the year,
// export and present.
func TestKeyboardOnly(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	c := mw.win.Canvas()
	typeKey := func(k fyne.KeyName) {
		if f := c.Focused(); f != nil {
			f.TypedKey(&fyne.KeyEvent{Name: k})
		} else {
			mw.mapKey(&fyne.KeyEvent{Name: k})
		}
	}
	shortcut := func(k fyne.KeyName) {
		s := &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
		if sc, ok := c.Focused().(fyne.Shortcutable); ok {
			sc.TypedShortcut(s)
		} else {
			mw.shortcuts.TypedShortcut(s)
		}
	}

	shortcut(fyne.KeyF) // Ctrl+F
	if c.Focused() != mw.search.Entry() {
		t.Fatalf("Ctrl+F put the focus on %s, want the search box", focusName(mw, c.Focused()))
	}
	test.Type(mw.search.Entry(), "vizcatan")
	typeKey(fyne.KeyDown)
	typeKey(fyne.KeyUp)
	typeKey(fyne.KeyReturn)
	q.settle(t, mw)
	if !strings.Contains(mw.state.Selected, "vizcatan") || c.Focused() != mw.mapv {
		t.Fatalf("search and Enter: selected %q, focus on %s; want Vizcatán selected and the map focused", mw.state.Selected, focusName(mw, c.Focused()))
	}
	if mw.side.details.Shown() != mw.state.Selected {
		t.Errorf("the details show %q, want the feature found", mw.side.details.Shown())
	}

	mw.mapv.TypedRune('n')
	if mw.state.Selected == "" {
		t.Error("N selected nothing")
	}
	year := mw.state.Year
	typeKey(fyne.KeyPageDown)
	if mw.state.Year != year-1 {
		t.Errorf("Page Down: year %d, want %d", mw.state.Year, year-1)
	}

	c.Focus(mw.search.Entry()) // Ctrl+E works from the search box too
	shortcut(fyne.KeyE)
	if top := c.Overlays().Top(); top == nil || !strings.Contains(uitest.Text(top), "Export the view") {
		t.Fatal("Ctrl+E in the search box opened no Export dialog")
	}
	c.Overlays().Top().Hide()

	c.Focus(mw.mapv)
	typeKey(fyne.KeyF11)
	if !mw.pres.on {
		t.Fatal("F11 on the map did not present")
	}
	typeKey(fyne.KeyEscape) // closes the selection
	typeKey(fyne.KeyEscape) // leaves
	if mw.pres.on {
		t.Error("Esc, Esc did not leave presentation mode")
	}
}

package uikit

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// shownLabels is the text of every label in the window's top overlay (the
// dialog), in order.
func shownLabels(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// shownScroll is the scrolling area of the window's top overlay.
func shownScroll(w fyne.Window) *container.Scroll {
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if s, ok := o.(*container.Scroll); ok {
			return s
		}
	}
	return nil
}

func TestErrorDialogShowsTheWholeMessage(t *testing.T) {
	long := strings.Repeat("lesson.json: scene 3 (id \"flights\"): zoom: 13 is outside 4..12\n", 40)
	tests := []struct {
		desc string
		err  error
		want []string
	}{
		{desc: "error built without %w (fyne's dialog crashed on its nil Unwrap)",
			err:  errors.New("annotation: text: missing (a text annotation needs a label)"),
			want: []string{"annotation: text: missing (a text annotation needs a label)"}},
		{desc: "wrapped error keeps the file and the reason, not just the sentinel",
			err:  fmt.Errorf("lesson /home/ana/vraem.json: %w", errors.New("lesson: invalid lesson")),
			want: []string{"/home/ana/vraem.json", "lesson: invalid lesson"}},
		{desc: "nil error", err: nil, want: []string{"no reason was given"}},
		{desc: "blank message", err: errors.New("  "), want: []string{"no reason was given"}},
		{desc: "long message of many lines", err: errors.New(long), want: []string{strings.TrimSpace(long)}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, widget.NewLabel("behind"))
			w.Resize(fyne.NewSize(800, 600))
			ShowError(tc.err, w)
			got := shownLabels(w)
			for _, want := range tc.want {
				if !strings.Contains(got, want) {
					t.Errorf("dialog shows %q, want it to contain %q", got, want)
				}
			}
			scroll := shownScroll(w)
			if scroll == nil {
				t.Fatal("the message is not in a scrolling area")
			}
			if s := scroll.MinSize(); s.Width > errorWidth || s.Height > 600*errorWindowPart/2 || s.Height <= 0 {
				t.Errorf("message area %v: want it within %v wide and %v high", s, errorWidth, 600*errorWindowPart/2)
			}
		})
	}
}

func TestStatusLineIsOneLine(t *testing.T) {
	tests := []struct {
		desc string
		err  error
		want string
	}{
		{desc: "one line", err: errors.New("export: size 5 x 5"), want: "export: size 5 x 5"},
		{desc: "lines joined", err: errors.New("a.json: scene 1: title: missing\na.json: scene 2: zoom: 13"), want: "a.json: scene 1: title: missing · a.json: scene 2: zoom: 13"},
		{desc: "nil", err: nil, want: "Something went wrong, and no reason was given."},
	}
	test.NewTempApp(t)
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := StatusLine(tc.err); got != tc.want {
				t.Errorf("StatusLine = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLinkRunsItsFunction(t *testing.T) {
	test.NewTempApp(t)
	ran := 0
	l := Link("Callao (Lima)", func() { ran++ })
	test.Tap(l)
	if ran != 1 {
		t.Errorf("tapping the link ran its function %d times, want 1", ran)
	}
	if l.URL != nil || l.Wrapping != fyne.TextWrapWord {
		t.Errorf("link has URL %v and wrapping %v, want none and word wrapping", l.URL, l.Wrapping)
	}
}

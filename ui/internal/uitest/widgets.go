package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Entries lists the entries of the dialog on top of w, in order; none
// when no dialog is open.
func Entries(w fyne.Window) []*widget.Entry {
	var out []*widget.Entry
	if top := w.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if e, ok := o.(*widget.Entry); ok {
				out = append(out, e)
			}
		}
	}
	return out
}

// Press taps the button labelled text in the dialog on top of w, as a
// user would: a disabled button does nothing. It fails tb when there is no
// such button.
func Press(tb testing.TB, w fyne.Window, text string) {
	tb.Helper()
	if top := w.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				test.Tap(b)
				return
			}
		}
	}
	tb.Fatalf("uitest: no %q button in a dialog", text)
}

// Text is what o shows as text: its rich texts (lists item by item),
// labels and links, one a line.
func Text(o fyne.CanvasObject) string {
	var b strings.Builder
	var segments func(ss []widget.RichTextSegment)
	segments = func(ss []widget.RichTextSegment) {
		for _, s := range ss {
			if l, ok := s.(*widget.ListSegment); ok {
				segments(l.Items)
				continue
			}
			b.WriteString(s.Textual() + "\n")
		}
	}
	for _, o := range test.LaidOutObjects(o) {
		switch o := o.(type) {
		case *widget.RichText:
			segments(o.Segments)
		case *widget.Label:
			b.WriteString(o.Text + "\n")
		case *widget.Hyperlink:
			b.WriteString(o.Text + "\n")
		}
	}
	return b.String()
}

// AllText is everything o could show as text, hidden parts included: what
// Text finds, and the words of buttons, check boxes, selects (every
// option), radio groups, entries (text and placeholder), plain canvas
// texts and tooltips (any object with a TipText method), one a
// line. Tests of the interface's language read it.
func AllText(o fyne.CanvasObject) string {
	var b strings.Builder
	b.WriteString(Text(o))
	for _, o := range test.LaidOutObjects(o) {
		switch o := o.(type) {
		case *widget.Button:
			b.WriteString(o.Text + "\n")
		case *widget.Check:
			b.WriteString(o.Text + "\n")
		case *widget.Select:
			b.WriteString(o.PlaceHolder + "\n" + strings.Join(o.Options, "\n") + "\n")
		case *widget.RadioGroup:
			b.WriteString(strings.Join(o.Options, "\n") + "\n")
		case *widget.Entry:
			b.WriteString(o.Text + "\n" + o.PlaceHolder + "\n")
		case *canvas.Text:
			b.WriteString(o.Text + "\n")
		}
		if t, ok := o.(interface{ TipText() string }); ok {
			b.WriteString(t.TipText() + "\n")
		}
	}
	return b.String()
}

package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FitSelect returns s in a container as wide as its longest option, so
// the choice on show is never cut to "Select feat…" (a Select is only as
// wide as its placeholder otherwise).
func FitSelect(s *widget.Select) fyne.CanvasObject {
	return container.New(&fitSelect{s: s}, s)
}

type fitSelect struct{ s *widget.Select }

// MinSize is the select's own height and room for its longest option,
// its padding and its drop-down icon.
func (l *fitSelect) MinSize([]fyne.CanvasObject) fyne.Size {
	th := l.s.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	size := th.Size(theme.SizeNameText)
	w := float32(0)
	for _, o := range append([]string{l.s.PlaceHolder}, l.s.Options...) {
		w = max(w, fyne.MeasureText(o, size, fyne.TextStyle{}).Width)
	}
	min := l.s.MinSize()
	return fyne.NewSize(max(min.Width, w+inner*4+th.Size(theme.SizeNameInlineIcon)), min.Height)
}

// Layout gives the select all of the room.
func (l *fitSelect) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// NewSelect returns a select of options calling changed, whose
// placeholder ("(Select one)") is in the UI language: fyne's is English.
func NewSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = lang.L("(Select one)")
	return s
}

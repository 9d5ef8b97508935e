package uikit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Sizes of the error dialog's text area, in logical pixels: wide enough
// for a file path and a reason on one line, never wider or taller than
// most of the window (longer messages scroll).
const (
	errorWidth      = 560
	errorMaxHeight  = 360
	errorWindowPart = 0.8
)

// ErrorMessage is what the error dialog and the status line say for err:
// its whole message (file, field and reason, every line of it), or a
// sentence saying that no reason was given when err is nil.
func ErrorMessage(err error) string {
	if err == nil {
		return lang.L("Something went wrong, and no reason was given.")
	}
	if msg := strings.TrimSpace(err.Error()); msg != "" {
		return msg
	}
	return lang.L("Something went wrong, and no reason was given.")
}

// StatusLine is ErrorMessage on one line, for a status bar that must not
// grow: the message's lines joined with " · ".
func StatusLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(ErrorMessage(err), "\n", " · ")), " ")
}

// NewError returns a dialog over win showing err's whole message,
// word-wrapped and scrolling when long. Unlike fyne's dialog.NewError it
// accepts any error, nil included.
func NewError(err error, win fyne.Window) dialog.Dialog {
	text := widget.NewLabel(ErrorMessage(err))
	text.Wrapping = fyne.TextWrapWord
	w := float32(errorWidth)
	h := float32(errorMaxHeight)
	if c := win.Canvas(); c != nil && c.Size().Width > 0 {
		w = min(w, c.Size().Width*errorWindowPart)
		h = min(h, c.Size().Height*errorWindowPart/2)
	}
	text.Resize(fyne.NewSize(w, text.MinSize().Height))
	h = min(h, text.MinSize().Height)
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(w, h))
	content := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.ErrorIcon())), nil, scroll)
	return dialog.NewCustom(lang.L("Error"), lang.L("OK"), content, win)
}

// ShowError shows NewError(err, win).
func ShowError(err error, win fyne.Window) { NewError(err, win).Show() }

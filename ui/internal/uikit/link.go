package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Link is a word-wrapping hyperlink that runs f instead of opening a URL.
func Link(text string, f func()) *widget.Hyperlink {
	l := widget.NewHyperlink(text, nil)
	l.Wrapping = fyne.TextWrapWord
	l.OnTapped = f
	return l
}

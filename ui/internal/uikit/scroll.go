package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// wheelSpeed is how many times further than fyne's own a wheel notch
// scrolls a panel: fyne moves about a line a notch, and a feature's
// details took some fifty notches to read through.
const wheelSpeed = 4

// Scroll is a vertical scroll container that a mouse wheel moves through
// at a reading pace.
type Scroll struct {
	container.Scroll
}

// NewScroll returns content in a vertical Scroll.
func NewScroll(content fyne.CanvasObject) *Scroll {
	s := &Scroll{}
	s.Content = content
	s.Direction = container.ScrollVerticalOnly
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled scrolls wheelSpeed times as far as fyne's scroll container.
func (s *Scroll) Scrolled(ev *fyne.ScrollEvent) {
	fast := *ev
	fast.Scrolled.DX *= wheelSpeed
	fast.Scrolled.DY *= wheelSpeed
	s.Scroll.Scrolled(&fast)
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Widths of the window's layout, in logical pixels.
const (
	// narrowWidth: below it the side panel is a drawer over the map
	// instead of a column beside it (a 1024x768 projector gets the drawer).
	narrowWidth = 1100
	// panelMin, panelMax and panelPart size the docked side panel: a
	// part of the window's width, within limits.
	panelMin  = 340
	panelMax  = 460
	panelPart = 0.3
	// drawerMax is the widest the drawer gets; drawerPart of the window at
	// most on the narrowest.
	drawerMax  = 420
	drawerPart = 0.9
	// cardMaxWidth is the widest the timeline card gets in presentation
	// mode.
	cardMaxWidth = 980
)

// shell arranges the window's parts for its width and mode. Its objects,
// in Tab order: the toolbar, the map area (the map and its buttons),
// presentation mode's furniture over the map, the side panel, the
// timeline and the status line.
//
//   - wide: the toolbar on top, the side panel in a column right of the
//     map (unless collapsed), the timeline and the status line below;
//   - narrow (under narrowWidth): the same, with the side panel as a
//     drawer over the right of the map, open or closed;
//   - presenting: the map fills the window, the furniture lies over it,
//     the timeline floats in a card at the bottom while the controls show;
//     the toolbar, the side panel and the status line are hidden.
type shell struct {
	toolbar, mapArea, furniture, side, timeline, status fyne.CanvasObject

	presenting bool
	controls   bool // presentation controls shown (the pointer moved lately)
	drawerOpen bool // the side panel, on a narrow window
	collapsed  bool // the side panel, on a wide window
	narrow     bool // as laid out last

	// onLayout is told the map's rectangle after every layout.
	onLayout func(mapPos fyne.Position, mapSize fyne.Size)
	// mapFurniture, when set, tells how far up from the map's bottom edge
	// the map's scale bar and credit reach: presentation mode's timeline
	// card floats above them, never over them.
	mapFurniture func() float32
}

// objects lists the parts in Tab order.
func (s *shell) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{s.toolbar, s.mapArea, s.furniture, s.side, s.timeline, s.status}
}

// sideShown reports whether the side panel is on screen now.
func (s *shell) sideShown() bool {
	if s.presenting {
		return false
	}
	if s.narrow {
		return s.drawerOpen
	}
	return !s.collapsed
}

// Layout places the parts.
func (s *shell) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	s.narrow = size.Width < narrowWidth
	pad := theme.Padding()
	show := func(o fyne.CanvasObject, on bool) {
		if on && !o.Visible() {
			o.Show()
		} else if !on && o.Visible() {
			o.Hide()
		}
	}
	place := func(o fyne.CanvasObject, x, y, w, h float32) {
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(max(w, 0), max(h, 0)))
	}
	show(s.toolbar, !s.presenting)
	show(s.status, !s.presenting)
	show(s.furniture, s.presenting)
	show(s.side, s.sideShown())
	if s.presenting {
		place(s.mapArea, 0, 0, size.Width, size.Height)
		place(s.furniture, 0, 0, size.Width, size.Height)
		show(s.timeline, s.controls)
		th := s.timeline.MinSize().Height
		w := min(size.Width-2*pad, cardMaxWidth)
		place(s.timeline, (size.Width-w)/2, size.Height-th-2*pad-s.mapFurnitureHeight(), w, th)
		s.told(fyne.NewPos(0, 0), size)
		return
	}
	show(s.timeline, true)
	top := s.toolbar.MinSize().Height
	place(s.toolbar, 0, 0, size.Width, top)
	sh := s.status.MinSize().Height
	th := s.timeline.MinSize().Height
	place(s.status, 0, size.Height-sh, size.Width, sh)
	place(s.timeline, 0, size.Height-sh-th, size.Width, th)
	mid := size.Height - top - sh - th
	mapW := size.Width
	switch {
	case s.narrow && s.drawerOpen:
		w := min(drawerMax, size.Width*drawerPart)
		place(s.side, size.Width-w, top, w, mid)
	case !s.narrow && !s.collapsed:
		w := min(max(size.Width*panelPart, panelMin, s.side.MinSize().Width), panelMax)
		mapW = size.Width - w
		place(s.side, mapW, top, w, mid)
	}
	place(s.mapArea, 0, top, mapW, mid)
	s.told(fyne.NewPos(0, top), fyne.NewSize(mapW, mid))
}

// cardRoom is how much of the map's bottom edge presentation mode keeps
// for the timeline's card (whether it shows now or not), the map's own
// furniture under it, and a padding above it: the compact legend sits
// above this.
func (s *shell) cardRoom() float32 {
	return s.timeline.MinSize().Height + 3*theme.Padding() + s.mapFurnitureHeight()
}

func (s *shell) mapFurnitureHeight() float32 {
	if s.mapFurniture == nil {
		return 0
	}
	return s.mapFurniture()
}

func (s *shell) told(pos fyne.Position, size fyne.Size) {
	if s.onLayout != nil {
		s.onLayout(pos, size)
	}
}

// MinSize is what the smallest window must hold: a usable map, the toolbar
// folded, the timeline and the status line.
func (s *shell) MinSize([]fyne.CanvasObject) fyne.Size {
	if s.presenting {
		return fyne.NewSize(320, 240)
	}
	w := max(s.toolbar.MinSize().Width, s.timeline.MinSize().Width, 480)
	h := s.toolbar.MinSize().Height + 240 + s.timeline.MinSize().Height + s.status.MinSize().Height
	return fyne.NewSize(w, h)
}

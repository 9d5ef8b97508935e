package mapview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/perutraffickingatlas/atlas/geo"
)

// wheelZoomPerUnit converts scroll deltas to zoom levels: a mouse-wheel
// notch (25 units on Linux and Windows) zooms half a level; trackpads send
// smaller deltas and zoom smoothly.
const wheelZoomPerUnit = 1.0 / 50

// keyPanStep is how far, in logical pixels, an arrow key pans.
const keyPanStep = 96

func toPixel(p fyne.Position) geo.Pixel { return geo.Pixel{X: float64(p.X), Y: float64(p.Y)} }

// Dragged pans the map with the pointer.
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	m.stopAnimation()
	m.setView(m.view.Pan(float64(ev.Dragged.DX), float64(ev.Dragged.DY)))
}

// DragEnd ends a pan; the view is already where the drag left it.
func (m *MapView) DragEnd() {}

// Scrolled zooms about the pointer: wheel notches by half levels,
// trackpad gestures fractionally.
func (m *MapView) Scrolled(ev *fyne.ScrollEvent) {
	m.stopAnimation()
	d := float64(ev.Scrolled.DY) * wheelZoomPerUnit
	d = math.Max(-1, math.Min(1, d))
	if d == 0 {
		return
	}
	m.setView(m.view.ZoomAbout(d, toPixel(ev.Position)))
}

// DoubleTapped zooms in one level about the pointer.
func (m *MapView) DoubleTapped(ev *fyne.PointEvent) {
	m.zoomBy(1, toPixel(ev.Position))
}

// Tapped focuses the map (for keyboard control) and reports the tap.
func (m *MapView) Tapped(ev *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		c.Focus(m)
	}
	if m.OnTapped != nil {
		p := toPixel(ev.Position)
		m.OnTapped(p, m.view.FromScreen(p))
	}
}

// MouseIn reports pointer movement (desktop.Hoverable).
func (m *MapView) MouseIn(*desktop.MouseEvent) { m.mouseMoved() }

// MouseMoved reports pointer movement (desktop.Hoverable).
func (m *MapView) MouseMoved(*desktop.MouseEvent) { m.mouseMoved() }

// MouseOut is part of desktop.Hoverable.
func (m *MapView) MouseOut() {}

func (m *MapView) mouseMoved() {
	if m.OnMouseMoved != nil {
		m.OnMouseMoved()
	}
}

// FocusGained is part of fyne.Focusable: the map takes keys when focused
// and shows a focus ring.
func (m *MapView) FocusGained() {
	m.focused = true
	m.Refresh()
}

// FocusLost is part of fyne.Focusable: the focus ring goes.
func (m *MapView) FocusLost() {
	m.focused = false
	m.Refresh()
}

// Focused reports whether the map has the keyboard focus.
func (m *MapView) Focused() bool { return m.focused }

// TypedRune offers r to OnRune, then zooms with + and -.
func (m *MapView) TypedRune(r rune) {
	if m.OnRune != nil && m.OnRune(r) {
		return
	}
	switch r {
	case '+', '=':
		m.ZoomIn()
	case '-', '_':
		m.ZoomOut()
	}
}

// TypedKey pans with the arrow keys. Zoom keys arrive as runes (TypedRune),
// which also covers the keypad, so they are not handled twice here.
func (m *MapView) TypedKey(ev *fyne.KeyEvent) {
	if m.OnKey != nil && m.OnKey(ev) {
		return
	}
	switch ev.Name {
	case fyne.KeyLeft:
		m.setView(m.view.Pan(keyPanStep, 0))
	case fyne.KeyRight:
		m.setView(m.view.Pan(-keyPanStep, 0))
	case fyne.KeyUp:
		m.setView(m.view.Pan(0, keyPanStep))
	case fyne.KeyDown:
		m.setView(m.view.Pan(0, -keyPanStep))
	}
}

// stopAnimation stops a flight or a smooth zoom of the map, of its lead
// and of its twins: they move as one.
func (m *MapView) stopAnimation() {
	for g := range m.group() {
		g.stopOwnAnimation()
	}
}

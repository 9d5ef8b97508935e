package uikit

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipDelay is how long the pointer rests on a button before its tip shows;
// a button reached with the keyboard shows it at once.
const tipDelay = 600 * time.Millisecond

// Tips shows the tooltips of TipButtons on a layer of the window's
// content. The layer must lie over the whole content at its top-left
// corner (the second object of a Stack with it, say); it is not one of the
// canvas's overlays, so showing a tip never takes the keyboard focus away
// from where the user is typing.
type Tips struct {
	layer *fyne.Container
	box   *fyne.Container
	text  *canvas.Text
	bg    *canvas.Rectangle
	timer *time.Timer
	owner *TipButton
	post  func(func())
}

// NewTips returns tooltips drawn on layer, a container without a layout
// that may hold other floating objects too. post runs a function on the
// UI goroutine; nil means fyne.Do.
func NewTips(layer *fyne.Container, post func(func())) *Tips {
	if post == nil {
		post = fyne.Do
	}
	t := &Tips{layer: layer, text: canvas.NewText("", nil), bg: canvas.NewRectangle(nil), post: post}
	t.box = container.NewWithoutLayout(t.bg, t.text)
	t.box.Hide()
	layer.Add(t.box)
	return t
}

// Shown is the text of the tip on screen, "" when none is.
func (t *Tips) Shown() string {
	if !t.box.Visible() {
		return ""
	}
	return t.text.Text
}

// show puts b's tip under b (above it when there is no room below), inside
// the layer.
func (t *Tips) show(b *TipButton) {
	t.cancel()
	d := fyne.CurrentApp().Driver()
	if b.Tip == "" || d.CanvasForObject(b) == nil || !b.Visible() {
		return
	}
	t.owner = b
	th := b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNamePadding)
	t.text.Text, t.text.TextSize = b.Tip, th.Size(theme.SizeNameText)
	t.text.Color = th.Color(theme.ColorNameForeground, v)
	t.bg.FillColor = th.Color(theme.ColorNameOverlayBackground, v)
	t.bg.StrokeColor, t.bg.StrokeWidth = th.Color(theme.ColorNameForeground, v), 1
	t.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	ts := t.text.MinSize()
	size := fyne.NewSize(ts.Width+2*pad, ts.Height+pad)
	at := d.AbsolutePositionForObject(b).Subtract(d.AbsolutePositionForObject(t.layer))
	pos := at.Add(fyne.NewPos(0, b.Size().Height+pad/2))
	if pos.Y+size.Height > t.layer.Size().Height {
		pos.Y = at.Y - size.Height - pad/2
	}
	pos.X = max(0, min(pos.X, t.layer.Size().Width-size.Width))
	t.bg.Resize(size)
	t.text.Move(fyne.NewPos(pad, pad/2))
	t.text.Resize(ts)
	t.box.Move(pos)
	t.box.Resize(size)
	t.box.Show()
	t.box.Refresh()
}

// later shows b's tip after tipDelay, unless cancelled first.
func (t *Tips) later(b *TipButton) {
	t.cancel()
	t.timer = time.AfterFunc(tipDelay, func() {
		t.post(func() {
			if t.owner == nil {
				t.show(b)
			}
		})
	})
	t.owner = nil
}

// hide takes b's tip away (any tip when b is nil).
func (t *Tips) hide(b *TipButton) {
	if b != nil && t.owner != nil && t.owner != b {
		return
	}
	t.cancel()
	t.owner = nil
	if t.box.Visible() {
		t.box.Hide()
	}
}

func (t *Tips) cancel() {
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}

// TipButton is a button with a tooltip: shown when the pointer rests on
// it or the keyboard focus reaches it. Icon-only buttons must say what
// they do this way.
type TipButton struct {
	widget.Button
	// Tip is the text of the tooltip.
	Tip  string
	tips *Tips
}

var (
	_ desktop.Hoverable = (*TipButton)(nil)
	_ fyne.Focusable    = (*TipButton)(nil)
)

// Button returns a button showing text and icon (either may be empty)
// that calls tapped, with tip as its tooltip.
func (t *Tips) Button(text string, icon fyne.Resource, tip string, tapped func()) *TipButton {
	b := &TipButton{Tip: tip, tips: t}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn shows the tip after a moment.
func (b *TipButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	b.tips.later(b)
}

// MouseOut hides the tip.
func (b *TipButton) MouseOut() {
	b.Button.MouseOut()
	b.tips.hide(b)
}

// FocusGained shows the tip at once: a keyboard user sees what the button
// does before pressing it.
func (b *TipButton) FocusGained() {
	b.Button.FocusGained()
	b.tips.show(b)
}

// FocusLost hides the tip.
func (b *TipButton) FocusLost() {
	b.Button.FocusLost()
	b.tips.hide(b)
}

// Tapped hides the tip and presses the button.
func (b *TipButton) Tapped(ev *fyne.PointEvent) {
	b.tips.hide(b)
	b.Button.Tapped(ev)
}

// TipText is the button's tooltip.
func (b *TipButton) TipText() string { return b.Tip }

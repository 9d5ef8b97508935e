package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Sizes of the details card while presenting.
const (
	cardPart = 0.32
	cardMax  = 420
)

// rect is a rectangle of the map widget, in its logical pixels.
type rect struct{ X, Y, W, H float32 }

// furnitureLayout places presentation mode's furniture over the map: the
// caption strip across the top (only the year's badge when no lesson is
// on), the controls in a row under it on the right, the details card
// under them, the compact legend at the bottom left, above the scale bar
// and the timeline's card (which shows with the controls). It works out
// the free area, the largest part of the map none of them covers, where a
// scene's flight lands the selected feature. Its objects are the strip,
// the controls, the card and the legend.
type furnitureLayout struct {
	p        *presenter
	free     rect
	covered  []rect // what the map's labels must keep out of
	onLayout func()
	// bottom is the room the timeline's card takes at the bottom.
	bottom func() float32
	// mapFurniture is how high the map's own furniture (its scale bar and
	// credit) reaches from the bottom, as the map measured it.
	mapFurniture func() float32
}

// Layout places the furniture and works out the free area.
func (l *furnitureLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	strip, controls, card, legend := objs[0], objs[1], objs[2], objs[3]
	pad := theme.Padding()
	l.covered = l.covered[:0]
	top := float32(0)
	sw := size.Width
	if l.p.scene == 0 {
		sw = min(size.Width, strip.MinSize().Width)
	}
	strip.Resize(fyne.NewSize(sw, strip.MinSize().Height))
	sh := strip.MinSize().Height // a wrapped caption's height follows its width
	strip.Move(fyne.NewPos(0, 0))
	strip.Resize(fyne.NewSize(sw, sh))
	l.covered = append(l.covered, rect{0, 0, sw, sh})
	top = sh + pad
	cm := controls.MinSize()
	controls.Move(fyne.NewPos(size.Width-cm.Width-pad, top))
	controls.Resize(cm)
	if controls.Visible() {
		l.covered = append(l.covered, rect{size.Width - cm.Width - pad, top, cm.Width, cm.Height})
	}
	cardTop := top + cm.Height + pad // under the controls, which come and go
	floor := float32(0)
	if l.mapFurniture != nil {
		floor = l.mapFurniture()
	}
	low := floor
	if l.bottom != nil {
		low = max(low, l.bottom())
	}
	right := size.Width
	if card.Visible() {
		cw := min(size.Width*cardPart, cardMax)
		right = size.Width - cw - pad
		card.Move(fyne.NewPos(right, cardTop))
		card.Resize(fyne.NewSize(cw, size.Height-cardTop-low))
		l.covered = append(l.covered, rect{right, cardTop, cw, size.Height - cardTop - low})
	}
	l.free = rect{0, top, right, max(size.Height-top-floor, 0)}
	if legend.Visible() {
		lm := legend.MinSize()
		lm.Width = min(lm.Width, size.Width*0.4)
		ly := size.Height - low - lm.Height
		legend.Move(fyne.NewPos(pad, ly))
		legend.Resize(lm)
		l.covered = append(l.covered, rect{pad, ly, lm.Width, lm.Height})
		// Leave the legend out of the free area by its height or its
		// width, whichever costs less of it.
		if lm.Height*l.free.W < (lm.Width+pad)*l.free.H {
			l.free.H = max(ly-top, 0)
		} else {
			l.free.X, l.free.W = lm.Width+2*pad, max(right-lm.Width-2*pad, 0)
		}
	}
	if l.onLayout != nil {
		l.onLayout()
	}
}

// MinSize is small: the furniture lies over a map of any size.
func (l *furnitureLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

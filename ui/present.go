package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/ui/details"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// controlsIdle is how long presentation controls stay after the pointer
// stops moving.
const controlsIdle = 3 * time.Second

// presentationTheme is for projectors: larger type and controls, pure
// black on white, a strong accent.
type presentationTheme struct{ fyne.Theme }

func newPresentationTheme() fyne.Theme { return presentationTheme{newClassroomTheme()} }

// Color raises the contrast of text and panels.
func (t presentationTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameForeground:
		return color.Black
	case theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground:
		return color.White
	case theme.ColorNamePrimary:
		return color.NRGBA{R: 0x00, G: 0x46, B: 0x8c, A: 0xff}
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}
	}
	return t.Theme.Color(n, v)
}

// Size makes text and controls about 1.6 times larger.
func (t presentationTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameInlineIcon, theme.SizeNameInnerPadding, theme.SizeNamePadding:
		return s * 1.6
	}
	return s
}

// presenter holds presentation mode's own widgets.
type presenter struct {
	on       bool
	details  *details.Panel
	card     fyne.CanvasObject
	controls []fyne.CanvasObject
	hideAt   *time.Timer
	caption  *widget.RichText
	over     *fyne.Container // the layer holding the controls, re-laid out on show/hide
	// captionCard shows the current lesson scene's caption at the top.
	captionCard fyne.CanvasObject
}

// TogglePresentation enters or leaves presentation mode.
func (mw *MainWindow) TogglePresentation() { mw.SetPresenting(!mw.pres.on) }

// SetPresenting switches presentation mode: full screen, the projector
// theme, larger map symbols, the map alone with the details as a card over
// it and controls that hide until the mouse moves.
func (mw *MainWindow) SetPresenting(on bool) {
	if on == mw.pres.on {
		return
	}
	mw.pres.on = on
	if on {
		mw.app.Settings().SetTheme(newPresentationTheme())
		mw.win.SetContent(mw.presentLayout())
	} else {
		mw.stopHideTimer()
		mw.app.Settings().SetTheme(newClassroomTheme())
		mw.win.SetContent(mw.layout())
	}
	mw.win.SetFullScreen(on)
	mw.redraw()
	mw.showSelectionCard()
	mw.win.Canvas().Focus(mw.mapv)
}

// presentLayout is the map filling the screen with a details card on the
// right, a caption card on top and the timeline at the bottom.
func (mw *MainWindow) presentLayout() fyne.CanvasObject {
	if mw.pres.details == nil {
		mw.pres.details = details.New(mw.ds)
		mw.pres.details.OnClose = mw.clearSelection
		mw.pres.details.OnRelated = mw.openFeature
		mw.pres.caption = widget.NewRichText()
		mw.pres.caption.Wrapping = fyne.TextWrapWord
	}
	card := newCard(mw.pres.details)
	mw.pres.card = card
	exit := widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), func() { mw.SetPresenting(false) })
	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), mw.mapv.ZoomIn)
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), mw.mapv.ZoomOut)
	buttons := container.NewVBox(exit, zoomIn, zoomOut)
	timeline := newCard(mw.timeline)
	mw.pres.controls = []fyne.CanvasObject{buttons, timeline}
	cardArea := container.New(&fractionLayout{right: 0.36}, card)
	mw.pres.captionCard = newCard(mw.pres.caption)
	mw.pres.captionCard.Hide()
	top := container.NewBorder(nil, nil, container.NewPadded(buttons), nil, container.New(&fractionLayout{right: 0.6, left: true}, mw.pres.captionCard))
	over := container.NewBorder(top, container.NewPadded(timeline), nil, nil, cardArea)
	mw.pres.over = over
	mw.mapv.OnMouseMoved = mw.showControls
	mw.showControls()
	if i := mw.side.lessons.Current(); i >= 0 {
		s := mw.side.lessons.Lesson().Scenes[i]
		mw.showCaption(s.TitleIn(i18n.Current()), s.CaptionIn(i18n.Current()))
	}
	return container.NewStack(mw.mapv, over)
}

// showSelectionCard shows the card when something is selected.
func (mw *MainWindow) showSelectionCard() {
	if !mw.pres.on || mw.pres.card == nil {
		return
	}
	if f, ok := mw.ds.ByID(mw.state.Selected); ok {
		mw.pres.details.ShowFeature(f)
		mw.pres.card.Show()
	} else {
		mw.pres.details.Clear()
		mw.pres.card.Hide()
	}
}

// showControls shows the presentation controls and hides them again after
// the pointer has rested for controlsIdle.
func (mw *MainWindow) showControls() {
	if !mw.pres.on {
		return
	}
	if len(mw.pres.controls) > 0 && !mw.pres.controls[0].Visible() {
		for _, c := range mw.pres.controls {
			c.Show()
		}
		mw.pres.over.Refresh()
	}
	mw.stopHideTimer()
	idle := controlsIdle
	if mw.opts.controlsIdle > 0 {
		idle = mw.opts.controlsIdle
	}
	mw.pres.hideAt = time.AfterFunc(idle, func() {
		fyne.Do(func() {
			if !mw.pres.on || mw.timeline.Playing() {
				return
			}
			for _, c := range mw.pres.controls {
				c.Hide()
			}
			mw.pres.over.Refresh()
		})
	})
}

func (mw *MainWindow) stopHideTimer() {
	if mw.pres.hideAt != nil {
		mw.pres.hideAt.Stop()
		mw.pres.hideAt = nil
	}
}

// newCard puts content on a white, slightly translucent rounded panel.
func newCard(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xee})
	bg.CornerRadius = 10
	bg.StrokeColor = color.NRGBA{R: 0x33, G: 0x33, B: 0x33, A: 0x80}
	bg.StrokeWidth = 1
	return container.NewStack(bg, container.NewPadded(content))
}

// fractionLayout gives its single object a fraction of the width, on the
// right (the details card) or the left (the caption card), full height
// unless the object is shorter.
type fractionLayout struct {
	right float32 // fraction of the width
	left  bool    // place on the left, at the object's own height
}

// Layout places the objects.
func (l *fractionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := size.Width * l.right
	for _, o := range objs {
		if l.left {
			o.Move(fyne.NewPos(0, 0))
			o.Resize(fyne.NewSize(w, o.MinSize().Height))
			continue
		}
		o.Move(fyne.NewPos(size.Width-w, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

// MinSize is the tallest object's height for left placement, small
// otherwise: the details card scrolls.
func (l *fractionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if !l.left {
		return fyne.NewSize(100, 100)
	}
	h := float32(0)
	for _, o := range objs {
		if o.Visible() {
			h = max(h, o.MinSize().Height)
		}
	}
	return fyne.NewSize(100, h)
}

// showCaption shows a lesson scene's title and caption: as a card over the
// map when presenting, in the status line otherwise.
func (mw *MainWindow) showCaption(title, caption string) {
	mw.setStatus(title + ": " + caption)
	if !mw.pres.on || mw.pres.caption == nil {
		return
	}
	mw.pres.caption.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: title, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: caption, Style: widget.RichTextStyleParagraph},
	}
	mw.pres.caption.Refresh()
	mw.pres.captionCard.Show()
	mw.pres.over.Refresh()
}

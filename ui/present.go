package ui

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/details"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// controlsIdle is how long presentation controls stay after the pointer
// stops moving.
const controlsIdle = 3 * time.Second

// yearScale is the year's size in the strip, in heading sizes.
const yearScale = 1.4

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

// presentTextScale is how much larger presentation mode makes text,
// icons and paddings: readable from the back of a classroom at 1024x768.
const presentTextScale = 1.6

// Size makes text and controls presentTextScale times larger.
func (t presentationTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameInlineIcon, theme.SizeNameInnerPadding, theme.SizeNamePadding:
		return s * presentTextScale
	}
	return s
}

// presenter is presentation mode: its state and the furniture it lays
// over the map (a caption strip with the scene's number and the year, the
// controls, the details card and a compact legend), which the window's
// shell shows only while presenting.
type presenter struct {
	on        bool
	furniture *fyne.Container
	layout    *furnitureLayout
	strip     *fyne.Container
	sceneNo   *widget.Label    // "Scene 3 of 7"
	yearText  *canvas.Text     // the year, large
	caption   *widget.RichText // the scene's title and caption
	controls  fyne.CanvasObject
	card      fyne.CanvasObject
	details   *details.Panel
	legend    *compactLegend
	timeline  *fyne.Container // the timeline, on a card while presenting
	timeBG    *uikit.Background
	hideAt    *time.Timer
	// zoomButtons are the map's own buttons, hidden while presenting
	// (the controls have their own).
	zoomButtons fyne.CanvasObject
	// cardWanted is set when the user picked a feature (the card then
	// shows its details); a lesson's scene selects without opening it.
	cardWanted bool
	// scene and scenes number the lesson scene on screen (0: none).
	scene, scenes int
	year          int
	title, text   string
	mapSize       fyne.Size
	// idle replaces controlsIdle when set (tests make it long).
	idle time.Duration
}

// build makes the furniture, once.
func (p *presenter) build(mw *MainWindow) {
	p.idle = controlsIdle
	if mw.opts.controlsIdle > 0 {
		p.idle = mw.opts.controlsIdle
	}
	p.details = details.New(mw.ds, mw.tips)
	p.details.OnClose = func() {
		p.cardWanted = false
		mw.clearSelection()
	}
	p.details.OnRelated = mw.openFeature
	p.sceneNo = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.yearText = canvas.NewText("", nil)
	p.yearText.TextStyle.Bold = true
	p.caption = widget.NewRichText()
	p.caption.Wrapping = fyne.TextWrapWord
	badge := container.NewVBox(p.sceneNo, container.NewPadded(p.yearText))
	p.strip = container.NewStack(uikit.NewBackground(true), container.NewPadded(container.NewBorder(nil, nil, badge, nil, p.caption)))
	exit := mw.tips.Button("", theme.ViewRestoreIcon(), lang.L("Leave presentation mode (Esc)"), func() { mw.SetPresenting(false) })
	zoomIn := mw.tips.Button("", theme.ZoomInIcon(), lang.L("Zoom in (+)"), mw.mapv.ZoomIn)
	zoomOut := mw.tips.Button("", theme.ZoomOutIcon(), lang.L("Zoom out (-)"), mw.mapv.ZoomOut)
	prev := mw.tips.Button("", theme.NavigateBackIcon(), lang.L("Previous scene (Page Up)"), func() { mw.side.lessons.Step(-1) })
	next := mw.tips.Button("", theme.NavigateNextIcon(), lang.L("Next scene (Page Down)"), func() { mw.side.lessons.Step(1) })
	p.controls = container.NewHBox(exit, zoomIn, zoomOut, prev, next)
	p.card = container.NewStack(uikit.NewBackground(true), container.NewPadded(p.details))
	p.legend = newCompactLegend()
	p.layout = &furnitureLayout{p: p, onLayout: mw.publishKeepOut,
		bottom: func() float32 {
			if mw.shell == nil {
				return 0
			}
			return mw.shell.cardRoom()
		},
		mapFurniture: func() float32 { return mw.mapv.FurnitureHeight() }}
	p.furniture = container.New(p.layout, p.strip, p.controls, p.card, p.legend)
}

// timelineBox is the timeline as the shell places it: plain under the map,
// on a card over it while presenting.
func (p *presenter) timelineBox(t fyne.CanvasObject) fyne.CanvasObject {
	p.timeBG = uikit.NewBackground(true)
	p.timeBG.Hide()
	p.timeline = container.NewStack(p.timeBG, container.NewPadded(t))
	return p.timeline
}

// TogglePresentation enters or leaves presentation mode.
func (mw *MainWindow) TogglePresentation() { mw.SetPresenting(!mw.pres.on) }

// SetPresenting switches presentation mode: full screen, the projector
// theme, larger map symbols and labels, the map alone under a caption
// strip that always shows the year (and the lesson's scene), a compact
// legend, the details as a card, and controls that hide until the mouse
// moves. Leaving it restores the classroom theme on the same widgets, so
// every size and colour comes back as it was.
func (mw *MainWindow) SetPresenting(on bool) {
	if on == mw.pres.on {
		return
	}
	if on {
		mw.setComparing(false)
	}
	mw.pres.on = on
	mw.shell.presenting = on
	mw.search.Close()
	if on {
		mw.app.Settings().SetTheme(newPresentationTheme())
		mw.pres.zoomButtons.Hide()
		mw.pres.timeBG.Show()
	} else {
		mw.stopHideTimer()
		mw.app.Settings().SetTheme(newClassroomTheme())
		mw.pres.zoomButtons.Show()
		mw.pres.timeBG.Hide()
	}
	mw.win.SetFullScreen(on)
	mw.pres.cardWanted = false
	mw.pres.showYear(mw.state.Year)
	mw.pres.showStrip()
	mw.showSelectionCard()
	mw.showControls()
	mw.relayout()
	mw.redraw()
	mw.relandScene()
	mw.win.Canvas().Focus(mw.mapv)
}

// relandScene shows the lesson's scene on screen, if any, as presentation
// mode lands it (its caption in the strip, its feature in the free area),
// or with its own view after presentation mode.
func (mw *MainWindow) relandScene() {
	les := mw.side.lessons
	i := les.Current()
	if i < 0 || mw.own == nil {
		mw.pres.showScene(0, 0, "", "")
		return
	}
	sc := les.Lesson().Scenes[i]
	mw.showCaption(sc.TitleIn(i18n.Current()), sc.CaptionIn(i18n.Current()))
	target := geo.View{Center: sc.Center, Zoom: sc.Zoom}
	if mw.pres.on {
		target = mw.landingFor(target, sc.Selected)
	}
	mw.mapv.SetView(target)
}

// showSelectionCard shows the details card while presenting when the user
// picked the feature selected.
func (mw *MainWindow) showSelectionCard() {
	p := &mw.pres
	if _, ok := mw.showDetailsIn(p.details, mw.state.Selected); ok && p.cardWanted {
		p.card.Show()
	} else {
		p.details.Clear()
		p.card.Hide()
	}
	if p.on {
		p.furniture.Refresh()
	}
}

// showControls shows the presentation controls and the timeline, and
// hides them again after the pointer has rested for a while.
func (mw *MainWindow) showControls() {
	p := &mw.pres
	if !p.on {
		return
	}
	if !mw.shell.controls {
		mw.shell.controls = true
		p.controls.Show()
		mw.relayout()
	}
	mw.stopHideTimer()
	p.hideAt = time.AfterFunc(p.idle, func() {
		fyne.Do(func() {
			if !p.on || mw.timeline.Playing() {
				return
			}
			mw.shell.controls = false
			p.controls.Hide()
			mw.relayout()
		})
	})
}

func (mw *MainWindow) stopHideTimer() {
	if mw.pres.hideAt != nil {
		mw.pres.hideAt.Stop()
		mw.pres.hideAt = nil
	}
}

// showYear shows the year in the strip: it stays on screen while the
// timeline hides.
func (p *presenter) showYear(year int) {
	p.year = year
	p.showStrip()
}

// showScene notes the lesson scene on screen (n of m, counted from 1; 0
// for none) with its title and caption.
func (p *presenter) showScene(n, m int, title, text string) {
	p.scene, p.scenes, p.title, p.text = n, m, title, text
	p.showStrip()
}

// showStrip writes the strip: the scene's number and the year on the
// left, its title and caption beside them, the caption in the caption
// size so the map keeps most of a 1024x768 screen.
func (p *presenter) showStrip() {
	if p.caption == nil {
		return
	}
	p.yearText.Text = fmt.Sprint(p.year)
	p.yearText.TextSize = theme.SizeForWidget(theme.SizeNameHeadingText, p.caption) * yearScale
	p.yearText.Color = theme.ColorForWidget(theme.ColorNameForeground, p.caption)
	p.yearText.Refresh()
	p.sceneNo.Hide()
	p.caption.Segments = nil
	if p.scene > 0 {
		p.sceneNo.SetText(lang.L("Scene {{.N}} of {{.Of}}", map[string]any{"N": p.scene, "Of": p.scenes}))
		p.sceneNo.Show()
		text := widget.RichTextStyleParagraph
		text.SizeName = theme.SizeNameCaptionText
		p.caption.Segments = []widget.RichTextSegment{
			&widget.TextSegment{Text: p.title, Style: widget.RichTextStyleSubHeading},
			&widget.TextSegment{Text: p.text, Style: text},
		}
	}
	p.caption.Refresh()
	if p.on {
		p.furniture.Refresh()
	}
}

// showCaption shows a lesson scene's title and caption: in the strip when
// presenting, in the status line always.
func (mw *MainWindow) showCaption(title, caption string) {
	mw.setStatus(title + ": " + caption)
	les := mw.side.lessons
	mw.pres.showScene(les.Current()+1, len(les.Lesson().Scenes), title, caption)
}

package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/perutraffickingatlas/atlas/geo"
)

// panelAlpha is the opacity of the panels behind the scale bar and the
// attribution: the map shows through a little.
const panelAlpha = 0xd8

// barTextWidths is the scale bar's longest length, in widths of its text
// size: it grows with the theme's type, as on a projector.
const barTextWidths = 10

// furnitureStyle is what the map furniture takes from the theme: the ink
// (foreground), the panel (overlay background, translucent), text sizes
// and the paddings its geometry is measured in.
type furnitureStyle struct {
	ink, panel   color.Color
	text, small  float32 // the scale bar's label, the attribution
	pad, inner   float32 // theme padding and inner padding
	cornerRadius float32
}

// styleFor reads the furniture's style from the theme w is shown with.
func styleFor(w fyne.Widget) furnitureStyle {
	panel := color.NRGBAModel.Convert(theme.ColorForWidget(theme.ColorNameOverlayBackground, w)).(color.NRGBA)
	panel.A = panelAlpha
	return furnitureStyle{
		ink:          theme.ColorForWidget(theme.ColorNameForeground, w),
		panel:        panel,
		text:         theme.SizeForWidget(theme.SizeNameText, w),
		small:        theme.SizeForWidget(theme.SizeNameCaptionText, w),
		pad:          theme.SizeForWidget(theme.SizeNamePadding, w),
		inner:        theme.SizeForWidget(theme.SizeNameInnerPadding, w),
		cornerRadius: theme.SizeForWidget(theme.SizeNameInputRadius, w),
	}
}

// scaleBar is a bar with end ticks and a distance label, bottom-left.
type scaleBar struct {
	bg     *canvas.Rectangle
	bar    *canvas.Rectangle
	ticks  [2]*canvas.Rectangle
	label  *canvas.Text
	pixels float32 // the bar's length
	st     furnitureStyle
}

func newScaleBar() *scaleBar {
	s := &scaleBar{bg: canvas.NewRectangle(nil), bar: canvas.NewRectangle(nil), label: canvas.NewText("", nil)}
	s.ticks[0] = canvas.NewRectangle(nil)
	s.ticks[1] = canvas.NewRectangle(nil)
	return s
}

func (s *scaleBar) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{s.bg, s.bar, s.ticks[0], s.ticks[1], s.label}
}

// sync sets the bar's style and its length and label for view v,
// refreshing its objects only when the style or the label changed.
func (s *scaleBar) sync(st furnitureStyle, v geo.View) {
	b := geo.NewScaleBar(geo.MetersPerPixel(v.Center.Lat(), v.Zoom), float64(barTextWidths*st.text))
	s.pixels = float32(b.Pixels)
	if st == s.st && b.Label == s.label.Text {
		return
	}
	s.st = st
	s.bg.FillColor, s.bg.CornerRadius = st.panel, st.cornerRadius
	for _, r := range []*canvas.Rectangle{s.bar, s.ticks[0], s.ticks[1]} {
		r.FillColor = st.ink
	}
	s.label.Text, s.label.Color, s.label.TextSize = b.Label, st.ink, st.text
	for _, o := range s.objects() {
		o.Refresh()
	}
}

// layout places the bar in the bottom-left corner of a view of height h.
func (s *scaleBar) layout(h float32) {
	st := s.st
	ls := s.label.MinSize()
	barH, tickW, tickH := st.pad*3/4, st.pad/2, 2*st.pad
	boxH := ls.Height + 3.5*st.pad
	x, y := st.inner, h-st.inner-boxH
	s.bg.Move(fyne.NewPos(x, y))
	s.bg.Resize(fyne.NewSize(max(s.pixels, ls.Width)+2*st.inner, boxH))
	barY := y + boxH - 2*st.pad
	s.bar.Move(fyne.NewPos(x+st.inner, barY))
	s.bar.Resize(fyne.NewSize(s.pixels, barH))
	s.ticks[0].Move(fyne.NewPos(x+st.inner, barY-tickH+barH))
	s.ticks[1].Move(fyne.NewPos(x+st.inner+s.pixels-tickW, barY-tickH+barH))
	for _, t := range s.ticks {
		t.Resize(fyne.NewSize(tickW, tickH))
	}
	s.label.Move(fyne.NewPos(x+st.inner, y+st.pad/2))
	s.label.Resize(ls)
}

// attribution credits the basemap's sources, bottom-right.
type attribution struct {
	bg   *canvas.Rectangle
	text *canvas.Text
	st   furnitureStyle
}

func newAttribution() *attribution {
	return &attribution{bg: canvas.NewRectangle(nil), text: canvas.NewText("", nil)}
}

func (a *attribution) objects() []fyne.CanvasObject { return []fyne.CanvasObject{a.bg, a.text} }

// sync sets the credit's style and text, refreshing its objects only
// when they changed.
func (a *attribution) sync(st furnitureStyle, text string) {
	if st == a.st && text == a.text.Text {
		return
	}
	a.st = st
	a.bg.FillColor = st.panel
	a.text.Text, a.text.Color, a.text.TextSize = text, st.ink, st.small
	a.bg.Refresh()
	a.text.Refresh()
}

// layout places the credit in the bottom-right corner of a w x h view,
// or above the scale bar s when beside it there is no room (a narrow map,
// one of a comparison's two).
func (a *attribution) layout(w, h float32, s *scaleBar) {
	p := a.st.pad
	ts := a.text.MinSize()
	x := w - ts.Width - 2*p
	y := h - ts.Height - p/2
	if bar := s.bg.Position().X + s.bg.Size().Width; x < bar+p {
		x = max(w-ts.Width-2*p, 0)
		y = s.bg.Position().Y - ts.Height - p
	}
	a.bg.Move(fyne.NewPos(x, y-p/2))
	a.bg.Resize(fyne.NewSize(ts.Width+2*p, ts.Height+p))
	a.text.Move(fyne.NewPos(x+p, y))
	a.text.Resize(ts)
}

package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/perutraffickingatlas/atlas/geo"
)

var (
	inkColor   = color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}
	panelColor = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xd8}
)

const furniturePad = 8

// scaleBar is a two-tone bar with a distance label, bottom-left.
type scaleBar struct {
	bg    *canvas.Rectangle
	bar   *canvas.Rectangle
	ticks [2]*canvas.Rectangle
	label *canvas.Text
}

func newScaleBar() *scaleBar {
	s := &scaleBar{
		bg:    canvas.NewRectangle(panelColor),
		bar:   canvas.NewRectangle(inkColor),
		label: canvas.NewText("", inkColor),
	}
	s.bg.CornerRadius = 4
	s.ticks[0] = canvas.NewRectangle(inkColor)
	s.ticks[1] = canvas.NewRectangle(inkColor)
	s.label.TextSize = 13
	return s
}

func (s *scaleBar) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{s.bg, s.bar, s.ticks[0], s.ticks[1], s.label}
}

func (s *scaleBar) update(v geo.View) {
	b := geo.NewScaleBar(geo.MetersPerPixel(v.Center.Lat(), v.Zoom), 140)
	s.label.Text = b.Label
	ls := s.label.MinSize()
	w := float32(b.Pixels)
	h := ls.Height + 14
	x := float32(furniturePad)
	y := float32(v.Height) - furniturePad - h
	s.bg.Move(fyne.NewPos(x, y))
	s.bg.Resize(fyne.NewSize(max(w, ls.Width)+2*furniturePad, h))
	barY := y + h - 8
	s.bar.Move(fyne.NewPos(x+furniturePad, barY))
	s.bar.Resize(fyne.NewSize(w, 3))
	s.ticks[0].Move(fyne.NewPos(x+furniturePad, barY-5))
	s.ticks[0].Resize(fyne.NewSize(2, 8))
	s.ticks[1].Move(fyne.NewPos(x+furniturePad+w-2, barY-5))
	s.ticks[1].Resize(fyne.NewSize(2, 8))
	s.label.Move(fyne.NewPos(x+furniturePad, y+2))
	s.label.Resize(ls)
	s.label.Refresh()
}

// attribution credits the basemap's sources, bottom-right.
type attribution struct {
	bg   *canvas.Rectangle
	text *canvas.Text
}

func newAttribution() *attribution {
	a := &attribution{bg: canvas.NewRectangle(panelColor), text: canvas.NewText("", inkColor)}
	a.text.TextSize = 11
	return a
}

func (a *attribution) objects() []fyne.CanvasObject { return []fyne.CanvasObject{a.bg, a.text} }

func (a *attribution) update(text string, v geo.View) {
	if a.text.Text != text {
		a.text.Text = text
		a.text.Refresh()
	}
	ts := a.text.MinSize()
	x := float32(v.Width) - ts.Width - 2*4
	y := float32(v.Height) - ts.Height - 2
	a.bg.Move(fyne.NewPos(x, y-2))
	a.bg.Resize(fyne.NewSize(ts.Width+8, ts.Height+4))
	a.text.Move(fyne.NewPos(x+4, y))
	a.text.Resize(ts)
}

package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Background is an opaque panel in the theme's background colour, kept in
// step with the theme: under a side panel drawn over the map, say.
type Background struct {
	widget.BaseWidget
	// Border, when set, draws the theme's separator colour round it.
	Border bool
}

// NewBackground returns a background panel.
func NewBackground(border bool) *Background {
	b := &Background{Border: border}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer draws the panel.
func (b *Background) CreateRenderer() fyne.WidgetRenderer {
	r := &backgroundRenderer{b: b, rect: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type backgroundRenderer struct {
	b    *Background
	rect *canvas.Rectangle
}

func (r *backgroundRenderer) Layout(s fyne.Size)           { r.rect.Resize(s) }
func (r *backgroundRenderer) MinSize() fyne.Size           { return fyne.NewSize(0, 0) }
func (r *backgroundRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect} }
func (r *backgroundRenderer) Destroy()                     {}

// Refresh takes the colours from the theme.
func (r *backgroundRenderer) Refresh() {
	r.rect.FillColor = theme.ColorForWidget(theme.ColorNameBackground, r.b)
	r.rect.StrokeWidth = 0
	if r.b.Border {
		r.rect.StrokeColor = theme.ColorForWidget(theme.ColorNameSeparator, r.b)
		r.rect.StrokeWidth = 1
	}
	r.rect.Refresh()
}

package compare

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// swatchSize is the side of a key's swatch, in logical pixels.
const swatchSize = 26

// header heads one year's map: the year large with buttons for the year
// before and after and a list of years (picker), the key to the map's
// marks, and on the later map the Close compare button, with its words
// when there is room and as an icon (with its tooltip) when not.
type header struct {
	side      int // 0 the earlier map, 1 the later
	picker    *picker
	key       *widget.Label
	keyBox    *fyne.Container // the swatch and the key
	close     *uikit.TipButton
	closeIcon *uikit.TipButton // the same, without its words
	box       *fyne.Container
	lay       *headerLayout
}

func newHeader(v *View, side int) *header {
	h := &header{side: side, key: widget.NewLabel("")}
	h.picker = newPicker(v, side)
	mark := overlay.MarkGone
	if side == 1 {
		mark = overlay.MarkNew
	}
	sw := canvas.NewImageFromImage(overlay.MarkSwatch(mark, 2*swatchSize, 2))
	sw.FillMode = canvas.ImageFillContain
	sw.SetMinSize(fyne.NewSize(swatchSize, swatchSize))
	h.keyBox = container.NewHBox(container.NewCenter(sw), h.key)
	objs := []fyne.CanvasObject{uikit.NewBackground(true), h.picker.box, h.keyBox}
	if side == 1 {
		tip := lang.L("Back to one map (Esc)")
		h.close = v.o.Tips.Button(lang.L("Close compare"), theme.CancelIcon(), tip, v.close)
		h.closeIcon = v.o.Tips.Button("", theme.CancelIcon(), lang.L("Close compare")+": "+tip, v.close)
		objs = append(objs, h.close, h.closeIcon)
	}
	h.lay = &headerLayout{h: h, rows: 1}
	h.box = container.New(h.lay, objs...)
	return h
}

// show writes the years: the picker's, and the key's, which names the
// other year.
func (h *header) show(years [2]int) {
	h.picker.show(years)
	if h.side == 0 {
		h.key.SetText(lang.L("Gone by {{.Year}}", map[string]any{"Year": years[1]}))
	} else {
		h.key.SetText(lang.L("New since {{.Year}}", map[string]any{"Year": years[0]}))
	}
}

// headerLayout puts the picker at the left and the Close compare button
// at the right, the key after the picker in one row, or under it in two
// (the area chooses, so that both headers take the same). Its objects are
// the background, the picker, the key and, on the later map, the button
// with its words and without.
type headerLayout struct {
	h    *header
	rows int // 1 or 2
}

// gap is the room between the parts of a row.
func gap() float32 { return 2 * theme.Padding() }

// rowWidth is the width of a row of the picker, the key (when key) and
// the button (with its words when words), padded.
func (l *headerLayout) rowWidth(key, words bool) float32 {
	h := l.h
	w := 2*theme.Padding() + h.picker.box.MinSize().Width
	if key {
		w += gap() + h.keyBox.MinSize().Width
	}
	if h.close != nil {
		b := h.closeIcon
		if words {
			b = h.close
		}
		w += gap() + b.MinSize().Width
	}
	return w
}

// rowsFor is how many rows the header needs w wide: 1 when the picker,
// the key and the button fit in a row (the button as an icon at worst).
func (l *headerLayout) rowsFor(w float32) int {
	if l.rowWidth(true, false) <= w {
		return 1
	}
	return 2
}

// height is the header's height in rows.
func (l *headerLayout) height(rows int) float32 {
	h := l.h
	top := h.picker.box.MinSize().Height
	if h.close != nil {
		top = max(top, h.close.MinSize().Height)
	}
	key := h.keyBox.MinSize().Height
	if rows == 1 {
		return max(top, key) + 2*theme.Padding()
	}
	return top + key + 2*theme.Padding()
}

// minWidth is the narrowest the header gets: in two rows, the button as
// an icon.
func (l *headerLayout) minWidth() float32 {
	return max(l.rowWidth(false, false), l.h.keyBox.MinSize().Width+2*theme.Padding())
}

// Layout places the objects in the rows the area chose.
func (l *headerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := l.h
	pad := theme.Padding()
	place(objs[0], fyne.NewPos(0, 0), size)
	p, k := h.picker.box, h.keyBox
	ps, ks := p.MinSize(), k.MinSize()
	one := l.rows == 1
	rowH := ps.Height
	if one {
		rowH = max(rowH, ks.Height)
	}
	if h.close != nil {
		words := l.rowWidth(one, true) <= size.Width
		b, other := h.close, h.closeIcon
		if !words {
			b, other = other, b
		}
		other.Hide()
		b.Show()
		bs := b.MinSize()
		rowH = max(rowH, bs.Height)
		place(b, fyne.NewPos(size.Width-pad-bs.Width, pad+(rowH-bs.Height)/2), bs)
	}
	place(p, fyne.NewPos(pad, pad+(rowH-ps.Height)/2), ps)
	if one {
		place(k, fyne.NewPos(pad+ps.Width+gap(), pad+(rowH-ks.Height)/2), ks)
	} else {
		place(k, fyne.NewPos(pad, pad+rowH), ks)
	}
}

// MinSize is the header's at its narrowest, in two rows.
func (l *headerLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.minWidth(), l.height(2))
}

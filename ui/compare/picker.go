package compare

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// yearScale is the year's size in a header, in heading sizes: read from
// the back of a classroom.
const yearScale = 1.5

// picker shows one map's year large between a button for the year before
// and one for the year after; a tap on the year lists the years to pick
// from. The earlier map's years end before the later's, the later's begin
// after the earlier's.
type picker struct {
	v          *View
	side       int
	year       int
	prev, next *uikit.TipButton
	big        *bigYear
	box        *fyne.Container
}

func newPicker(v *View, side int) *picker {
	p := &picker{v: v, side: side}
	p.prev = v.o.Tips.Button("", theme.NavigateBackIcon(), lang.L("One year earlier"), func() { v.pick(side, p.year-1) })
	p.next = v.o.Tips.Button("", theme.NavigateNextIcon(), lang.L("One year later"), func() { v.pick(side, p.year+1) })
	p.big = newBigYear(p.list)
	p.box = container.NewHBox(p.prev, p.big, p.next)
	return p
}

// span is the years the picker offers while years are compared.
func (p *picker) span(years [2]int) (from, to int) {
	if p.side == 0 {
		return p.v.o.First, years[1] - 1
	}
	return years[0] + 1, p.v.o.Last
}

// show shows the picker's year of years, and which steps it can take.
func (p *picker) show(years [2]int) {
	p.year = years[p.side]
	p.big.set(strconv.Itoa(p.year))
	from, to := p.span(years)
	enable := func(b *uikit.TipButton, on bool) {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	enable(p.prev, p.year > from)
	enable(p.next, p.year < to)
}

// list pops up the years to pick from under the year.
func (p *picker) list() {
	c := fyne.CurrentApp().Driver().CanvasForObject(p.big)
	if c == nil {
		return
	}
	from, to := p.span(p.v.years)
	var items []*fyne.MenuItem
	for y := from; y <= to; y++ {
		item := fyne.NewMenuItem(strconv.Itoa(y), func() { p.v.pick(p.side, y) })
		item.Checked = y == p.year
		items = append(items, item)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.big).AddXY(0, p.big.Size().Height)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos)
}

// bigYear is a year in large bold type with a drop-down mark, which a
// tap opens.
type bigYear struct {
	widget.BaseWidget
	text  *canvas.Text
	icon  *widget.Icon
	onTap func()
}

var (
	_ fyne.Tappable      = (*bigYear)(nil)
	_ desktop.Cursorable = (*bigYear)(nil)
)

func newBigYear(onTap func()) *bigYear {
	b := &bigYear{text: canvas.NewText("", nil), icon: widget.NewIcon(theme.MenuDropDownIcon()), onTap: onTap}
	b.text.TextStyle.Bold = true
	b.ExtendBaseWidget(b)
	return b
}

// set shows text.
func (b *bigYear) set(text string) {
	if b.text.Text == text {
		return
	}
	b.text.Text = text
	b.Refresh()
}

// Tapped opens the list of years.
func (b *bigYear) Tapped(*fyne.PointEvent) { b.onTap() }

// Cursor shows that the year can be clicked.
func (b *bigYear) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer lays out the year and the mark.
func (b *bigYear) CreateRenderer() fyne.WidgetRenderer {
	r := &bigYearRenderer{b: b}
	r.Refresh()
	return r
}

type bigYearRenderer struct{ b *bigYear }

func (r *bigYearRenderer) Destroy() {}

func (r *bigYearRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.b.text, r.b.icon}
}

// Refresh takes the year's size and colour from the theme.
func (r *bigYearRenderer) Refresh() {
	t := r.b.text
	t.TextSize = theme.SizeForWidget(theme.SizeNameHeadingText, r.b) * yearScale
	t.Color = theme.ColorForWidget(theme.ColorNameForeground, r.b)
	t.Refresh()
	r.b.icon.Refresh()
	r.Layout(r.b.Size())
}

func (r *bigYearRenderer) MinSize() fyne.Size {
	ts := r.b.text.MinSize()
	is := theme.SizeForWidget(theme.SizeNameInlineIcon, r.b)
	return fyne.NewSize(ts.Width+is, max(ts.Height, is))
}

func (r *bigYearRenderer) Layout(s fyne.Size) {
	ts := r.b.text.MinSize()
	is := theme.SizeForWidget(theme.SizeNameInlineIcon, r.b)
	place(r.b.text, fyne.NewPos(0, (s.Height-ts.Height)/2), ts)
	place(r.b.icon, fyne.NewPos(ts.Width, (s.Height-is)/2), fyne.NewSize(is, is))
}

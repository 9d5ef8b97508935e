package searchbox

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/search"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// searchLimit is how many results the drop-down shows.
const searchLimit = 8

// dropWidth is the drop-down's least width: room for a feature's name and
// its layer.
const dropWidth = 440

// hitLabel is how the drop-down words a hit: "VRAEM — Coca-growing zone"
// for a feature, "Callao — town, PE, pop. 1,300,000" for a place.
func hitLabel(h search.Hit) string {
	if h.IsFeature() {
		return i18n.FeatureName(h.Feature) + " — " + h.Feature.Layer.Title(i18n.Current())
	}
	p := h.Place
	label := lang.L("{{.Name}} — town, {{.Country}}", map[string]any{"Name": p.Name, "Country": p.Country})
	if p.Population > 0 {
		label += ", " + lang.L("pop. {{.Population}}", map[string]any{"Population": data.FormatNumber(float64(p.Population), i18n.Current())})
	}
	return label
}

// Box is the search entry with its matches in a drop-down beneath it. The
// drop-down lies on a layer of the window's content, not on one of the
// canvas's overlays, so the entry keeps the keyboard focus while it is
// open: typing goes on, Up and Down move through the matches, Enter picks
// one, Esc closes it. When nothing matches it says so and offers what a
// misspelt query probably meant.
type Box struct {
	widget.BaseWidget
	entry *queryEntry
	index *search.Index
	float *fyne.Container // the layer the drop-down lies on
	drop  *fyne.Container // background, note and rows
	note  *widget.Label   // "No match for …", above suggestions
	rows  *fyne.Container

	results  []search.Hit
	suggests bool // results are suggestions: nothing matched
	sel      int  // highlighted row, -1 for none
	pressing bool // a row is being clicked: the entry's focus loss must not close it

	// OnChosen is called with the result the user picks.
	OnChosen func(search.Hit)
	// OnShortcut is offered the shortcuts typed while the entry has the
	// focus that it does not handle itself (Ctrl+E to export, say).
	OnShortcut func(fyne.Shortcut)
	// OnDone is called when the user leaves the box with Esc.
	OnDone func()
}

// New returns a search box that looks things up in index and opens its
// drop-down on float, a container without a layout lying over the whole
// window content at its top-left corner.
func New(index *search.Index, float *fyne.Container) *Box {
	b := &Box{index: index, float: float, sel: -1, note: widget.NewLabel(""), rows: container.NewVBox()}
	b.entry = newQueryEntry(b)
	b.entry.SetPlaceHolder(lang.L("Search places and features (e.g. VRAEM, Apurimac, Callao)"))
	b.entry.OnChanged = b.update
	b.note.Wrapping = fyne.TextWrapWord
	b.drop = container.NewStack(uikit.NewBackground(true), container.NewPadded(container.NewVBox(b.note, b.rows)))
	b.drop.Hide()
	float.Add(b.drop)
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer shows the entry.
func (b *Box) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.entry) }

// MinSize leaves room for the placeholder's first words.
func (b *Box) MinSize() fyne.Size {
	m := b.entry.MinSize()
	return fyne.NewSize(max(m.Width, 220), m.Height)
}

// Entry is the text field, to give it the keyboard focus.
func (b *Box) Entry() fyne.Focusable { return b.entry }

// Focus gives the entry the keyboard focus with its text selected, so
// typing replaces it (Ctrl+F, "/").
func (b *Box) Focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(b.entry); c != nil {
		c.Focus(b.entry)
		b.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// Open reports whether the drop-down is showing.
func (b *Box) Open() bool { return b.drop.Visible() }

// Results are the hits the drop-down lists, and whether they are
// suggestions for a query that matched nothing.
func (b *Box) Results() ([]search.Hit, bool) { return b.results, b.suggests }

// Highlighted is the row Enter would pick, -1 for none.
func (b *Box) Highlighted() int { return b.sel }

// Note is the line above the rows: empty, or "No match for …".
func (b *Box) Note() string {
	if !b.note.Visible() {
		return ""
	}
	return b.note.Text
}

// update searches for the text typed and shows the matches, or the
// suggestions when there are none.
func (b *Box) update(q string) {
	b.results, b.suggests = b.index.Find(q, searchLimit), false
	if len(b.results) == 0 && len([]rune(q)) >= 2 {
		b.results, b.suggests = b.index.Suggest(q, searchLimit), true
	}
	b.sel = -1
	if len(b.results) > 0 {
		b.sel = 0 // Enter picks the first match, or the likeliest suggestion
	}
	if len([]rune(q)) < 2 {
		b.close()
		return
	}
	b.show(q)
}

// show lays the drop-down out under the entry.
func (b *Box) show(q string) {
	b.rows.Objects = nil
	for i, h := range b.results {
		b.rows.Add(newRow(b, i, hitLabel(h)))
	}
	switch {
	case b.suggests && len(b.results) > 0:
		b.note.SetText(lang.L("No match for “{{.Query}}”. Did you mean:", map[string]any{"Query": q}))
		b.note.Show()
	case b.suggests:
		b.note.SetText(lang.L("No match for “{{.Query}}”.", map[string]any{"Query": q}))
		b.note.Show()
	default:
		b.note.Hide()
	}
	b.rows.Refresh()
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(b.entry) == nil {
		return
	}
	at := d.AbsolutePositionForObject(b.entry).Subtract(d.AbsolutePositionForObject(b.float))
	w := min(max(b.entry.Size().Width, dropWidth), b.float.Size().Width-at.X)
	b.drop.Move(at.Add(fyne.NewPos(0, b.entry.Size().Height)))
	b.drop.Show()
	b.drop.Resize(fyne.NewSize(w, b.drop.MinSize().Height))
	b.highlight()
}

// highlight shows which row is highlighted.
func (b *Box) highlight() {
	for i, o := range b.rows.Objects {
		o.(*row).setHighlighted(i == b.sel)
	}
}

// Close hides the drop-down (a click on the map, say).
func (b *Box) Close() { b.close() }

// close hides the drop-down.
func (b *Box) close() {
	if b.drop.Visible() {
		b.drop.Hide()
	}
}

// key handles the keys that move through the drop-down; it reports
// whether it took ev.
func (b *Box) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown, fyne.KeyUp:
		if !b.Open() {
			if len([]rune(b.entry.Text)) < 2 {
				return false
			}
			b.update(b.entry.Text)
			return true
		}
		if n := len(b.results); n > 0 {
			step := 1
			if ev.Name == fyne.KeyUp {
				step = -1
			}
			b.sel = ((b.sel+step)%n + n) % n
			if b.sel < 0 {
				b.sel = 0
			}
			b.highlight()
		}
		return true
	case fyne.KeyEnter, fyne.KeyReturn:
		if !b.Open() {
			b.update(b.entry.Text)
		}
		b.choose(b.sel)
		return true
	case fyne.KeyEscape:
		if b.Open() {
			b.close()
		} else if b.OnDone != nil {
			b.OnDone()
		}
		return true
	}
	return false
}

// choose picks result i.
func (b *Box) choose(i int) {
	b.pressing = false
	if i < 0 || i >= len(b.results) {
		return
	}
	r := b.results[i]
	b.close()
	if b.OnChosen != nil {
		b.OnChosen(r)
	}
}

// focusLost closes the drop-down unless one of its rows is being clicked.
func (b *Box) focusLost() {
	if !b.pressing {
		b.close()
	}
}

// queryEntry is the box's text field: an entry that lets the box handle
// the keys of the drop-down and passes on the window's shortcuts.
type queryEntry struct {
	uikit.PassEntry
	box *Box
}

func newQueryEntry(b *Box) *queryEntry {
	e := &queryEntry{box: b}
	e.Pass = func(s fyne.Shortcut) {
		if b.OnShortcut != nil {
			b.OnShortcut(s)
		}
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey offers the key to the drop-down first.
func (e *queryEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.box.key(ev) {
		return
	}
	e.Entry.TypedKey(ev)
}

// FocusLost closes the drop-down.
func (e *queryEntry) FocusLost() {
	e.Entry.FocusLost()
	e.box.focusLost()
}

// row is one line of the drop-down: a match to click.
type row struct {
	widget.BaseWidget
	box   *Box
	i     int
	label *widget.Label
	bg    *rowShade
}

func newRow(b *Box, i int, text string) *row {
	r := &row{box: b, i: i, label: widget.NewLabel(text), bg: newRowShade()}
	r.label.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer shows the label over its highlight.
func (r *row) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.bg, r.label))
}

// MinSize is one line of text.
func (r *row) MinSize() fyne.Size {
	return fyne.NewSize(0, r.label.MinSize().Height)
}

func (r *row) setHighlighted(on bool) { r.bg.set(on) }

// Tapped picks the row.
func (r *row) Tapped(*fyne.PointEvent) { r.box.choose(r.i) }

// MouseDown keeps the drop-down open while the entry loses the focus to
// the click.
func (r *row) MouseDown(*desktop.MouseEvent) { r.box.pressing = true }

// MouseUp is part of desktop.Mouseable.
func (r *row) MouseUp(*desktop.MouseEvent) {}

// MouseIn highlights the row under the pointer.
func (r *row) MouseIn(*desktop.MouseEvent) {
	r.box.sel = r.i
	r.box.highlight()
}

// MouseMoved is part of desktop.Hoverable.
func (r *row) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (r *row) MouseOut() {}

var (
	_ fyne.Tappable     = (*row)(nil)
	_ desktop.Mouseable = (*row)(nil)
	_ desktop.Hoverable = (*row)(nil)
)

// rowShade is the highlight behind a row: the theme's selection colour
// when on, nothing when off.
type rowShade struct {
	widget.BaseWidget
	on   bool
	rect *canvas.Rectangle
}

func newRowShade() *rowShade {
	s := &rowShade{rect: canvas.NewRectangle(color.Transparent)}
	s.ExtendBaseWidget(s)
	return s
}

func (s *rowShade) set(on bool) {
	if on != s.on {
		s.on = on
		s.Refresh()
	}
}

// CreateRenderer draws the shade.
func (s *rowShade) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(s.rect) }

// Refresh colours the shade from the theme.
func (s *rowShade) Refresh() {
	s.rect.FillColor = color.Transparent
	if s.on {
		s.rect.FillColor = theme.ColorForWidget(theme.ColorNameSelection, s)
		s.rect.CornerRadius = theme.SizeForWidget(theme.SizeNameSelectionRadius, s)
	}
	s.rect.Refresh()
}

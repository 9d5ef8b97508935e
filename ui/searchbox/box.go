package searchbox

import (
	"strconv"

	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/search"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// searchLimit is how many results the search list shows.
const searchLimit = 10

// hitLabel is how the search list words a hit: "VRAEM — Coca-growing
// zone" for a feature, "Callao — town, PE, pop. 1,300,000" for a place.
func hitLabel(h search.Hit) string {
	if h.IsFeature() {
		return i18n.FeatureName(h.Feature) + " — " + h.Feature.Layer.Title(i18n.Current())
	}
	p := h.Place
	label := lang.L("{{.Name}} — town, {{.Country}}", map[string]any{"Name": p.Name, "Country": p.Country})
	if p.Population > 0 {
		label += ", " + lang.L("pop. {{.Population}}", map[string]any{"Population": humanInt(p.Population)})
	}
	return label
}

// humanInt writes 1234567 as 1,234,567.
func humanInt(n int) string {
	s := strconv.Itoa(n)
	var b []byte
	for i, c := range []byte(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return string(b)
}

// Box is an entry whose matches drop down beneath it.
type Box struct {
	widget.BaseWidget
	entry   *widget.Entry
	list    *widget.List
	results []search.Hit
	popup   *widget.PopUp
	index   *search.Index

	// OnChosen is called with the result the user picks.
	OnChosen func(search.Hit)
}

// New returns a search box that looks things up in index.
func New(index *search.Index) *Box {
	s := &Box{entry: widget.NewEntry(), index: index}
	s.entry.SetPlaceHolder(lang.L("Search places and features (e.g. VRAEM, Apurimac, Callao)"))
	s.list = widget.NewList(
		func() int { return len(s.results) },
		func() fyne.CanvasObject { return widget.NewLabel("Callao — Exit port, long enough") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(hitLabel(s.results[i])) },
	)
	s.list.OnSelected = func(i widget.ListItemID) {
		s.choose(i)
		s.list.UnselectAll()
	}
	s.entry.OnChanged = s.update
	s.entry.OnSubmitted = func(string) { s.choose(0) }
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer shows the entry; the matches open in a pop-up.
func (s *Box) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(s.entry) }

func (s *Box) update(q string) {
	s.results = s.index.Find(q, searchLimit)
	s.list.Refresh()
	if len(s.results) == 0 {
		s.hide()
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(s.entry)
	if c == nil {
		return
	}
	if s.popup == nil {
		s.popup = widget.NewPopUp(container.NewStack(s.list), c)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.entry)
	rows := float32(min(len(s.results), 8))
	s.popup.Resize(fyne.NewSize(max(s.entry.Size().Width, 420), rows*38+8))
	s.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, s.entry.Size().Height)))
	c.Focus(s.entry)
}

func (s *Box) hide() {
	if s.popup != nil {
		s.popup.Hide()
	}
}

func (s *Box) choose(i int) {
	if i < 0 || i >= len(s.results) {
		return
	}
	r := s.results[i]
	s.hide()
	if s.OnChosen != nil {
		s.OnChosen(r)
	}
}

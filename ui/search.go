package ui

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// searchLimit is how many results the search list shows.
const searchLimit = 10

// SearchResult is a feature or a place that matched a search.
type SearchResult struct {
	Label     string    // what the list shows
	FeatureID string    // set for atlas features
	Point     orb.Point // where to fly for places (and feature centres)
	Zoom      float64
}

// Search finds features and places whose names contain the query, accent-
// and case-insensitively ("Apurimac" finds "Apurímac"). Features come
// first, names that start with the query before those that contain it,
// then Peruvian places by population, then places abroad.
func Search(ds *data.Dataset, gaz *gazetteer.Gazetteer, query string) []SearchResult {
	q := gazetteer.Fold(query)
	if len([]rune(q)) < 2 {
		return nil
	}
	type scored struct {
		r    SearchResult
		rank int
	}
	var hits []scored
	for _, f := range ds.Features {
		n := gazetteer.Fold(f.Name + " " + f.NameES)
		rank := -1
		switch {
		case strings.HasPrefix(n, q):
			rank = 0
		case strings.Contains(n, " "+q):
			rank = 1
		case strings.Contains(n, q):
			rank = 2
		}
		if rank < 0 {
			continue
		}
		c := f.Geometry.Bound().Center()
		hits = append(hits, scored{SearchResult{Label: featureName(f) + " — " + f.Layer.Title(currentLanguage()), FeatureID: f.ID, Point: c, Zoom: 8}, rank})
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].rank < hits[j].rank })
	out := make([]SearchResult, 0, searchLimit)
	for _, h := range hits {
		if len(out) == searchLimit {
			return out
		}
		out = append(out, h.r)
	}
	places := gaz.Search(query, 3*searchLimit)
	sort.SliceStable(places, func(i, j int) bool { return places[i].Country == "PE" && places[j].Country != "PE" })
	for _, p := range places {
		if len(out) == searchLimit {
			break
		}
		label := lang.L("{{.Name}} — town, {{.Country}}", map[string]any{"Name": p.Name, "Country": p.Country})
		if p.Population > 0 {
			label += ", " + lang.L("pop. {{.Population}}", map[string]any{"Population": humanInt(p.Population)})
		}
		out = append(out, SearchResult{Label: label, Point: p.Point, Zoom: 10})
	}
	return out
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

// SearchBox is an entry whose matches drop down beneath it.
type SearchBox struct {
	Entry   *widget.Entry
	list    *widget.List
	results []SearchResult
	popup   *widget.PopUp
	find    func(string) []SearchResult

	// OnChosen is called with the result the user picks.
	OnChosen func(SearchResult)
}

// NewSearchBox returns a search box that looks things up with find.
func NewSearchBox(find func(string) []SearchResult) *SearchBox {
	s := &SearchBox{Entry: widget.NewEntry(), find: find}
	s.Entry.SetPlaceHolder(lang.L("Search places and features (e.g. VRAEM, Apurimac, Callao)"))
	s.list = widget.NewList(
		func() int { return len(s.results) },
		func() fyne.CanvasObject { return widget.NewLabel("Callao — Exit port, long enough") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.results[i].Label) },
	)
	s.list.OnSelected = func(i widget.ListItemID) {
		s.choose(i)
		s.list.UnselectAll()
	}
	s.Entry.OnChanged = s.update
	s.Entry.OnSubmitted = func(string) { s.choose(0) }
	return s
}

// Results is what the box currently offers.
func (s *SearchBox) Results() []SearchResult { return s.results }

func (s *SearchBox) update(q string) {
	s.results = s.find(q)
	s.list.Refresh()
	if len(s.results) == 0 {
		s.hide()
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(s.Entry)
	if c == nil {
		return
	}
	if s.popup == nil {
		s.popup = widget.NewPopUp(container.NewStack(s.list), c)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.Entry)
	rows := float32(min(len(s.results), 8))
	s.popup.Resize(fyne.NewSize(max(s.Entry.Size().Width, 420), rows*38+8))
	s.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, s.Entry.Size().Height)))
	c.Focus(s.Entry)
}

func (s *SearchBox) hide() {
	if s.popup != nil {
		s.popup.Hide()
	}
}

func (s *SearchBox) choose(i int) {
	if i < 0 || i >= len(s.results) {
		return
	}
	r := s.results[i]
	s.hide()
	if s.OnChosen != nil {
		s.OnChosen(r)
	}
}

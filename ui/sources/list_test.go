package sources

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
)

func TestListsEveryArticleAndItsFeatures(t *testing.T) {
	test.NewTempApp(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var opened []string
	l := New(ds, func(id string) { opened = append(opened, id) })
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(500, 800))
	for _, o := range test.LaidOutObjects(l) {
		if a, ok := o.(*widget.Accordion); ok {
			a.OpenAll()
		}
	}
	var texts []string
	var links []*widget.Hyperlink
	for _, o := range test.LaidOutObjects(l) {
		switch o := o.(type) {
		case *widget.RichText:
			texts = append(texts, o.String())
			for _, seg := range o.Segments {
				if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.Inline && strings.HasPrefix(ts.Text, "Article id") {
					t.Errorf("the date note runs on into the next line (audit: \"2015.Cited by\"): %q", ts.Text)
				}
			}
		case *widget.Hyperlink:
			links = append(links, o)
		}
	}
	all := strings.Join(texts, "\n")
	cites := 0
	for _, s := range ds.Sources {
		if !strings.Contains(all, s.Title) || !strings.Contains(all, "Article id "+s.ID+".") {
			t.Errorf("article %s (%q) not listed", s.ID, s.Title)
		}
		cites += len(ds.CitedBy(s.ID))
	}
	if len(links) != cites {
		t.Fatalf("%d feature links, want one per citing feature per article: %d", len(links), cites)
	}
	first := ds.CitedBy(ds.Sources[0].ID)[0]
	pad := theme.InnerPadding()
	test.TapAt(links[0], fyne.NewPos(pad, pad)) // on the link's text
	if !slices.Equal(opened, []string{first.ID}) {
		t.Errorf("the first link opened %v, want %s", opened, first.ID)
	}
}

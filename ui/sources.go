package ui

import (
	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
)

// newSourcesView lists the articles of the bibliography, each with what is
// known of its author, venue and date, and the features that cite it as
// links that open them.
func newSourcesView(ds *data.Dataset, open func(id string)) fyne.CanvasObject {
	items := container.NewVBox()
	for _, s := range ds.Sources {
		s := s
		cited := ds.CitedBy(s.ID)
		head := widget.NewRichText(
			&widget.TextSegment{Text: s.Title, Style: widget.RichTextStyleSubHeading},
			para(sourceLine(s)),
			&widget.TextSegment{Text: lang.L("Article id {{.ID}}.", map[string]any{"ID": s.ID}) + " " + s.DateNote, Style: widget.RichTextStyleEmphasis},
			para(lang.L("Cited by {{.Count}} features:", map[string]any{"Count": len(cited)})),
		)
		head.Wrapping = fyne.TextWrapWord
		links := container.NewVBox()
		for _, f := range cited {
			id := f.ID
			links.Add(newLink(featureName(f), func() { open(id) }))
		}
		acc := widget.NewAccordion(widget.NewAccordionItem(lang.L("{{.Count}} features", map[string]any{"Count": len(cited)}), links))
		items.Add(container.NewVBox(head, acc, widget.NewSeparator()))
	}
	return container.NewVScroll(items)
}

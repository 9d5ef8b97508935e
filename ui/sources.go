package ui

import (
	"fmt"

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
			&widget.TextSegment{Text: "Article id " + s.ID + ". " + s.DateNote, Style: widget.RichTextStyleEmphasis},
			para(fmt.Sprintf("Cited by %d features:", len(cited))),
		)
		head.Wrapping = fyne.TextWrapWord
		links := container.NewVBox()
		for _, f := range cited {
			id := f.ID
			b := widget.NewButton(f.Name, func() { open(id) })
			b.Alignment = widget.ButtonAlignLeading
			b.Importance = widget.LowImportance
			links.Add(b)
		}
		acc := widget.NewAccordion(widget.NewAccordionItem(fmt.Sprintf("%d features", len(cited)), links))
		items.Add(container.NewVBox(head, acc, widget.NewSeparator()))
	}
	return container.NewVScroll(items)
}

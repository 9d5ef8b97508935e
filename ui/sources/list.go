package sources

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// List shows the articles of the bibliography, each with the features that
// cite it.
type List struct {
	widget.BaseWidget
	root fyne.CanvasObject
}

// New lists the sources of ds; open is called with the id of a cited
// feature whose link is pressed.
func New(ds *data.Dataset, open func(id string)) *List {
	items := container.NewVBox()
	note := widget.RichTextStyleEmphasis
	note.Inline = false // a paragraph of its own: "… 2015." then "Cited by", not "2015.Cited by"
	for _, s := range ds.Sources {
		cited := ds.CitedBy(s.ID)
		head := widget.NewRichText(
			&widget.TextSegment{Text: "“" + s.Title + "”", Style: widget.RichTextStyleSubHeading},
			&widget.TextSegment{Text: i18n.SourceLine(s), Style: widget.RichTextStyleParagraph},
			&widget.TextSegment{Text: lang.L("Article id {{.ID}}.", map[string]any{"ID": s.ID}) + " " + s.DateNoteIn(i18n.Current()), Style: note},
			&widget.TextSegment{Text: lang.L("Cited by {{.Count}} features:", map[string]any{"Count": len(cited)}), Style: widget.RichTextStyleParagraph},
		)
		head.Wrapping = fyne.TextWrapWord
		links := container.NewVBox()
		for _, f := range cited {
			id := f.ID
			links.Add(uikit.Link(i18n.FeatureName(f), func() { open(id) }))
		}
		acc := widget.NewAccordion(widget.NewAccordionItem(lang.L("{{.Count}} features", map[string]any{"Count": len(cited)}), links))
		items.Add(container.NewVBox(head, acc, widget.NewSeparator()))
	}
	l := &List{root: uikit.NewScroll(items)}
	l.ExtendBaseWidget(l)
	return l
}

// CreateRenderer shows the articles in a scrolling list.
func (l *List) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(l.root) }

package details

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// ShowUser displays feature f of the user's layer l, whose id is id
// (userlayer.FeatureID), from its top: what the user's file says, under a
// heading that names it as the user's layer and not the atlas's sources,
// with its dates, description, other fields and the citations the file
// gives (named from the layer's sources, or the atlas's bibliography when
// a citation names one of its articles).
func (p *Panel) ShowUser(id string, l *userlayer.Layer, f *userlayer.Feature) {
	lg := i18n.Current()
	p.shown = id
	name := f.Label()
	if lg == data.LangES && f.NameES != "" {
		name = f.NameES
	}
	p.head.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: name, Style: widget.RichTextStyleHeading},
		&widget.TextSegment{Text: lang.L("Your layer: {{.Name}} (not from the atlas's sources)", map[string]any{"Name": l.Name}), Style: widget.RichTextStyleSubHeading},
	}
	p.head.Refresh()
	p.id.SetText(id)
	p.idRow.Show()
	segs := []widget.RichTextSegment{field(lang.L("When"), userWhen(f, lg)), field(lang.L("File"), fileText(l, f))}
	if f.Folder != "" {
		segs = append(segs, field(lang.L("Folder"), f.Folder))
	}
	desc := f.Description
	if lg == data.LangES && f.DescriptionES != "" {
		desc = f.DescriptionES
	}
	if desc != "" {
		segs = append(segs, section(lang.L("What your file says")), para(desc))
	}
	if len(f.Properties) > 0 {
		segs = append(segs, section(lang.L("Fields")))
		var items []widget.RichTextSegment
		for _, pr := range f.Properties {
			items = append(items, para(pr.Key+": "+pr.Value))
		}
		segs = append(segs, &widget.ListSegment{Items: items})
	}
	segs = append(segs, section(lang.L("Sources your file gives")))
	if len(f.Citations) == 0 {
		segs = append(segs, para(lang.L("None: the file cites no source for this feature.")))
	}
	for _, c := range f.Citations {
		segs = append(segs, p.userCitation(l, c)...)
	}
	p.text.Segments = segs
	p.text.Refresh()
	p.related.Objects = nil
	p.related.Refresh()
	p.scroll.ScrollToTop()
}

// userWhen is when a user feature is on the map: its day, its period, or
// every year when the file gives no date.
func userWhen(f *userlayer.Feature, lg string) string {
	switch {
	case f.Date != "":
		return data.FormatDate(f.Date, lg)
	case f.Period != nil:
		return i18n.PeriodText(*f.Period)
	}
	return lang.L("no date in the file: shown in every year")
}

// fileText names the file a feature comes from and where in it.
func fileText(l *userlayer.Layer, f *userlayer.Feature) string {
	if f.Line > 0 {
		return lang.L("{{.File}}, line {{.Line}}", map[string]any{"File": l.File, "Line": f.Line})
	}
	return l.File
}

// userCitation renders one citation of a user feature: the source, as
// the layer or the atlas's bibliography knows it, and where in it.
func (p *Panel) userCitation(l *userlayer.Layer, c data.Citation) []widget.RichTextSegment {
	src := l.CitedSource(c.Source, p.ds.Sources)
	title := src.Title
	if src.Title != src.ID {
		title = src.Reference(i18n.Current())
	}
	items := []widget.RichTextSegment{para(title)}
	if c.Locator != "" {
		items = append(items, &widget.TextSegment{Text: lang.L("Where: {{.Locator}}", map[string]any{"Locator": c.LocatorIn(i18n.Current())}), Style: widget.RichTextStyleEmphasis})
	}
	return []widget.RichTextSegment{&widget.ListSegment{Items: items}}
}

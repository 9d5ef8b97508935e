package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
)

// DetailsPanel shows the sourced account of one feature: what the
// articles say, which article and where, the figures, and where the
// sources disagree.
type DetailsPanel struct {
	ds      *data.Dataset
	text    *widget.RichText
	related *fyne.Container
	closeB  *widget.Button
	root    fyne.CanvasObject
	shown   string

	// OnRelated is called when a related feature's link is pressed.
	OnRelated func(id string)
	// OnClose is called when the panel's close button is pressed.
	OnClose func()
}

// NewDetailsPanel returns an empty panel for features of ds.
func NewDetailsPanel(ds *data.Dataset) *DetailsPanel {
	p := &DetailsPanel{ds: ds, text: widget.NewRichText(), related: container.NewVBox()}
	p.text.Wrapping = fyne.TextWrapWord
	p.closeB = widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		if p.OnClose != nil {
			p.OnClose()
		}
	})
	p.closeB.Importance = widget.LowImportance
	body := container.NewVBox(p.text, p.related)
	p.root = container.NewBorder(container.NewHBox(widget.NewLabelWithStyle(lang.L("Details"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), layout.NewSpacer(), p.closeB),
		nil, nil, nil, container.NewVScroll(body))
	p.Clear()
	return p
}

// Object is the panel's canvas object.
func (p *DetailsPanel) Object() fyne.CanvasObject { return p.root }

// Shown is the id of the feature on display, "" when none.
func (p *DetailsPanel) Shown() string { return p.shown }

// Clear shows the hint that explains how to select something.
func (p *DetailsPanel) Clear() {
	p.shown = ""
	p.text.Segments = []widget.RichTextSegment{
		para(lang.L("Click a zone, route, port or event on the map, or search for it, to read what the articles say about it and where they say it.")),
		para(lang.L("Tab moves between the features on screen, Enter opens one, Esc closes it.")),
	}
	p.text.Refresh()
	p.related.Objects = nil
	p.related.Refresh()
}

// Show displays feature f.
func (p *DetailsPanel) Show(f data.Feature) {
	p.shown = f.ID
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: featureName(f), Style: widget.RichTextStyleHeading},
		&widget.TextSegment{Text: f.Layer.Title(currentLanguage()) + kindSuffix(f), Style: widget.RichTextStyleSubHeading},
		field(lang.L("When"), periodText(f.Period)),
		field(lang.L("Where"), precisionText(f.Precision)),
	}
	if f.Mode != "" {
		mode := f.Mode.Title(currentLanguage())
		if f.ModeAssumed {
			mode += " " + lang.L("(the articles do not say; shown as the likely mode)")
		}
		segs = append(segs, field(lang.L("Mode"), mode))
	}
	if f.Destination != "" {
		segs = append(segs, field(lang.L("Towards"), f.Destination))
	}
	segs = append(segs, section(lang.L("What the articles say")), para(featureSummary(f)))
	if len(f.Figures) > 0 {
		segs = append(segs, section(lang.L("Figures")))
		var items []widget.RichTextSegment
		for _, fig := range f.Figures {
			items = append(items, para(fig.String()))
		}
		segs = append(segs, &widget.ListSegment{Items: items})
	}
	segs = append(segs, section(lang.L("Sources")))
	for _, c := range f.Citations {
		segs = append(segs, p.citation(c)...)
	}
	if len(f.Conflicts) > 0 {
		segs = append(segs, section(lang.L("Sources disagree")))
		for _, cf := range f.Conflicts {
			segs = append(segs, &widget.TextSegment{Text: cf.TopicIn(currentLanguage()), Style: strong()})
			for _, v := range cf.Versions {
				cites := make([]string, len(v.Citations))
				for i, c := range v.Citations {
					cites[i] = shortCite(p.ds, c)
				}
				segs = append(segs, &widget.ListSegment{Items: []widget.RichTextSegment{
					para(fmt.Sprintf("%s — %s", v.ClaimIn(currentLanguage()), strings.Join(cites, "; "))),
				}})
			}
		}
	}
	p.text.Segments = segs
	p.text.Refresh()

	p.related.Objects = nil
	if len(f.Related) > 0 {
		p.related.Add(widget.NewLabelWithStyle(lang.L("Related"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, id := range f.Related {
			r, ok := p.ds.ByID(id)
			if !ok {
				continue
			}
			id := id
			p.related.Add(newLink(featureName(r), func() {
				if p.OnRelated != nil {
					p.OnRelated(id)
				}
			}))
		}
	}
	p.related.Refresh()
}

// citation renders one citation: the article and where in it.
func (p *DetailsPanel) citation(c data.Citation) []widget.RichTextSegment {
	src, ok := p.ds.Source(c.Source)
	title := c.Source
	if ok {
		title = sourceLine(src)
	}
	where := lang.L("Where: {{.Locator}} · article {{.Source}}", map[string]any{"Locator": c.Locator, "Source": c.Source})
	if c.Note != "" {
		where += " · " + lang.L("backs: {{.Note}}", map[string]any{"Note": c.Note})
	}
	return []widget.RichTextSegment{
		&widget.ListSegment{Items: []widget.RichTextSegment{para(title), &widget.TextSegment{Text: where, Style: widget.RichTextStyleEmphasis}}},
	}
}

// Text returns the panel's visible text, for tests and accessibility.
func (p *DetailsPanel) Text() string {
	var b strings.Builder
	var walk func(ss []widget.RichTextSegment)
	walk = func(ss []widget.RichTextSegment) {
		for _, s := range ss {
			switch t := s.(type) {
			case *widget.ListSegment:
				walk(t.Items)
			default:
				b.WriteString(s.Textual())
				b.WriteByte('\n')
			}
		}
	}
	walk(p.text.Segments)
	for _, o := range p.related.Objects {
		if l, ok := o.(*widget.Hyperlink); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

func kindSuffix(f data.Feature) string {
	var parts []string
	if f.Kind != "" {
		parts = append(parts, strings.ReplaceAll(f.Kind, "_", " "))
	}
	if f.Faction != "" {
		parts = append(parts, f.Faction)
	}
	if len(parts) == 0 {
		return ""
	}
	return " · " + strings.Join(parts, " · ")
}

func para(s string) *widget.TextSegment {
	return &widget.TextSegment{Text: s, Style: widget.RichTextStyleParagraph}
}

func section(s string) *widget.TextSegment {
	return &widget.TextSegment{Text: s, Style: widget.RichTextStyleSubHeading}
}

func field(name, value string) *widget.TextSegment {
	return para(name + ": " + value)
}

func strong() widget.RichTextStyle {
	s := widget.RichTextStyleParagraph
	s.TextStyle.Bold = true
	return s
}

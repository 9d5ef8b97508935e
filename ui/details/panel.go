package details

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
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// Panel shows the sourced account of one feature: what the articles say,
// which article and where, the figures, and where the sources disagree.
type Panel struct {
	widget.BaseWidget
	ds      *data.Dataset
	text    *widget.RichText
	related *fyne.Container
	closeB  *widget.Button
	root    fyne.CanvasObject

	// OnRelated is called when a related feature's link is pressed.
	OnRelated func(id string)
	// OnClose is called when the panel's close button is pressed.
	OnClose func()
}

// New returns an empty panel for features of ds.
func New(ds *data.Dataset) *Panel {
	p := &Panel{ds: ds, text: widget.NewRichText(), related: container.NewVBox()}
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
	p.ExtendBaseWidget(p)
	p.Clear()
	return p
}

// CreateRenderer shows the panel's heading, text and links.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.root) }

// Clear shows the hint that explains how to select something.
func (p *Panel) Clear() {
	p.text.Segments = []widget.RichTextSegment{
		para(lang.L("Click a zone, route, port or event on the map, or search for it, to read what the articles say about it and where they say it.")),
		para(lang.L("Tab moves between the features on screen, Enter opens one, Esc closes it.")),
	}
	p.text.Refresh()
	p.related.Objects = nil
	p.related.Refresh()
}

// ShowFeature displays feature f.
func (p *Panel) ShowFeature(f data.Feature) {
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: i18n.FeatureName(f), Style: widget.RichTextStyleHeading},
		&widget.TextSegment{Text: f.Layer.Title(i18n.Current()) + kindSuffix(f), Style: widget.RichTextStyleSubHeading},
		field(lang.L("When"), i18n.PeriodText(f.Period)),
		field(lang.L("Where"), i18n.PrecisionText(f.Precision)),
	}
	if f.Mode != "" {
		mode := f.Mode.Title(i18n.Current())
		if f.ModeAssumed {
			mode += " " + lang.L("(the articles do not say; shown as the likely mode)")
		}
		segs = append(segs, field(lang.L("Mode"), mode))
	}
	if f.Destination != "" {
		segs = append(segs, field(lang.L("Towards"), f.Destination))
	}
	segs = append(segs, section(lang.L("What the articles say")), para(i18n.FeatureSummary(f)))
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
			segs = append(segs, &widget.TextSegment{Text: cf.TopicIn(i18n.Current()), Style: strong()})
			for _, v := range cf.Versions {
				cites := make([]string, len(v.Citations))
				for i, c := range v.Citations {
					cites[i] = i18n.ShortCite(p.ds, c)
				}
				segs = append(segs, &widget.ListSegment{Items: []widget.RichTextSegment{
					para(fmt.Sprintf("%s — %s", v.ClaimIn(i18n.Current()), strings.Join(cites, "; "))),
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
			p.related.Add(uikit.Link(i18n.FeatureName(r), func() {
				if p.OnRelated != nil {
					p.OnRelated(id)
				}
			}))
		}
	}
	p.related.Refresh()
}

// citation renders one citation: the article and where in it.
func (p *Panel) citation(c data.Citation) []widget.RichTextSegment {
	src, ok := p.ds.Source(c.Source)
	title := c.Source
	if ok {
		title = i18n.SourceLine(src)
	}
	where := lang.L("Where: {{.Locator}} · article {{.Source}}", map[string]any{"Locator": c.Locator, "Source": c.Source})
	if c.Note != "" {
		where += " · " + lang.L("backs: {{.Note}}", map[string]any{"Note": c.Note})
	}
	return []widget.RichTextSegment{
		&widget.ListSegment{Items: []widget.RichTextSegment{para(title), &widget.TextSegment{Text: where, Style: widget.RichTextStyleEmphasis}}},
	}
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

package details

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// Panel shows the sourced account of one feature: what the articles say
// and how firmly (each hedged or inferred claim with its certainty), which
// article and where, the figures, where the sources disagree, and the
// feature's id, to copy for `atlas -select`.
type Panel struct {
	widget.BaseWidget
	ds      *data.Dataset
	head    *widget.RichText
	id      *widget.Label
	copyB   *uikit.TipButton
	idRow   *fyne.Container
	text    *widget.RichText
	related *fyne.Container
	closeB  *uikit.TipButton
	scroll  *uikit.Scroll
	root    fyne.CanvasObject
	shown   string // id of the feature shown

	// OnRelated is called when a related feature's link is pressed.
	OnRelated func(id string)
	// OnClose is called when the panel's close button is pressed.
	OnClose func()
	// OnCopied is told the id the copy button put on the clipboard.
	OnCopied func(id string)
}

// New returns an empty panel for features of ds; its icon buttons' tips
// show on tips.
func New(ds *data.Dataset, tips *uikit.Tips) *Panel {
	p := &Panel{ds: ds, head: widget.NewRichText(), id: widget.NewLabel(""), text: widget.NewRichText(), related: container.NewVBox()}
	p.head.Wrapping = fyne.TextWrapWord
	p.text.Wrapping = fyne.TextWrapWord
	p.id.TextStyle.Monospace = true
	p.id.Selectable = true
	p.closeB = tips.Button("", theme.CancelIcon(), lang.L("Close the details (Esc)"), func() {
		if p.OnClose != nil {
			p.OnClose()
		}
	})
	p.closeB.Importance = widget.LowImportance
	p.copyB = tips.Button(lang.L("Copy id"), theme.ContentCopyIcon(), lang.L("Copy the feature's id, for atlas -select ID"), p.copyID)
	// The id gives way (an ellipsis) before the row grows wider than a
	// narrow card: presentation mode's card clipped the Copy id button and
	// the text under it at 1024x768.
	p.id.Truncation = fyne.TextTruncateEllipsis
	p.idRow = container.NewBorder(nil, nil, widget.NewLabel(lang.L("Id:")), p.copyB, p.id)
	body := container.NewVBox(p.head, p.idRow, p.text, p.related)
	p.scroll = uikit.NewScroll(body)
	p.root = container.NewBorder(container.NewHBox(widget.NewLabelWithStyle(lang.L("Details"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), layout.NewSpacer(), p.closeB),
		nil, nil, nil, p.scroll)
	p.ExtendBaseWidget(p)
	p.Clear()
	return p
}

// CreateRenderer shows the panel's heading, text and links.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.root) }

// Shown is the id of the feature on show, "" for none.
func (p *Panel) Shown() string { return p.shown }

// Plain is what the panel shows as plain text, a paragraph a line: the
// heading, the id, the account, the related features' names. It needs no
// drawing (a test reads every feature's account with it).
func (p *Panel) Plain() string {
	var b strings.Builder
	var segs func([]widget.RichTextSegment)
	segs = func(ss []widget.RichTextSegment) {
		for _, s := range ss {
			if l, ok := s.(*widget.ListSegment); ok {
				segs(l.Items)
				continue
			}
			b.WriteString(s.Textual() + "\n")
		}
	}
	segs(p.head.Segments)
	if p.idRow.Visible() {
		b.WriteString(p.id.Text + "\n")
	}
	segs(p.text.Segments)
	for _, o := range p.related.Objects {
		switch o := o.(type) {
		case *widget.Label:
			b.WriteString(o.Text + "\n")
		case *widget.Hyperlink:
			b.WriteString(o.Text + "\n")
		}
	}
	return b.String()
}

// ScrollToTop shows the top of the account.
func (p *Panel) ScrollToTop() { p.scroll.ScrollToTop() }

// Clear shows the hint that explains how to select something.
func (p *Panel) Clear() {
	p.shown = ""
	p.head.Segments = nil
	p.head.Refresh()
	p.idRow.Hide()
	p.text.Segments = []widget.RichTextSegment{
		para(lang.L("Click a zone, route, port or event on the map, or search for it, to read what the articles say about it and where they say it.")),
		para(lang.L("On the map, N and P step through the features on screen, Enter flies to one, Esc closes it; {{.Keys}} searches.", map[string]any{"Keys": uikit.ShortcutLabel(fyne.KeyF)})),
	}
	p.text.Refresh()
	p.related.Objects = nil
	p.related.Refresh()
	p.scroll.ScrollToTop()
}

// ShowFeature displays feature f from its top.
func (p *Panel) ShowFeature(f data.Feature) {
	lg := i18n.Current()
	p.shown = f.ID
	p.head.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: i18n.FeatureName(f), Style: widget.RichTextStyleHeading},
		&widget.TextSegment{Text: f.Layer.Title(lg) + kindSuffix(f, lg), Style: widget.RichTextStyleSubHeading},
	}
	p.head.Refresh()
	p.id.SetText(f.ID)
	p.idRow.Show()
	where := f.Precision.Title(i18n.Current())
	if f.PlaceInferred {
		where += " · " + lang.L("place inferred by the atlas, not given by the articles")
	}
	segs := []widget.RichTextSegment{
		field(lang.L("When"), i18n.PeriodText(f.Period)),
		field(lang.L("Where"), where),
	}
	if f.Mode != "" {
		mode := f.Mode.Title(lg)
		if f.ModeAssumed {
			mode += " " + lang.L("(the articles do not say; shown as the likely mode)")
		}
		segs = append(segs, field(lang.L("Mode"), mode))
	}
	if f.Destination != "" {
		segs = append(segs, field(lang.L("Towards"), f.DestinationIn(lg)))
	}
	segs = append(segs, section(lang.L("What the articles say")), para(i18n.FeatureSummary(f)))
	segs = append(segs, p.claims(f)...)
	if len(f.Figures) > 0 {
		segs = append(segs, section(lang.L("Figures")))
		var items []widget.RichTextSegment
		for _, fig := range f.Figures {
			items = append(items, para(fig.StringIn(lg)+certaintySuffix(fig.Certainty)))
		}
		segs = append(segs, &widget.ListSegment{Items: items})
	}
	segs = append(segs, section(lang.L("Sources")))
	for _, c := range f.Citations {
		segs = append(segs, p.citation(c)...)
	}
	segs = append(segs, p.conflicts(f)...)
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
			p.related.Add(uikit.Link(i18n.FeatureName(r), func() {
				if p.OnRelated != nil {
					p.OnRelated(id)
				}
			}))
		}
	}
	p.related.Refresh()
	p.scroll.ScrollToTop()
}

// claims lists the summary's hedged and inferred claims, each with how
// firmly the articles make it and where.
func (p *Panel) claims(f data.Feature) []widget.RichTextSegment {
	if len(f.Claims) == 0 {
		return nil
	}
	lg := i18n.Current()
	segs := []widget.RichTextSegment{section(lang.L("How firmly the articles say it"))}
	var items []widget.RichTextSegment
	for _, c := range f.Claims {
		line := c.TextIn(lg) + " — " + c.Certainty.Norm().Title(lg)
		if cites := p.shortCites(c.Citations); cites != "" {
			line += " (" + cites + ")"
		}
		items = append(items, para(line))
	}
	return append(segs, &widget.ListSegment{Items: items})
}

// conflicts lists where the sources disagree: each version with its
// certainty and citations.
func (p *Panel) conflicts(f data.Feature) []widget.RichTextSegment {
	if len(f.Conflicts) == 0 {
		return nil
	}
	lg := i18n.Current()
	segs := []widget.RichTextSegment{section(lang.L("Sources disagree"))}
	for _, cf := range f.Conflicts {
		segs = append(segs, &widget.TextSegment{Text: cf.TopicIn(lg), Style: strong()})
		var items []widget.RichTextSegment
		for _, v := range cf.Versions {
			items = append(items, para(fmt.Sprintf("%s%s — %s", v.ClaimIn(lg), certaintySuffix(v.Certainty), p.shortCites(v.Citations))))
		}
		segs = append(segs, &widget.ListSegment{Items: items})
	}
	return segs
}

func (p *Panel) shortCites(cs []data.Citation) string {
	cites := make([]string, len(cs))
	for i, c := range cs {
		cites[i] = i18n.ShortCite(p.ds, c)
	}
	return strings.Join(cites, "; ")
}

// certaintySuffix names a certainty other than stated: " (estimated)".
func certaintySuffix(c data.Certainty) string {
	if c.Norm() == data.CertaintyStated {
		return ""
	}
	return " (" + c.Title(i18n.Current()) + ")"
}

// citation renders one citation: the article and where in it.
func (p *Panel) citation(c data.Citation) []widget.RichTextSegment {
	lg := i18n.Current()
	src, ok := p.ds.Source(c.Source)
	title := c.Source
	if ok {
		title = src.Reference(i18n.Current())
	}
	where := lang.L("Where: {{.Locator}} · article {{.Source}}", map[string]any{"Locator": c.LocatorIn(lg), "Source": c.Source})
	if c.Note != "" {
		where += " · " + lang.L("backs: {{.Note}}", map[string]any{"Note": c.NoteIn(lg)})
	}
	return []widget.RichTextSegment{
		&widget.ListSegment{Items: []widget.RichTextSegment{para(title), &widget.TextSegment{Text: where, Style: widget.RichTextStyleEmphasis}}},
	}
}

// copyID puts the feature's id on the clipboard.
func (p *Panel) copyID() {
	if p.shown == "" {
		return
	}
	fyne.CurrentApp().Clipboard().SetContent(p.shown)
	if p.OnCopied != nil {
		p.OnCopied(p.shown)
	}
}

// kindSuffix is " · kind · faction" in lg, "" when the feature has
// neither.
func kindSuffix(f data.Feature, lg string) string {
	var parts []string
	if f.Kind != "" {
		parts = append(parts, f.KindIn(lg))
	}
	if f.Faction != "" {
		parts = append(parts, f.FactionIn(lg))
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

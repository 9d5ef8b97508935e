package layers

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// swatchSize is a legend symbol's size on screen, in logical pixels; it
// is drawn at twice that for sharpness.
const swatchSize = 28

// Panel toggles the layer groups and is the legend of the map on screen,
// the same legend the exports carry: each group's switch with how many of
// its features the view shows, then a line per kind of symbol the map
// draws for it (a route mode, a Shining Path faction, its axes or places),
// drawn as the map draws it, with its title and count; then the key of the
// certainty marks the labels in view carry.
type Panel struct {
	widget.BaseWidget
	checks  map[string]*widget.Check
	counts  map[string]*widget.Label
	entries map[string]*fyne.Container // each group's legend lines
	marks   *fyne.Container
	rows    *fyne.Container
	root    fyne.CanvasObject
	key     string // the entries shown, to rebuild only when they change

	// OnToggled is called when a group is switched on or off.
	OnToggled func(group string, on bool)
}

// New builds the panel with the groups' initial states.
func New(on map[string]bool) *Panel {
	p := &Panel{checks: map[string]*widget.Check{}, counts: map[string]*widget.Label{},
		entries: map[string]*fyne.Container{}, marks: container.NewVBox()}
	rows := container.NewVBox(widget.NewLabelWithStyle(lang.L("Layers: what the view shows"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, g := range data.Groups() {
		name := g.Name
		check := widget.NewCheck(g.Title(i18n.Current()), func(v bool) {
			if p.OnToggled != nil {
				p.OnToggled(name, v)
			}
		})
		check.Checked = on[name]
		count := widget.NewLabel("")
		p.checks[name], p.counts[name] = check, count
		p.entries[name] = container.NewVBox()
		rows.Add(container.NewBorder(nil, nil, nil, count, check))
		rows.Add(container.NewPadded(p.entries[name]))
	}
	rows.Add(widget.NewSeparator())
	rows.Add(p.marks)
	note := widget.NewLabel(lang.L("Dashed outlines and hatching mark places the articles give only roughly; dashed arcs are flights."))
	note.Wrapping = fyne.TextWrapWord
	rows.Add(note)
	p.rows = rows
	p.root = uikit.NewScroll(rows)
	p.ExtendBaseWidget(p)
	return p
}

// SetHeader shows o above the atlas's layers, apart from them by a rule,
// scrolling with them: the window puts the user's own layers there.
func (p *Panel) SetHeader(o fyne.CanvasObject) {
	p.rows.Objects = append([]fyne.CanvasObject{o, widget.NewSeparator()}, p.rows.Objects...)
	p.rows.Refresh()
}

// CreateRenderer shows the groups in a scrolling list.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.root) }

// SetLegend shows the legend of the view: entries as geo/overlay's
// Set.LegendIn gives them (the switched-on layers, counted in the view)
// and the certainty marks its labels carry (Set.MarksIn).
func (p *Panel) SetLegend(entries []overlay.LegendEntry, marks []string) {
	perGroup := map[string]int{}
	for _, e := range entries {
		perGroup[e.Group] += e.Count
	}
	p.show(entries, marks, func(e overlay.LegendEntry) string { return number(e.Count) }, func(group string) string {
		return lang.L("{{.Count}} in view", map[string]any{"Count": perGroup[group]})
	})
}

// SetCompareLegend shows the legend of the compare view: every entry
// either map shows in view (overlay.UnionLegend), counted on the earlier
// and on the later map ("2 › 6"), and the marks of both.
func (p *Panel) SetCompareLegend(earlier, later []overlay.LegendEntry, marks []string) {
	a, b := overlay.LegendCounts(earlier), overlay.LegendCounts(later)
	union := overlay.UnionLegend(earlier, later)
	perGroup := map[string][2]int{}
	for _, e := range union {
		e.Count = 0
		n := perGroup[e.Group]
		perGroup[e.Group] = [2]int{n[0] + a[e], n[1] + b[e]}
	}
	p.show(union, marks, func(e overlay.LegendEntry) string {
		e.Count = 0
		return number(a[e]) + " \u203a " + number(b[e])
	}, func(group string) string {
		n := perGroup[group]
		return lang.L("{{.Earlier}} › {{.Later}} in view", map[string]any{"Earlier": n[0], "Later": n[1]})
	})
}

// show lists entries, each counted by count, under groups counted by
// groupCount, and the keys of marks.
func (p *Panel) show(entries []overlay.LegendEntry, marks []string, count func(overlay.LegendEntry) string, groupCount func(group string) string) {
	lg := i18n.Current()
	key := ""
	for _, e := range entries {
		key += e.Group + "/" + e.Title(lg) + "|"
	}
	for _, m := range marks {
		key += m
	}
	for name, lbl := range p.counts {
		lbl.SetText(groupCount(name))
	}
	if key == p.key {
		p.setCounts(entries, count)
		return
	}
	p.key = key
	for _, c := range p.entries {
		c.Objects = nil
	}
	for _, e := range entries {
		c, ok := p.entries[e.Group]
		if !ok {
			continue
		}
		c.Add(line(e.Swatch(2*swatchSize, 2), e.Title(lg), count(e)))
	}
	for _, c := range p.entries {
		c.Refresh()
	}
	p.marks.Objects = nil
	for _, m := range marks {
		l := widget.NewLabel(data.MarkKey(m, lg))
		l.Wrapping = fyne.TextWrapWord
		p.marks.Add(l)
	}
	p.marks.Refresh()
}

// setCounts updates the lines' counts in place.
func (p *Panel) setCounts(entries []overlay.LegendEntry, count func(overlay.LegendEntry) string) {
	next := map[string]int{}
	for _, e := range entries {
		c := p.entries[e.Group]
		if c == nil || next[e.Group] >= len(c.Objects) {
			continue
		}
		c.Objects[next[e.Group]].(*legendLine).count.SetText(count(e))
		next[e.Group]++
	}
}

// Lines are the legend's lines as text ("Routes by river: 3"), for tests.
func (p *Panel) Lines() []string {
	var out []string
	for _, g := range data.Groups() {
		for _, o := range p.entries[g.Name].Objects {
			l := o.(*legendLine)
			out = append(out, l.title.Text+": "+l.count.Text)
		}
	}
	return out
}

// SetChecked shows a group as on or off without reporting a toggle (for
// lesson scenes that set the layers themselves).
func (p *Panel) SetChecked(group string, on bool) {
	c, ok := p.checks[group]
	if !ok || c.Checked == on {
		return
	}
	c.Checked = on
	c.Refresh()
}

// legendLine is one entry: the symbol, its title and its count.
type legendLine struct {
	widget.BaseWidget
	title, count *widget.Label
	root         fyne.CanvasObject
}

func line(swatch image.Image, title, count string) *legendLine {
	img := canvas.NewImageFromImage(swatch)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(swatchSize, swatchSize))
	l := &legendLine{title: widget.NewLabel(title), count: widget.NewLabel(count)}
	l.title.Wrapping = fyne.TextWrapWord
	l.title.SizeName = theme.SizeNameCaptionText
	l.count.SizeName = theme.SizeNameCaptionText
	l.root = container.NewBorder(nil, nil, container.NewCenter(img), l.count, l.title)
	l.ExtendBaseWidget(l)
	return l
}

// number is a count as the current language writes it.
func number(n int) string { return data.FormatNumber(float64(n), i18n.Current()) }

// CreateRenderer shows the line.
func (l *legendLine) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(l.root) }

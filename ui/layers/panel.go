package layers

import (
	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// Panel toggles the layer groups and is the legend: each group with its
// symbols and how many of its features the map shows in the year.
type Panel struct {
	widget.BaseWidget
	checks map[string]*widget.Check
	counts map[string]*widget.Label
	root   fyne.CanvasObject

	// OnToggled is called when a group is switched on or off.
	OnToggled func(group string, on bool)
}

// New builds the panel with the groups' initial states.
func New(on map[string]bool) *Panel {
	p := &Panel{checks: map[string]*widget.Check{}, counts: map[string]*widget.Label{}}
	rows := container.NewVBox(widget.NewLabelWithStyle(lang.L("Layers"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, g := range data.Groups() {
		name := g.Name
		check := widget.NewCheck(g.Title(i18n.Current()), func(v bool) {
			if p.OnToggled != nil {
				p.OnToggled(name, v)
			}
		})
		check.Checked = on[name]
		count := widget.NewLabel("")
		count.Importance = widget.LowImportance
		p.checks[name], p.counts[name] = check, count
		rows.Add(container.NewBorder(nil, nil, check, count))
		rows.Add(swatchRow(g))
	}
	rows.Add(widget.NewSeparator())
	note := widget.NewLabel(lang.L("Dashed outlines and hatching mark places the articles give only roughly; dashed arcs are flights."))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.LowImportance
	rows.Add(note)
	p.root = container.NewVScroll(rows)
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer shows the groups in a scrolling list.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.root) }

// swatchRow shows the legend symbols of a group's layers.
func swatchRow(g data.Group) fyne.CanvasObject {
	box := container.NewGridWrap(fyne.NewSize(150, 32))
	for _, l := range g.Layers {
		modes := []data.Mode{""}
		if l == data.LayerRoute {
			modes = []data.Mode{data.ModeRiver, data.ModeRoad, data.ModeFoot, data.ModeSea}
		}
		if l == data.LayerAirRoute {
			modes = []data.Mode{data.ModeAir}
		}
		for _, m := range modes {
			img := canvas.NewImageFromImage(overlay.Swatch(l, m, 56, 2))
			img.SetMinSize(fyne.NewSize(28, 28))
			img.FillMode = canvas.ImageFillContain
			label := l.Title(i18n.Current())
			if m != "" {
				label = m.Title(i18n.Current())
			}
			lbl := widget.NewLabel(label)
			lbl.SizeName = theme.SizeNameCaptionText
			box.Add(container.NewHBox(img, lbl))
		}
	}
	return box
}

// SetCounts shows how many features of each group are on the map.
func (p *Panel) SetCounts(entries []overlay.LegendEntry) {
	perGroup := map[string]int{}
	for _, e := range entries {
		perGroup[e.Group] += e.Count
	}
	for name, lbl := range p.counts {
		lbl.SetText(lang.L("{{.Count}} shown", map[string]any{"Count": perGroup[name]}))
	}
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

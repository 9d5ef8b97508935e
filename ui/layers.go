package ui

import (
	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// LayersPanel toggles the layer groups and is the legend: each group with
// its symbols and how many of its features the map shows in the year.
type LayersPanel struct {
	checks map[string]*widget.Check
	counts map[string]*widget.Label
	root   fyne.CanvasObject

	// OnToggled is called when a group is switched on or off.
	OnToggled func(group string, on bool)
}

// NewLayersPanel builds the panel with the groups' initial states.
func NewLayersPanel(on map[string]bool) *LayersPanel {
	p := &LayersPanel{checks: map[string]*widget.Check{}, counts: map[string]*widget.Label{}}
	rows := container.NewVBox(widget.NewLabelWithStyle(lang.L("Layers"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, g := range data.Groups() {
		name := g.Name
		check := widget.NewCheck(g.Title(currentLanguage()), func(v bool) {
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
	return p
}

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
			label := l.Title(currentLanguage())
			if m != "" {
				label = m.Title(currentLanguage())
			}
			lbl := widget.NewLabel(label)
			lbl.SizeName = theme.SizeNameCaptionText
			box.Add(container.NewHBox(img, lbl))
		}
	}
	return box
}

// Object is the panel's canvas object.
func (p *LayersPanel) Object() fyne.CanvasObject { return p.root }

// SetCounts shows how many features of each group are on the map.
func (p *LayersPanel) SetCounts(entries []overlay.LegendEntry) {
	perGroup := map[string]int{}
	for _, e := range entries {
		for _, g := range data.Groups() {
			for _, l := range g.Layers {
				if l == e.Layer {
					perGroup[g.Name] += e.Count
				}
			}
		}
	}
	for name, lbl := range p.counts {
		lbl.SetText(lang.L("{{.Count}} shown", map[string]any{"Count": perGroup[name]}))
	}
}

// Checked reports whether a group is on (for tests).
func (p *LayersPanel) Checked(group string) bool { return p.checks[group].Checked }

// Toggle switches a group as a click would.
func (p *LayersPanel) Toggle(group string) { p.checks[group].SetChecked(!p.checks[group].Checked) }

// SetChecked shows a group as on or off without reporting a toggle (for
// lesson scenes that set the layers themselves).
func (p *LayersPanel) SetChecked(group string, on bool) {
	c, ok := p.checks[group]
	if !ok || c.Checked == on {
		return
	}
	c.Checked = on
	c.Refresh()
}

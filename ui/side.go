package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/ui/details"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/layers"
	"github.com/perutraffickingatlas/atlas/ui/lessons"
	"github.com/perutraffickingatlas/atlas/ui/sources"
)

// The side panel's tabs, in order.
const (
	layersTab = iota
	detailsTab
	sourcesTab
	lessonTab
)

// sidePanel is the tabs beside the map: the layers (the legend), the
// details of the selection, the sources and the lesson. Its tab buttons
// are ordinary buttons, so Tab and Shift+Tab reach them and Space or Enter
// opens one. The window lays it out as one object: docked beside the map,
// or as a drawer over it on a narrow window.
type sidePanel struct {
	root     *fyne.Container
	buttons  []*widget.Button
	pages    []fyne.CanvasObject
	selected int
	layers   *layers.Panel
	details  *details.Panel
	lessons  *lessons.Panel

	// onSelected is told the tab brought forward.
	onSelected func(int)
}

func newSidePanel(l *layers.Panel, d *details.Panel, s *sources.List, le *lessons.Panel) *sidePanel {
	p := &sidePanel{layers: l, details: d, lessons: le, pages: []fyne.CanvasObject{l, d, s, le}}
	names := []string{lang.L("Layers"), lang.L("Details"), lang.L("Sources"), lang.L("Lesson")}
	bar := container.NewGridWithColumns(len(names))
	for i, name := range names {
		b := widget.NewButton(name, func() { p.show(i) })
		p.buttons = append(p.buttons, b)
		bar.Add(b)
	}
	top := container.NewPadded(bar)
	// The bar comes first among the objects, so Tab reaches the tabs
	// before their contents.
	body := container.New(layout.NewBorderLayout(top, nil, nil, nil), top, container.NewStack(p.pages...))
	p.root = container.NewStack(uikit.NewBackground(true), body)
	p.show(layersTab)
	return p
}

// object is the panel to lay out.
func (p *sidePanel) object() fyne.CanvasObject { return p.root }

// show brings tab i forward.
func (p *sidePanel) show(i int) {
	p.selected = i
	for k, pg := range p.pages {
		if k == i {
			pg.Show()
			p.buttons[k].Importance = widget.HighImportance
		} else {
			pg.Hide()
			p.buttons[k].Importance = widget.MediumImportance
		}
		p.buttons[k].Refresh()
	}
	if p.onSelected != nil {
		p.onSelected(i)
	}
}

// selectedIndex is the tab in front.
func (p *sidePanel) selectedIndex() int { return p.selected }

// showDetails brings the Details tab forward.
func (p *sidePanel) showDetails() { p.show(detailsTab) }

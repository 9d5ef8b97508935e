package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/perutraffickingatlas/atlas/ui/details"
	"github.com/perutraffickingatlas/atlas/ui/layers"
	"github.com/perutraffickingatlas/atlas/ui/lessons"
	"github.com/perutraffickingatlas/atlas/ui/sources"
)

// detailsTab is the index of the Details tab.
const detailsTab = 1

// sidePanel is the tabs beside the map: the layers (the legend), the
// details of the selection, the sources and the lesson. The window places
// it as one object, so it can hold it in a split beside the map or, on a
// narrow window, somewhere else.
type sidePanel struct {
	tabs    *container.AppTabs
	layers  *layers.Panel
	details *details.Panel
	lessons *lessons.Panel
}

func newSidePanel(l *layers.Panel, d *details.Panel, s *sources.List, le *lessons.Panel) *sidePanel {
	return &sidePanel{layers: l, details: d, lessons: le, tabs: container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Layers"), theme.ListIcon(), l),
		container.NewTabItemWithIcon(lang.L("Details"), theme.InfoIcon(), d),
		container.NewTabItemWithIcon(lang.L("Sources"), theme.DocumentIcon(), s),
		container.NewTabItemWithIcon(lang.L("Lesson"), theme.MediaPlayIcon(), le),
	)}
}

// showDetails brings the Details tab forward.
func (s *sidePanel) showDetails() { s.tabs.SelectIndex(detailsTab) }

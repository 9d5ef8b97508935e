package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/compare"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// defaultSize is the window's size before the screen is known; fitScreen
// then makes it fit the screen it opened on.
var defaultSize = fyne.NewSize(1360, 860)

// buildBody builds the window's content once: the toolbar, the map and
// its buttons, presentation mode's furniture, the side panel, the
// timeline and the status line, arranged by the shell for the window's
// width and mode. Nothing is rebuilt later, so a change of theme reaches
// every widget.
func (mw *MainWindow) buildBody() *fyne.Container {
	m := mw.mapv
	zoomIn := mw.tips.Button("", theme.ZoomInIcon(), lang.L("Zoom in (+)"), m.ZoomIn)
	zoomOut := mw.tips.Button("", theme.ZoomOutIcon(), lang.L("Zoom out (-)"), m.ZoomOut)
	fit := mw.tips.Button("", theme.ViewFullScreenIcon(), lang.L("Show all of Peru"), func() { m.FitBound(geo.PeruBound()) })
	for _, b := range []*widget.Button{&zoomIn.Button, &zoomOut.Button, &fit.Button} {
		b.Importance = widget.HighImportance
	}
	mw.pres.zoomButtons = container.NewPadded(container.NewVBox(zoomIn, zoomOut, fit))
	mw.cmp = mw.newCompare(container.NewBorder(container.NewHBox(mw.pres.zoomButtons, layout.NewSpacer()), nil, nil, nil))
	mapArea := mw.cmp.Area()

	settings := mw.tips.Button("", theme.SettingsIcon(), lang.L("Settings: language"), mw.showSettings)
	present := mw.tips.Button(lang.L("Present"), theme.ComputerIcon(), lang.L("Presentation mode for a projector (F11)"), mw.TogglePresentation)
	export := mw.tips.Button(lang.L("Export…"), theme.DownloadIcon(), lang.L("Export the view as PNG or PDF ({{.Keys}})", map[string]any{"Keys": uikit.ShortcutLabel(fyne.KeyE)}), mw.showExport)
	compareBtn := mw.tips.Button("", compare.Icon(), lang.L("Compare two years side by side ({{.Keys}})", map[string]any{"Keys": uikit.ShortcutLabel(fyne.KeyK)}), mw.ToggleCompare)
	tools := container.NewHBox(mw.tool, widget.NewLabel(lang.L("Basemap")), mw.basemaps, compareBtn, export, present, settings)
	mw.menuBtn = mw.tips.Button("", theme.MenuIcon(), lang.L("Menu: annotations, basemap, export, present, settings"), mw.showMenu)
	mw.panelBtn = mw.tips.Button("", theme.ListIcon(), lang.L("Show or hide the side panel: layers, details, sources, lesson"), mw.togglePanel)
	toolbar := container.New(toolbarLayout{}, mw.search, tools, mw.menuBtn, mw.panelBtn)

	mw.pres.build(mw)
	mw.shell = &shell{toolbar: toolbar, mapArea: mapArea, furniture: mw.pres.furniture, side: mw.side.object(),
		timeline: mw.pres.timelineBox(mw.timeline), status: mw.status.object()}
	mw.shell.onLayout = mw.mapLaidOut
	mw.shell.mapFurniture = mw.mapv.FurnitureHeight
	return container.New(mw.shell, mw.shell.objects()...)
}

// relayout lays the window out again after a change of mode.
func (mw *MainWindow) relayout() {
	mw.body.Refresh()
}

// togglePanel shows or hides the side panel: a drawer on a narrow window,
// a column on a wide one.
func (mw *MainWindow) togglePanel() {
	if mw.shell.narrow {
		mw.setDrawer(!mw.shell.drawerOpen)
	} else {
		mw.shell.collapsed = !mw.shell.collapsed
		mw.relayout()
	}
}

// setDrawer opens or closes the side panel's drawer on a narrow window.
func (mw *MainWindow) setDrawer(open bool) {
	if mw.shell.drawerOpen == open {
		return
	}
	mw.shell.drawerOpen = open
	mw.relayout()
}

// revealPanel makes sure the side panel is on screen, for the details of a
// feature the user picked.
func (mw *MainWindow) revealPanel() {
	switch {
	case mw.shell.narrow:
		mw.setDrawer(true)
	case mw.shell.collapsed:
		mw.shell.collapsed = false
		mw.relayout()
	}
}

// showMenu opens the toolbar's menu: what the toolbar holds when the
// window is too narrow to show it all.
func (mw *MainWindow) showMenu() {
	var tools []*fyne.MenuItem
	for i, c := range mw.tool.Choices() {
		item := fyne.NewMenuItem(c, func() { mw.tool.Choose(i) })
		item.Checked = i == mw.tool.Chosen()
		tools = append(tools, item)
	}
	tools = append(tools, fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("Clear annotations"), mw.tool.ClearAll))
	var maps []*fyne.MenuItem
	for _, title := range mw.basemaps.Titles() {
		item := fyne.NewMenuItem(title, func() { mw.basemaps.Choose(title) })
		item.Checked = title == mw.basemaps.Title()
		maps = append(maps, item)
	}
	basemap := fyne.NewMenuItem(lang.L("Basemap"), nil)
	basemap.ChildMenu = fyne.NewMenu("", maps...)
	annotate := fyne.NewMenuItem(lang.L("Annotations"), nil)
	annotate.ChildMenu = fyne.NewMenu("", tools...)
	menu := fyne.NewMenu("", annotate, basemap, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Add layer…"), mw.chooseUserFile),
		fyne.NewMenuItem(mw.compareMenuText(), mw.ToggleCompare),
		fyne.NewMenuItem(lang.L("Export…"), mw.showExport),
		fyne.NewMenuItem(lang.L("Export animation…"), mw.showAnimation),
		fyne.NewMenuItem(lang.L("Present"), mw.TogglePresentation),
		fyne.NewMenuItem(lang.L("Settings…"), mw.showSettings))
	c := mw.win.Canvas()
	d := fyne.CurrentApp().Driver()
	pos := d.AbsolutePositionForObject(mw.menuBtn).Add(fyne.NewPos(0, mw.menuBtn.Size().Height))
	pm := widget.NewPopUpMenu(menu, c)
	pm.ShowAtPosition(fyne.NewPos(min(pos.X, c.Size().Width-pm.MinSize().Width), pos.Y))
}

// mapLaidOut notes where the map is, for presentation mode's flights and
// the labels that keep out of its furniture.
func (mw *MainWindow) mapLaidOut(pos fyne.Position, size fyne.Size) {
	mw.pres.mapSize = size
	mw.publishKeepOut()
}

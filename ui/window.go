package ui

import (
	"fmt"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/search"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/placenames"
	"github.com/perutraffickingatlas/atlas/ui/annotator"
	"github.com/perutraffickingatlas/atlas/ui/basemaps"
	"github.com/perutraffickingatlas/atlas/ui/details"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/layers"
	"github.com/perutraffickingatlas/atlas/ui/lessons"
	"github.com/perutraffickingatlas/atlas/ui/mapview"
	"github.com/perutraffickingatlas/atlas/ui/searchbox"
	"github.com/perutraffickingatlas/atlas/ui/sources"
	"github.com/perutraffickingatlas/atlas/ui/timeline"
)

// MainWindow is the atlas's main window. It composes the parts (the map,
// the toolbar's search box, annotation tools and basemap picker, the side
// panel, the timeline and the status bar), holds what they show as one
// session.State, and connects them: each part is told what it needs when
// it is built and reports back through callbacks.
type MainWindow struct {
	win  fyne.Window
	app  fyne.App
	opts Options
	ds   *data.Dataset
	set  *overlay.Set

	state session.State
	// drawOpt and annots hold what the overlay goroutine draws: the
	// overlay options and state.Annotations, published atomically.
	drawOpt atomic.Pointer[overlay.Options]
	annots  atomic.Pointer[annotation.Set]
	// names are the embedded basemap's place names, drawn with the
	// overlay's labels whenever the basemap's tiles carry none.
	names *placenames.Names
	// tabOrder is the features Tab cycles through, in the current view.
	tabOrder []string

	mapv     *mapview.MapView
	search   *searchbox.Box
	tool     *annotator.Tool
	basemaps *basemaps.Picker
	side     *sidePanel
	timeline *timeline.Timeline
	status   *statusBar
	pres     presenter
}

// NewMainWindow builds the main window of app a.
func NewMainWindow(a fyne.App, opts Options) (*MainWindow, error) {
	ds, err := data.Embedded()
	if err != nil {
		return nil, fmt.Errorf("atlas data: %w", err)
	}
	set, err := overlay.New(ds)
	if err != nil {
		return nil, fmt.Errorf("atlas overlays: %w", err)
	}
	ts, err := label.NewTypesetter()
	if err != nil {
		return nil, fmt.Errorf("map labels: %w", err)
	}
	names, err := placenames.Embedded(ts)
	if err != nil {
		return nil, fmt.Errorf("place names: %w", err)
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	src, err := opts.NewBasemap(1)
	if err != nil {
		return nil, fmt.Errorf("embedded basemap: %w", err)
	}
	w := a.NewWindow(lang.L("Peru Trafficking Atlas"))
	mw := &MainWindow{win: w, app: a, opts: opts, ds: ds, set: set, names: names, status: newStatusBar()}
	mw.state, err = session.Load(a.Preferences(), ds, geo.PeruLimits().Bound)
	if err != nil {
		fyne.LogError("remembered state", err)
	}
	opts.applyTo(&mw.state)

	mw.mapv = mapview.New(src, geo.PeruLimits(), geo.View{Center: geo.PeruBound().Center(), Zoom: 5}, mapview.WithPoster(opts.poster))
	mw.search = searchbox.New(search.New(ds, gaz))
	mw.tool = annotator.New(annotator.Options{Window: w, View: mw.mapv.View, Status: mw.setStatus, Error: mw.showError,
		Annotations: func() *annotation.Set { return mw.state.Annotations }, Set: mw.setAnnotations})
	mw.basemaps = basemaps.New(basemaps.Options{Window: w, Version: opts.Version, Embedded: src, Post: opts.poster,
		Show: mw.mapv.SetSource, Status: mw.setStatus, OnChanged: func(spec string) {
			mw.state.Basemap = spec
			mw.redraw() // the place names come with the embedded basemap only
		}})
	mw.timeline = timeline.New(session.FirstYear, ds.LatestYear(), mw.state.Year)
	lessonPanel := lessons.New(lessons.Options{Window: w, Stage: windowStage{mw}, Status: mw.setStatus, Error: mw.showError, Post: opts.poster})
	mw.side = newSidePanel(layers.New(mw.state.Groups), details.New(ds), sources.New(ds, mw.openFeature), lessonPanel)
	mw.setAnnotations(mw.state.Annotations)
	if opts.StartupReport != nil {
		mw.mapv.OnFullMap = func() { opts.StartupReport(time.Since(opts.Started)) }
	}
	mw.wire()

	w.SetContent(mw.layout())
	w.Resize(fyne.NewSize(1360, 860))
	w.SetOnClosed(mw.close)
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		mw.showExport()
	})
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyF11 {
			mw.TogglePresentation()
		}
	})
	if mw.state.Zoom > 0 {
		mw.mapv.CenterOn(mw.state.Center, mw.state.Zoom)
	} else {
		mw.mapv.FitBound(geo.PeruBound())
	}
	mw.publishOptions()
	mw.mapv.SetOverlay(mw.drawOverlay)
	if mw.state.Selected != "" {
		mw.selectFeature(mw.state.Selected, false)
	}
	mw.basemaps.Open(mw.state.Basemap)
	mw.setStatus(lang.L(src.Info().Name) + " · " + lang.L("drag to pan, scroll or +/− to zoom, click a feature for its sources"))
	mw.status.showWhere(mw.mapv.View())
	w.Canvas().Focus(mw.mapv)
	return mw, nil
}

// wire connects the parts' reports to the window.
func (mw *MainWindow) wire() {
	m := mw.mapv
	m.OnViewChanged = func(v geo.View) {
		mw.status.showWhere(v)
		mw.state.Center, mw.state.Zoom = v.Center, v.Zoom
	}
	m.OnTileError = func(t maptile.Tile, err error) {
		mw.setStatus(lang.L("Tile {{.Tile}} unavailable: {{.Err}}", map[string]any{"Tile": fmt.Sprintf("%d/%d/%d", t.Z, t.X, t.Y), "Err": err.Error()}))
	}
	m.SetOnOverlayError(func(err error) {
		mw.setStatus(lang.L("Overlay could not be drawn: {{.Err}}", map[string]any{"Err": err.Error()}))
	})
	m.OnTapped = func(p geo.Pixel, at orb.Point) {
		if mw.tool.Tapped(p, at) {
			return
		}
		ids := mw.set.HitTest(m.View(), *mw.drawOpt.Load(), p, 8)
		if len(ids) == 0 {
			mw.clearSelection()
			return
		}
		mw.selectFeature(ids[0], false)
	}
	m.OnKey = mw.mapKey
	mw.side.details.OnRelated = mw.openFeature
	mw.side.details.OnClose = mw.clearSelection
	mw.side.layers.OnToggled = func(group string, on bool) {
		mw.state.Groups[group] = on
		mw.redraw()
	}
	mw.timeline.OnChanged = func(year int) {
		mw.state.Year = year
		mw.redraw()
	}
	mw.search.OnChosen = func(h search.Hit) {
		if h.IsFeature() {
			mw.openFeature(h.Feature.ID)
			return
		}
		m.CenterOn(h.Point, h.Zoom)
		mw.win.Canvas().Focus(m)
	}
}

// layout arranges the window: the toolbar on top, the map and the side
// panel, the timeline and the status bar at the bottom.
func (mw *MainWindow) layout() fyne.CanvasObject {
	m := mw.mapv
	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), m.ZoomIn)
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), m.ZoomOut)
	fit := widget.NewButtonWithIcon("", theme.ViewFullScreenIcon(), func() { m.FitBound(geo.PeruBound()) })
	for _, b := range []*widget.Button{zoomIn, zoomOut, fit} {
		b.Importance = widget.HighImportance
	}
	controls := container.NewVBox(zoomIn, zoomOut, fit)
	mapArea := container.NewStack(m, container.NewBorder(container.NewHBox(container.NewPadded(controls), layout.NewSpacer()), nil, nil, nil))
	split := container.NewHSplit(mapArea, mw.side.tabs)
	split.Offset = 0.7

	settings := widget.NewButtonWithIcon("", theme.SettingsIcon(), mw.showSettings)
	present := widget.NewButtonWithIcon(lang.L("Present"), theme.ComputerIcon(), mw.TogglePresentation)
	export := widget.NewButtonWithIcon(lang.L("Export…"), theme.DownloadIcon(), mw.showExport)
	toolbar := container.NewBorder(nil, nil, nil, container.NewHBox(mw.tool, widget.NewLabel(lang.L("Basemap")), mw.basemaps, export, present, settings), mw.search)
	bottom := container.NewVBox(container.NewPadded(mw.timeline), mw.status.object())
	return container.NewBorder(container.NewPadded(toolbar), bottom, nil, nil, split)
}

func (mw *MainWindow) setStatus(s string) { mw.status.set(s) }

// showError reports an error with its whole message in a dialog, and on
// one line in the status bar.
func (mw *MainWindow) showError(err error) {
	mw.setStatus(uikit.StatusLine(err))
	uikit.ShowError(err, mw.win)
}

// close saves the state and stops background work.
func (mw *MainWindow) close() {
	mw.timeline.Pause()
	mw.stopHideTimer()
	if err := mw.state.Save(mw.app.Preferences()); err != nil {
		fyne.LogError("save state", err)
	}
	mw.mapv.Close()
	mw.basemaps.Close()
	mw.side.lessons.Close()
}

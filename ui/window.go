package ui

import (
	"fmt"
	"math"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
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
	"github.com/perutraffickingatlas/atlas/ui/compare"
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
	// closed, when set, is told that the window has closed (see
	// watchQuitting).
	closed func()
	ds     *data.Dataset
	// set draws the atlas and the user's layers (users); drawSet is the
	// set the overlay goroutine draws with, published with the options.
	set     *overlay.Set
	drawSet atomic.Pointer[overlay.Set]
	users   userLayers

	state session.State
	// drawOpt and annots hold what the overlay goroutine draws: the
	// overlay options and state.Annotations, published atomically.
	drawOpt atomic.Pointer[overlay.Options]
	annots  atomic.Pointer[annotation.Set]
	// keepOut is what the overlay's labels must avoid besides the
	// annotations: presentation mode's caption strip, card and legend.
	keepOut atomic.Pointer[keepOut]
	// viewZoom is the map's zoom (math.Float64bits), for the overlay
	// goroutine to scale keepOut to the image it draws.
	viewZoom atomic.Uint64
	// names are the embedded basemap's place names, drawn with the
	// overlay's labels whenever the basemap's tiles carry none.
	names *placenames.Names
	// tabOrder is the features N and P step through, in the current view.
	tabOrder []string
	// own is the user's own state while a lesson's scene is on screen:
	// what a restart restores and leaving the lesson brings back.
	own *session.State
	// saved is the state as last kept in the preferences.
	saved    string
	stopSave func()
	// legendTimer coalesces the legend's recounts while the view moves.
	legendTimer *time.Timer
	// recountDue says a recount is waiting on legendTimer (UI goroutine
	// only), so tests can wait for the legends to catch up with the view.
	recountDue bool

	mapv      *mapview.MapView
	cmp       *compare.View // the map area, which compares two years on demand
	search    *searchbox.Box
	tool      *annotator.Tool
	basemaps  *basemaps.Picker
	side      *sidePanel
	timeline  *timeline.Timeline
	status    *statusBar
	float     *fyne.Container // tooltips and the search's matches, over everything
	tips      *uikit.Tips
	shell     *shell
	body      *fyne.Container
	shortcuts fyne.ShortcutHandler
	panelBtn  *uikit.TipButton
	menuBtn   *uikit.TipButton
	pres      presenter
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
	a.Settings().SetTheme(newClassroomTheme())
	w := a.NewWindow(lang.L("Peru Trafficking Atlas"))
	mw := &MainWindow{win: w, app: a, opts: opts, ds: ds, set: set, names: names, status: newStatusBar()}
	mw.state, err = session.Load(a.Preferences(), ds, geo.PeruLimits().Bound)
	if err != nil {
		fyne.LogError("remembered state", err)
	}
	opts.applyTo(&mw.state)

	mw.float = container.NewWithoutLayout()
	mw.tips = uikit.NewTips(mw.float, opts.poster)
	mw.mapv = mapview.New(src, geo.PeruLimits(), geo.View{Center: geo.PeruBound().Center(), Zoom: 5}, mapview.WithPoster(opts.poster))
	mw.search = searchbox.New(search.New(ds, gaz), mw.float)
	mw.tool = annotator.New(annotator.Options{Window: w, View: mw.mapv.View, Status: mw.setStatus, Error: mw.showError,
		Annotations: func() *annotation.Set { return mw.state.Annotations }, Set: mw.setAnnotations})
	mw.basemaps = basemaps.New(basemaps.Options{Window: w, Version: opts.Version, Embedded: src, Post: opts.poster,
		Show: mw.mapv.SetSource, Status: mw.setStatus, Credit: mw.mapv.SetCredit, OnChanged: func(spec string) {
			mw.state.Basemap = spec
			mw.redraw() // the place names come with the embedded basemap only
		}})
	mw.timeline = timeline.New(session.FirstYear, ds.LatestYear(), mw.state.Year, mw.tips)
	lessonPanel := lessons.New(lessons.Options{Window: w, Stage: windowStage{mw}, Status: mw.setStatus, Error: mw.showError, Post: opts.poster,
		Shortcut: mw.shortcuts.TypedShortcut, ExportAnimation: mw.exportLessonAnimation, ExportHandout: mw.exportHandout,
		OnUsers: mw.lessonUsers})
	mw.side = newSidePanel(layers.New(mw.state.Groups), details.New(ds, mw.tips), sources.New(ds, mw.openFeature), lessonPanel)
	mw.initUsers()
	mw.setAnnotations(mw.state.Annotations)
	if opts.StartupReport != nil {
		mw.mapv.OnFullMap = func() { opts.StartupReport(time.Since(opts.Started)) }
	}
	mw.wire()

	mw.body = mw.buildBody()
	w.SetContent(container.NewStack(mw.body, mw.float))
	w.Resize(defaultSize)
	w.SetOnClosed(mw.close)
	mw.addShortcuts()
	if mw.state.Zoom > 0 {
		mw.mapv.CenterOn(mw.state.Center, mw.state.Zoom)
	} else {
		mw.mapv.FitBound(geo.PeruBound())
	}
	mw.viewZoom.Store(math.Float64bits(mw.mapv.View().Zoom))
	mw.publishOptions()
	mw.mapv.SetOverlay(mw.drawOverlay)
	mw.selectAtStart(mw.state.Selected)
	mw.basemaps.Open(mw.state.Basemap)
	mw.setStatus(lang.L(src.Info().Name) + " · " + lang.L("drag to pan, scroll or +/- to zoom, click a feature for its sources"))
	mw.status.showWhere(mw.mapv.View())
	mw.saved = stateKey(mw.state)
	mw.startAutosave()
	w.Canvas().Focus(mw.mapv)
	return mw, nil
}

// wire connects the parts' reports to the window.
func (mw *MainWindow) wire() {
	m := mw.mapv
	m.OnViewChanged = func(v geo.View) {
		mw.viewZoom.Store(math.Float64bits(v.Zoom))
		mw.status.showWhere(v)
		mw.state.Center, mw.state.Zoom = v.Center, v.Zoom
		mw.tabOrder = nil
		mw.recountLater()
	}
	m.OnTileError = func(t maptile.Tile, err error) {
		mw.setStatus(lang.L("Tile {{.Tile}} unavailable: {{.Err}}", map[string]any{"Tile": fmt.Sprintf("%d/%d/%d", t.Z, t.X, t.Y), "Err": err.Error()}))
	}
	m.SetOnOverlayError(mw.overlayFailed)
	m.OnTapped = func(p geo.Pixel, at orb.Point) { mw.tapped(p, at, *mw.drawOpt.Load()) }
	m.OnKey = mw.mapKey
	m.OnRune = mw.mapRune
	m.OnMouseMoved = mw.showControls
	mw.side.details.OnRelated = mw.openFeature
	mw.side.details.OnClose = mw.clearSelection
	mw.side.details.OnCopied = func(id string) {
		mw.setStatus(lang.L("Copied the feature id {{.ID}}: open it with atlas -select {{.ID}}", map[string]any{"ID": id}))
	}
	mw.side.layers.OnToggled = func(group string, on bool) {
		mw.state.Groups[group] = on
		mw.redraw()
	}
	mw.timeline.OnChanged = func(year int) {
		mw.state.Year = year
		mw.redraw()
		mw.pres.showYear(year)
	}
	mw.search.OnChosen = func(h search.Hit) {
		if h.IsFeature() {
			mw.openFeature(h.Feature.ID)
		} else {
			m.CenterOn(h.Point, h.Zoom)
			mw.setStatus(lang.L("{{.Name}}: the map is centred on it", map[string]any{"Name": h.Place.Name}))
		}
		mw.win.Canvas().Focus(m)
	}
	mw.search.OnShortcut = mw.shortcuts.TypedShortcut
	mw.search.OnDone = func() { mw.win.Canvas().Focus(m) }
	mw.side.onSelected = func(int) { mw.side.details.ScrollToTop() }
}

// overlayFailed reports an overlay that could not be drawn.
func (mw *MainWindow) overlayFailed(err error) {
	mw.setStatus(lang.L("Overlay could not be drawn: {{.Err}}", map[string]any{"Err": err.Error()}))
}

// tapped is a tap on the map (or the compare view's earlier map, drawn
// with opt): it places an annotation, or picks the feature under it.
func (mw *MainWindow) tapped(p geo.Pixel, at orb.Point, opt overlay.Options) {
	mw.search.Close()
	if mw.tool.Tapped(p, at) {
		return
	}
	ids := mw.set.HitTest(mw.mapv.View(), opt, p, 8)
	if len(ids) == 0 {
		mw.clearSelection()
		return
	}
	mw.selectFeature(ids[0], false)
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
	mw.setComparing(false) // the one map's view is what a restart restores
	mw.timeline.Pause()
	mw.stopHideTimer()
	mw.stopAutosave()
	mw.saveState()
	mw.closeUsers()
	mw.mapv.Close()
	mw.basemaps.Close()
	mw.side.lessons.Close()
	if mw.closed != nil {
		mw.closed()
	}
}

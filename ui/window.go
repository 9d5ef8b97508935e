package ui

import (
	"context"
	"fmt"
	"image"
	"math"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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
	"github.com/perutraffickingatlas/atlas/geo/annotate"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/mapview"
)

// MainWindow is the atlas's main window: search and basemap toolbar, the
// map with its overlays, the layers/details/sources panel, the year
// timeline and a status line.
type MainWindow struct {
	Window   fyne.Window
	Map      *mapview.MapView
	Details  *DetailsPanel
	Layers   *LayersPanel
	Timeline *Timeline
	Search   *SearchBox

	app     fyne.App
	opts    Options
	ds      *data.Dataset
	set     *overlay.Set
	state   session.State
	drawOpt atomic.Pointer[overlay.Options]
	tabs    *container.AppTabs
	status  *widget.Label
	where   *widget.Label
	basemap *basemapPicker
	pres    presenter
	Lessons *LessonPanel
	// annots holds state.Annotations for the overlay goroutine.
	annots atomic.Pointer[annotation.Set]
	tool   *annotationTool
	// tabOrder is the features Tab cycles through, in the current view.
	tabOrder []string
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
	gaz, err := gazetteer.Embedded()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	src, err := opts.NewBasemap(1)
	if err != nil {
		return nil, fmt.Errorf("embedded basemap: %w", err)
	}

	w := a.NewWindow(lang.L("Peru Trafficking Atlas"))
	mw := &MainWindow{Window: w, app: a, opts: opts, ds: ds, set: set,
		status: widget.NewLabel(""), where: widget.NewLabel("")}
	mw.status.Truncation = fyne.TextTruncateEllipsis
	mw.state, err = session.Load(a.Preferences(), ds, geo.PeruLimits().Bound)
	if err != nil {
		fyne.LogError("remembered state", err)
	}
	opts.applyTo(&mw.state)

	mw.Map = mapview.New(src, geo.PeruLimits(), geo.View{Center: geo.PeruBound().Center(), Zoom: 5}, mapview.WithPoster(opts.poster))
	mw.Details = NewDetailsPanel(ds)
	mw.Layers = NewLayersPanel(mw.state.Groups)
	mw.Timeline = NewTimeline(session.FirstYear, ds.LatestYear(), mw.state.Year)
	mw.Search = NewSearchBox(search.New(ds, gaz))
	mw.basemap = newBasemapPicker(mw)
	mw.Lessons = newLessonPanel(mw)
	mw.tool = newAnnotationTool(mw)
	mw.setAnnotations(mw.state.Annotations)

	if opts.StartupReport != nil {
		mw.Map.OnFullMap = func() { opts.StartupReport(time.Since(opts.Started)) }
	}
	mw.wire()
	w.SetContent(mw.layout())
	w.Resize(fyne.NewSize(1360, 860))
	w.SetOnClosed(mw.close)
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		mw.showExportDialog()
	})
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyF11 {
			mw.TogglePresentation()
		}
	})

	if mw.state.Zoom > 0 {
		mw.Map.CenterOn(mw.state.Center, mw.state.Zoom)
	} else {
		mw.Map.FitBound(geo.PeruBound())
	}
	mw.publishOptions()
	mw.Map.SetOverlay(mw.drawOverlay)
	if mw.state.Selected != "" {
		mw.selectFeature(mw.state.Selected, false)
	}
	mw.basemap.restore(mw.state.Basemap)
	mw.setStatus(lang.L(src.Info().Name) + " · " + lang.L("drag to pan, scroll or +/− to zoom, click a feature for its sources"))
	mw.showWhere(mw.Map.View())
	w.Canvas().Focus(mw.Map)
	return mw, nil
}

// wire connects the widgets' callbacks.
func (mw *MainWindow) wire() {
	m := mw.Map
	m.OnViewChanged = func(v geo.View) {
		mw.showWhere(v)
		mw.state.Center, mw.state.Zoom = v.Center, v.Zoom
	}
	m.OnTileError = func(t maptile.Tile, err error) {
		mw.setStatus(lang.L("Tile {{.Tile}} unavailable: {{.Err}}", map[string]any{"Tile": fmt.Sprintf("%d/%d/%d", t.Z, t.X, t.Y), "Err": err.Error()}))
	}
	m.SetOnOverlayError(func(err error) {
		mw.setStatus(lang.L("Overlay could not be drawn: {{.Err}}", map[string]any{"Err": err.Error()}))
	})
	m.OnTapped = func(p geo.Pixel, at orb.Point) {
		if mw.tool.tapped(p, at) {
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
	mw.Details.OnRelated = func(id string) { mw.selectFeature(id, true) }
	mw.Details.OnClose = mw.clearSelection
	mw.Layers.OnToggled = func(group string, on bool) {
		mw.state.Groups[group] = on
		mw.redraw()
	}
	mw.Timeline.OnChanged = func(year int) {
		mw.state.Year = year
		mw.redraw()
	}
	mw.Search.OnChosen = func(r search.Hit) {
		if r.IsFeature() {
			mw.selectFeature(r.Feature.ID, true)
			return
		}
		mw.Map.CenterOn(r.Point, r.Zoom)
		mw.Window.Canvas().Focus(mw.Map)
	}
}

// layout arranges the window.
func (mw *MainWindow) layout() fyne.CanvasObject {
	m := mw.Map
	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), m.ZoomIn)
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), m.ZoomOut)
	fit := widget.NewButtonWithIcon("", theme.ViewFullScreenIcon(), func() { m.FitBound(geo.PeruBound()) })
	for _, b := range []*widget.Button{zoomIn, zoomOut, fit} {
		b.Importance = widget.HighImportance
	}
	controls := container.NewVBox(zoomIn, zoomOut, fit)
	mapArea := container.NewStack(m, container.NewBorder(container.NewHBox(container.NewPadded(controls), layout.NewSpacer()), nil, nil, nil))

	mw.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Layers"), theme.ListIcon(), mw.Layers.Object()),
		container.NewTabItemWithIcon(lang.L("Details"), theme.InfoIcon(), mw.Details.Object()),
		container.NewTabItemWithIcon(lang.L("Sources"), theme.DocumentIcon(), newSourcesView(mw.ds, func(id string) { mw.selectFeature(id, true) })),
		container.NewTabItemWithIcon(lang.L("Lesson"), theme.MediaPlayIcon(), mw.Lessons.Object()),
	)
	split := container.NewHSplit(mapArea, mw.tabs)
	split.Offset = 0.7

	settings := widget.NewButtonWithIcon("", theme.SettingsIcon(), mw.showSettings)
	present := widget.NewButtonWithIcon(lang.L("Present"), theme.ComputerIcon(), mw.TogglePresentation)
	export := widget.NewButtonWithIcon(lang.L("Export…"), theme.DownloadIcon(), mw.showExportDialog)
	toolbar := container.NewBorder(nil, nil, nil, container.NewHBox(mw.tool.Object(), widget.NewLabel(lang.L("Basemap")), mw.basemap.Object(), export, present, settings), mw.Search.Entry)
	statusBar := container.NewBorder(nil, nil, nil, mw.where, mw.status)
	bottom := container.NewVBox(container.NewPadded(mw.Timeline.Object()), statusBar)
	return container.NewBorder(container.NewPadded(toolbar), bottom, nil, nil, split)
}

// publishOptions makes the overlay options match the state; the overlay
// goroutine reads them atomically.
func (mw *MainWindow) publishOptions() {
	o := overlay.Options{Year: mw.state.Year, Layers: mw.state.Layers(), Selected: mw.state.Selected, Scale: 1, Lang: currentLanguage()}
	if mw.pres.on {
		o.Scale = 1.8 // symbols and labels that read from the back of a classroom
	}
	mw.drawOpt.Store(&o)
	mw.Layers.SetCounts(mw.set.Legend(o))
}

// redraw re-renders the overlay after the year, layers or selection
// changed, and remembers the state.
func (mw *MainWindow) redraw() {
	mw.publishOptions()
	mw.Map.RefreshOverlay()
	mw.tabOrder = nil
}

// drawOverlay renders the overlay off the UI goroutine. On HiDPI screens
// it draws at twice the density (one zoom level up, twice the size) so
// lines and text stay sharp.
func (mw *MainWindow) drawOverlay(ctx context.Context, v geo.View) (image.Image, error) {
	opt := *mw.drawOpt.Load()
	if c := mw.Window.Canvas(); c != nil && c.Scale() >= 1.5 {
		v = geo.View{Center: v.Center, Zoom: v.Zoom + 1, Width: v.Width * 2, Height: v.Height * 2}
		opt.Scale *= 2
	}
	img, err := mw.set.Render(ctx, v, opt)
	if err != nil {
		return nil, err
	}
	if err := annotate.DrawOver(img, v, mw.annots.Load(), opt.Scale); err != nil {
		return nil, err
	}
	return img, nil
}

// selectFeature highlights a feature, opens its details and, when fly is
// set, moves the map to it.
func (mw *MainWindow) selectFeature(id string, fly bool) {
	f, ok := mw.ds.ByID(id)
	if !ok {
		mw.setStatus(lang.L("No feature with id {{.ID}}", map[string]any{"ID": id}))
		return
	}
	mw.state.Selected = id
	mw.Details.Show(f)
	mw.showSelectionCard()
	if mw.tabs != nil {
		mw.tabs.SelectIndex(1)
	}
	if !f.OnMapIn(mw.state.Year, nil) {
		mw.Timeline.SetYear(f.Period.From) // show it in a year it existed
	}
	mw.redraw()
	if fly {
		b := f.Geometry.Bound()
		v := mw.Map.View()
		if b.Min == b.Max {
			mw.Map.CenterOn(b.Center(), math.Max(v.Zoom, 8))
		} else {
			mw.Map.SetView(geo.Fit(b.Pad(0.3), v.Width, v.Height, 2).Clamp(mw.Map.Limits()))
		}
	}
	mw.setStatus(fmt.Sprintf("%s — %s, %s", featureName(f), f.Layer.Title(currentLanguage()), periodText(f.Period)))
}

// clearSelection closes the details.
func (mw *MainWindow) clearSelection() {
	if mw.state.Selected == "" {
		return
	}
	mw.state.Selected = ""
	mw.Details.Clear()
	mw.showSelectionCard()
	mw.redraw()
}

// mapKey handles the atlas's keys on the map: Tab and Shift+Tab move
// through the features on screen, Enter opens the highlighted one, Esc
// closes it, Page Up/Down and [ ] step the year, space plays.
func (mw *MainWindow) mapKey(ev *fyne.KeyEvent) bool {
	if mw.pres.on && len(mw.Lessons.Lesson().Scenes) > 0 {
		// Presentation clickers send Page Up/Down, arrows or space.
		switch ev.Name {
		case fyne.KeyPageDown, fyne.KeyRight, fyne.KeyDown, fyne.KeySpace:
			mw.Lessons.Step(1)
			return true
		case fyne.KeyPageUp, fyne.KeyLeft, fyne.KeyUp, fyne.KeyBackspace:
			mw.Lessons.Step(-1)
			return true
		}
	}
	switch ev.Name {
	case fyne.KeyTab:
		mw.cycleFeatures(1)
	case fyne.KeyEnter, fyne.KeyReturn:
		if id := mw.state.Selected; id != "" {
			mw.selectFeature(id, true)
		}
	case fyne.KeyEscape:
		if mw.state.Selected == "" && mw.pres.on {
			mw.SetPresenting(false)
		}
		mw.clearSelection()
	case fyne.KeyF11:
		mw.TogglePresentation()
	case fyne.KeyPageUp, fyne.KeyRightBracket:
		mw.Timeline.Step(1)
	case fyne.KeyPageDown, fyne.KeyLeftBracket:
		mw.Timeline.Step(-1)
	case fyne.KeySpace:
		mw.Timeline.TogglePlay()
	default:
		return false
	}
	return true
}

// cycleFeatures highlights the next feature visible in the view.
func (mw *MainWindow) cycleFeatures(step int) {
	if mw.tabOrder == nil {
		mw.tabOrder = mw.set.Visible(mw.Map.View(), *mw.drawOpt.Load())
	}
	if len(mw.tabOrder) == 0 {
		mw.setStatus(lang.L("No features on screen in {{.Year}}", map[string]any{"Year": mw.state.Year}))
		return
	}
	i := 0
	for k, id := range mw.tabOrder {
		if id == mw.state.Selected {
			i = (k + step + len(mw.tabOrder)) % len(mw.tabOrder)
		}
	}
	order := mw.tabOrder
	mw.selectFeature(order[i], false)
	mw.tabOrder = order
}

func (mw *MainWindow) setStatus(s string) { mw.status.SetText(s) }

// showError reports an error with its whole message in a dialog, and on
// one line in the status bar.
func (mw *MainWindow) showError(err error) {
	mw.setStatus(uikit.StatusLine(err))
	uikit.ShowError(err, mw.Window)
}

// showWhere writes the centre and zoom into the status bar.
func (mw *MainWindow) showWhere(v geo.View) {
	mw.where.SetText(formatLatLon(v.Center.Lat(), v.Center.Lon()) + "  ·  " + lang.L("zoom {{.Zoom}}", map[string]any{"Zoom": fmt.Sprintf("%.1f", v.Zoom)}))
}

// close saves the state and stops background work.
func (mw *MainWindow) close() {
	mw.Timeline.Pause()
	mw.stopHideTimer()
	if err := mw.state.Save(mw.app.Preferences()); err != nil {
		fyne.LogError("save state", err)
	}
	mw.Map.Close()
	mw.basemap.close()
	mw.Lessons.close()
}

// formatLatLon writes a position as "12.05°S 77.03°W".
func formatLatLon(lat, lon float64) string {
	ns, ew := "N", "E"
	if lat < 0 {
		ns = "S"
	}
	if lon < 0 {
		ew = "W"
	}
	return fmt.Sprintf("%.2f°%s %.2f°%s", math.Abs(lat), ns, math.Abs(lon), ew)
}

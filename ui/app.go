package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/assets"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// AppID is the application's reverse-DNS identifier (also in FyneApp.toml).
const AppID = "org.perutraffickingatlas.atlas"

// Options configure the window the app opens with.
type Options struct {
	// Version is shown in the title bar's about text and sent in the
	// User-Agent of online tile requests.
	Version string
	// Basemap is the tile source shown at start; NewBasemap makes the
	// embedded one for a given pixel density.
	NewBasemap func(scale int) (tiles.Source, error)
	// Center and Zoom, when Zoom > 0, open the map on a prepared view
	// instead of the last one.
	Center orb.Point
	Zoom   float64
	// Year, when not 0, opens on that year instead of the last one.
	Year int
	// Select, when set, opens with that feature selected.
	Select string

	// Present opens in presentation mode.
	Present bool
	// Lesson, when set, opens that lesson file on its first scene.
	Lesson string

	// StartupReport, when set, is told how long after Started the first
	// complete map was on screen.
	StartupReport func(elapsed time.Duration)
	// Started is when the process started, for StartupReport.
	Started time.Time

	// controlsIdle, when set, replaces how long presentation controls
	// stay visible after the pointer rests (tests make it long).
	controlsIdle time.Duration

	// poster, when set, replaces fyne.Do for the map's background work
	// (tests run it on their own goroutine).
	poster func(func())
}

// applyTo lets the command line's choices override the remembered state.
func (o Options) applyTo(s *session.State) {
	if o.Zoom > 0 {
		s.Center, s.Zoom = o.Center, o.Zoom
	}
	if o.Year != 0 {
		s.Year = o.Year
	}
	if o.Select != "" {
		s.Selected = o.Select
	}
}

// Run opens the main window and blocks until it is closed.
func Run(opts Options) error {
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG()))
	a.Settings().SetTheme(newClassroomTheme())
	if _, err := i18n.Setup(a.Preferences().StringWithFallback(i18n.Pref, i18n.Auto)); err != nil {
		fyne.LogError("language", err)
	}
	w, err := NewMainWindow(a, opts)
	if err != nil {
		return fmt.Errorf("open main window: %w", err)
	}
	a.Lifecycle().SetOnStarted(func() { fyne.Do(w.useDeviceScale) })
	if opts.Lesson != "" {
		w.side.lessons.Open(opts.Lesson)
	}
	if opts.Present {
		w.SetPresenting(true)
	}
	w.win.ShowAndRun()
	return nil
}

// useDeviceScale switches the embedded basemap to 512 px tiles when the
// window turns out to be on a HiDPI screen (its scale is known only once
// it is shown), so labels and coastlines stay sharp.
func (mw *MainWindow) useDeviceScale() {
	if mw.win.Canvas().Scale() < 1.5 {
		return
	}
	src, err := mw.opts.NewBasemap(2)
	if err != nil {
		mw.setStatus(err.Error())
		return
	}
	mw.basemaps.SetEmbedded(src)
}

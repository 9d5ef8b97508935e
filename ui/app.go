package ui

import (
	"errors"
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

// ErrNoDisplay is returned by Run when there is no display to open the
// window on.
var ErrNoDisplay = errors.New("ui: no display to open the window on")

// Room the window leaves on its screen, in logical pixels: beside it, and
// above and below it for the title bar.
const (
	screenMarginX = 16
	screenMarginY = 48
	// screenPart is how much of a large screen the window takes.
	screenPart = 0.85
)

// maxWindow is the largest window the atlas opens: larger would only
// spread the same map thinner.
var maxWindow = fyne.NewSize(2400, 1500)

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

// Run opens the main window and blocks until it is closed. Without a
// display it returns an error wrapping ErrNoDisplay at once.
func Run(opts Options) error {
	if err := checkDisplay(); err != nil {
		return err
	}
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG()))
	if _, err := i18n.Setup(a.Preferences().StringWithFallback(i18n.Pref, i18n.Auto)); err != nil {
		fyne.LogError("language", err)
	}
	w, err := NewMainWindow(a, opts)
	if err != nil {
		return fmt.Errorf("open main window: %w", err)
	}
	a.Lifecycle().SetOnStarted(func() {
		fyne.Do(func() {
			w.fitScreen()
			w.useDeviceScale()
			w.win.Canvas().Focus(w.mapv) // the keys are the map's from the start
		})
	})
	if opts.Lesson != "" {
		w.side.lessons.Open(opts.Lesson)
	}
	if opts.Present {
		w.SetPresenting(true)
	}
	w.closed = watchQuitting()
	w.win.ShowAndRun()
	return nil
}

// fitScreen makes the window fit the screen it opened on: the default
// size where there is room, less on a small screen (a 1024x768
// projector), more on a large one.
func (mw *MainWindow) fitScreen() {
	w, h, ok := workArea()
	scale := mw.win.Canvas().Scale()
	if !ok || scale <= 0 || mw.pres.on {
		return
	}
	room := fyne.NewSize(float32(w)/scale-screenMarginX, float32(h)/scale-screenMarginY)
	size := fitSize(room)
	if size != mw.win.Canvas().Size() {
		mw.win.Resize(size)
		mw.win.CenterOnScreen()
	}
}

// fitSize is the window's size on a screen with room logical pixels free:
// most of a large screen, the default size on a middling one, all of the
// room on a small one (a 1024x768 projector).
func fitSize(room fyne.Size) fyne.Size {
	w := min(max(room.Width*screenPart, defaultSize.Width), maxWindow.Width)
	h := min(max(room.Height*screenPart, defaultSize.Height), maxWindow.Height)
	return fyne.NewSize(min(w, room.Width), min(h, room.Height))
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

package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/assets"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
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
	// instead of all of Peru.
	Center orb.Point
	Zoom   float64
}

// Run opens the main window and blocks until it is closed.
func Run(opts Options) error {
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG()))
	w, err := NewMainWindow(a, opts)
	if err != nil {
		return fmt.Errorf("open main window: %w", err)
	}
	w.Window.ShowAndRun()
	return nil
}

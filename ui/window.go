package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/mapview"
)

// MainWindow is the atlas's main window: the map, its zoom controls and a
// status line.
type MainWindow struct {
	Window fyne.Window
	Map    *mapview.MapView
	status *widget.Label
	where  *widget.Label
}

// NewMainWindow builds the main window of app a.
func NewMainWindow(a fyne.App, opts Options) (*MainWindow, error) {
	src, err := opts.NewBasemap(1)
	if err != nil {
		return nil, fmt.Errorf("embedded basemap: %w", err)
	}
	w := a.NewWindow("Peru Trafficking Atlas")
	mw := &MainWindow{Window: w, status: widget.NewLabel(""), where: widget.NewLabel("")}
	mw.status.Truncation = fyne.TextTruncateEllipsis

	m := mapview.New(src, geo.PeruLimits(), geo.View{Center: geo.PeruBound().Center(), Zoom: 5})
	if opts.Zoom > 0 {
		m.CenterOn(opts.Center, opts.Zoom)
	} else {
		m.FitBound(geo.PeruBound())
	}
	m.OnViewChanged = mw.showWhere
	m.OnTileError = func(t maptile.Tile, err error) {
		mw.status.SetText(fmt.Sprintf("Tile %d/%d/%d unavailable: %v", t.Z, t.X, t.Y, err))
	}
	mw.Map = m

	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), m.ZoomIn)
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), m.ZoomOut)
	fit := widget.NewButtonWithIcon("", theme.ViewFullScreenIcon(), func() { m.FitBound(geo.PeruBound()) })
	zoomIn.Importance, zoomOut.Importance, fit.Importance = widget.HighImportance, widget.HighImportance, widget.HighImportance
	controls := container.NewVBox(zoomIn, zoomOut, fit)
	overlay := container.NewBorder(container.NewHBox(container.NewPadded(controls), layout.NewSpacer()), nil, nil, nil)

	statusBar := container.NewBorder(nil, nil, nil, mw.where, mw.status)
	w.SetContent(container.NewBorder(nil, statusBar, nil, nil, container.NewStack(m, overlay)))
	w.Resize(fyne.NewSize(1280, 800))
	w.SetOnClosed(m.Close)
	w.Canvas().Focus(m)
	mw.status.SetText(src.Info().Name + " · drag to pan, scroll or +/− to zoom, arrow keys to move")
	mw.showWhere(m.View())
	return mw, nil
}

// showWhere writes the centre and zoom into the status bar.
func (mw *MainWindow) showWhere(v geo.View) {
	mw.where.SetText(fmt.Sprintf("%s  ·  zoom %.1f", formatLatLon(v.Center.Lat(), v.Center.Lon()), v.Zoom))
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

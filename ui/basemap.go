package ui

import (
	"context"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
	"github.com/perutraffickingatlas/atlas/geo/tiles/xyz"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

const (
	customURLKey = "Custom XYZ URL…"
	mbtilesKey   = "Open MBTiles file…"
)

// basemapPicker lets the user switch between the embedded basemap, the
// online presets, a custom XYZ URL and an MBTiles file. Sources are opened
// off the UI goroutine; online failures fall back to the embedded basemap
// and are reported in the status line.
type basemapPicker struct {
	mw       *MainWindow
	sel      *widget.Select
	specs    map[string]string // title -> spec
	current  catalog.Source
	spec     string
	embedded tiles.Source
	quiet    bool // set while the selection is changed in code

	customURL, mbtiles string // the two entries that open a dialog
}

func newBasemapPicker(mw *MainWindow) *basemapPicker {
	p := &basemapPicker{mw: mw, specs: map[string]string{}, embedded: mw.Map.Source(), spec: catalog.Embedded}
	var titles []string
	for _, c := range catalog.Choices() {
		title := lang.L(c.Title)
		titles = append(titles, title)
		p.specs[title] = c.Spec
	}
	p.customURL, p.mbtiles = lang.L(customURLKey), lang.L(mbtilesKey)
	titles = append(titles, p.customURL, p.mbtiles)
	p.sel = widget.NewSelect(titles, p.chosen)
	p.showSpec(catalog.Embedded)
	return p
}

// Object is the picker's canvas object.
func (p *basemapPicker) Object() fyne.CanvasObject { return p.sel }

func (p *basemapPicker) chosen(title string) {
	if p.quiet {
		return
	}
	switch title {
	case p.customURL:
		e := widget.NewEntry()
		e.SetPlaceHolder("https://example.org/tiles/{z}/{x}/{y}.png")
		dialog.ShowForm(lang.L("Custom tile server"), lang.L("Use"), lang.L("Cancel"),
			[]*widget.FormItem{widget.NewFormItem(lang.L("URL template"), e)},
			func(ok bool) {
				if ok {
					p.open(strings.TrimSpace(e.Text))
				} else {
					p.showSpec(p.spec)
				}
			}, p.mw.Window)
	case p.mbtiles:
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				p.showSpec(p.spec)
				return
			}
			path := r.URI().Path()
			r.Close()
			p.open(path)
		}, p.mw.Window)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".mbtiles"}))
		d.Show()
	default:
		p.open(p.specs[title])
	}
}

// restore reopens the basemap remembered from the last session.
func (p *basemapPicker) restore(spec string) {
	if spec != "" && spec != catalog.Embedded {
		p.open(spec)
	}
}

// open opens spec in the background and switches the map to it.
func (p *basemapPicker) open(spec string) {
	if spec == "" {
		return
	}
	mw := p.mw
	mw.setStatus(lang.L("Opening basemap {{.Spec}}…", map[string]any{"Spec": spec}))
	onEvent := func(ev xyz.Event) {
		if ev.Kind == xyz.EventFailed || ev.Kind == xyz.EventStale {
			fyne.Do(func() { mw.setStatus(fmt.Sprintf("%s: %s — %s", ev.Provider, ev.Kind, xyz.Describe(ev.Err))) })
		}
	}
	go func() {
		src, err := catalog.Open(context.Background(), spec, catalog.Options{Version: mw.opts.Version, OnEvent: onEvent})
		fyne.Do(func() {
			if err != nil {
				uikit.ShowError(err, mw.Window)
				mw.setStatus(lang.L("Basemap unchanged: {{.Err}}", map[string]any{"Err": uikit.StatusLine(err)}))
				p.showSpec(p.spec)
				return
			}
			p.switchTo(spec, src)
		})
	}()
}

// switchTo shows src on the map, with the embedded basemap standing in
// wherever it fails.
func (p *basemapPicker) switchTo(spec string, src catalog.Source) {
	mw := p.mw
	old := p.current
	p.current, p.spec = src, spec
	if spec == catalog.Embedded {
		mw.Map.SetSource(p.embedded)
	} else {
		name := src.Info().Name
		mw.Map.SetSource(tiles.NewFallback(src, p.embedded, func(t maptile.Tile, err error) {
			fyne.Do(func() {
				mw.setStatus(lang.L("{{.Name}} unavailable for tile {{.Tile}} ({{.Why}}): showing the embedded basemap there",
					map[string]any{"Name": name, "Tile": fmt.Sprintf("%d/%d/%d", t.Z, t.X, t.Y), "Why": xyz.Describe(err)}))
			})
		}))
	}
	if old != nil {
		old.Close()
	}
	mw.state.Basemap = spec
	p.showSpec(spec)
	info := src.Info()
	mw.setStatus(lang.L("Basemap: {{.Name}} — {{.Attribution}}", map[string]any{"Name": info.Name, "Attribution": info.Attribution}))
}

// showSpec makes the picker show spec without reacting to it.
func (p *basemapPicker) showSpec(spec string) {
	p.quiet = true
	defer func() { p.quiet = false }()
	for title, s := range p.specs {
		if s == spec {
			p.sel.SetSelected(title)
			return
		}
	}
	switch {
	case strings.HasSuffix(strings.ToLower(spec), ".mbtiles"):
		p.sel.SetSelected(p.mbtiles)
	case spec != "":
		p.sel.SetSelected(p.customURL)
	}
}

// close releases the open source.
func (p *basemapPicker) close() {
	if p.current != nil {
		p.current.Close()
	}
}

// useDeviceScale switches the embedded basemap to 512 px tiles when the
// window turns out to be on a HiDPI screen (its scale is known only once
// it is shown), so labels and coastlines stay sharp.
func (mw *MainWindow) useDeviceScale() {
	p := mw.basemap
	if mw.Window.Canvas().Scale() < 1.5 || p.embedded.Info().TileSize >= 512 {
		return
	}
	src, err := mw.opts.NewBasemap(2)
	if err != nil {
		mw.setStatus(err.Error())
		return
	}
	p.embedded = src
	if p.spec == catalog.Embedded {
		mw.Map.SetSource(src)
	}
}

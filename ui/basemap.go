package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
	"github.com/perutraffickingatlas/atlas/geo/tiles/xyz"
)

const (
	customURLChoice = "Custom XYZ URL…"
	mbtilesChoice   = "Open MBTiles file…"
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
}

func newBasemapPicker(mw *MainWindow) *basemapPicker {
	p := &basemapPicker{mw: mw, specs: map[string]string{}, embedded: mw.Map.Source(), spec: catalog.Embedded}
	var titles []string
	for _, c := range catalog.Choices() {
		titles = append(titles, c.Title)
		p.specs[c.Title] = c.Spec
	}
	titles = append(titles, customURLChoice, mbtilesChoice)
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
	case customURLChoice:
		e := widget.NewEntry()
		e.SetPlaceHolder("https://example.org/tiles/{z}/{x}/{y}.png")
		dialog.ShowForm("Custom tile server", "Use", "Cancel",
			[]*widget.FormItem{widget.NewFormItem("URL template", e)},
			func(ok bool) {
				if ok {
					p.open(strings.TrimSpace(e.Text))
				} else {
					p.showSpec(p.spec)
				}
			}, p.mw.Window)
	case mbtilesChoice:
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
	mw.setStatus("Opening basemap " + spec + "…")
	onEvent := func(ev xyz.Event) {
		if ev.Kind == xyz.EventFailed || ev.Kind == xyz.EventStale {
			fyne.Do(func() { mw.setStatus(fmt.Sprintf("%s: %s — %s", ev.Provider, ev.Kind, xyz.Describe(ev.Err))) })
		}
	}
	go func() {
		src, err := catalog.Open(context.Background(), spec, catalog.Options{Version: mw.opts.Version, OnEvent: onEvent})
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(err, mw.Window)
				mw.setStatus("Basemap unchanged: " + err.Error())
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
				mw.setStatus(fmt.Sprintf("%s unavailable for tile %d/%d/%d (%s): showing the embedded basemap there", name, t.Z, t.X, t.Y, xyz.Describe(err)))
			})
		}))
	}
	if old != nil {
		old.Close()
	}
	mw.state.Basemap = spec
	p.showSpec(spec)
	info := src.Info()
	mw.setStatus("Basemap: " + info.Name + " — " + info.Attribution)
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
		p.sel.SetSelected(mbtilesChoice)
	case spec != "":
		p.sel.SetSelected(customURLChoice)
	}
}

// close releases the open source.
func (p *basemapPicker) close() {
	if p.current != nil {
		p.current.Close()
	}
}

package basemaps

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
	"github.com/perutraffickingatlas/atlas/geo/tiles/xyz"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// Options are what a Picker needs and whom it tells.
type Options struct {
	// Window is the parent of the picker's dialogs.
	Window fyne.Window
	// Version names the app in online tile requests.
	Version string
	// Embedded is the offline basemap, shown where another source fails.
	Embedded tiles.Source
	// Show puts a source on the map.
	Show func(tiles.Source)
	// Status reports progress, fallbacks and failures on one line.
	Status func(string)
	// OnChanged is told the spec of a basemap now on the map, to remember.
	OnChanged func(spec string)
	// Post runs a function on the UI goroutine; nil means fyne.Do (tests
	// run it on their own goroutine).
	Post func(func())
}

// Picker chooses the basemap.
type Picker struct {
	widget.BaseWidget
	o       Options
	sel     *widget.Select
	specs   map[string]string // title -> spec
	current catalog.Source    // nil while the embedded basemap is on
	spec    string
	quiet   bool // set while the selection is changed in code

	customURL, mbtiles string // the two entries that open a dialog
}

// New returns a picker showing the embedded basemap.
func New(o Options) *Picker {
	if o.Post == nil {
		o.Post = fyne.Do
	}
	p := &Picker{o: o, specs: map[string]string{}, spec: catalog.Embedded}
	var titles []string
	for _, c := range catalog.Choices() {
		title := lang.L(c.Title)
		titles = append(titles, title)
		p.specs[title] = c.Spec
	}
	p.customURL, p.mbtiles = lang.L("Custom XYZ URL…"), lang.L("Open MBTiles file…")
	titles = append(titles, p.customURL, p.mbtiles)
	p.sel = widget.NewSelect(titles, p.chosen)
	p.showSpec(catalog.Embedded)
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer shows the drop-down.
func (p *Picker) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.sel) }

// Chosen is the online or MBTiles source on the map, nil while the
// embedded basemap is.
func (p *Picker) Chosen() catalog.Source { return p.current }

// SetEmbedded replaces the offline basemap (with sharper tiles on a HiDPI
// screen), showing it at once if it is on the map.
func (p *Picker) SetEmbedded(src tiles.Source) {
	p.o.Embedded = src
	if p.current == nil {
		p.o.Show(src)
	}
}

func (p *Picker) chosen(title string) {
	if p.quiet {
		return
	}
	switch title {
	case p.customURL:
		e := widget.NewEntry()
		e.SetPlaceHolder("https://example.org/tiles/{z}/{x}/{y}.png")
		e.Validator = func(s string) error { _, err := xyz.Custom(s); return err } // Use stays disabled until it would open
		item := widget.NewFormItem(lang.L("URL template"), e)
		item.HintText = lang.L("an http or https address with {z}, {x} and {y}")
		dialog.ShowForm(lang.L("Custom tile server"), lang.L("Use"), lang.L("Cancel"), []*widget.FormItem{item},
			func(ok bool) {
				if ok {
					p.Open(strings.TrimSpace(e.Text))
				} else {
					p.showSpec(p.spec)
				}
			}, p.o.Window)
	case p.mbtiles:
		uikit.OpenFile(p.o.Window, []string{".mbtiles"}, p.Open, func() { p.showSpec(p.spec) })
	default:
		p.Open(p.specs[title])
	}
}

// Open opens spec (a preset, a URL template or an MBTiles path; "" or
// catalog.Embedded for the embedded basemap) in the background and
// switches the map to it; a spec that cannot be opened is reported in a
// dialog and the basemap stays.
func (p *Picker) Open(spec string) {
	if spec == "" || spec == catalog.Embedded {
		p.switchTo(catalog.Embedded, nil)
		return
	}
	p.o.Status(lang.L("Opening basemap {{.Spec}}…", map[string]any{"Spec": spec}))
	status, post := p.o.Status, p.o.Post
	onEvent := func(ev xyz.Event) {
		if ev.Kind == xyz.EventFailed || ev.Kind == xyz.EventStale {
			post(func() { status(fmt.Sprintf("%s: %s — %s", ev.Provider, ev.Kind, xyz.Describe(ev.Err))) })
		}
	}
	go func() {
		src, err := catalog.Open(context.Background(), spec, catalog.Options{Version: p.o.Version, OnEvent: onEvent})
		post(func() {
			if err != nil {
				uikit.ShowError(err, p.o.Window)
				p.o.Status(lang.L("Basemap unchanged: {{.Err}}", map[string]any{"Err": uikit.StatusLine(err)}))
				p.showSpec(p.spec)
				return
			}
			p.switchTo(spec, src)
		})
	}()
}

// switchTo shows src on the map (nil: the embedded basemap), with the
// embedded basemap standing in wherever it fails.
func (p *Picker) switchTo(spec string, src catalog.Source) {
	old := p.current
	p.current, p.spec = src, spec
	info := p.o.Embedded.Info()
	switch {
	case src == nil && old != nil:
		p.o.Show(p.o.Embedded)
	case src != nil:
		info = src.Info()
		name, status, post := info.Name, p.o.Status, p.o.Post
		p.o.Show(tiles.NewFallback(src, p.o.Embedded, func(t maptile.Tile, err error) {
			post(func() {
				status(lang.L("{{.Name}} unavailable for tile {{.Tile}} ({{.Why}}): showing the embedded basemap there",
					map[string]any{"Name": name, "Tile": fmt.Sprintf("%d/%d/%d", t.Z, t.X, t.Y), "Why": xyz.Describe(err)}))
			})
		}))
	}
	if old != nil && old != src {
		old.Close()
	}
	p.showSpec(spec)
	if p.o.OnChanged != nil {
		p.o.OnChanged(spec)
	}
	p.o.Status(lang.L("Basemap: {{.Name}} — {{.Attribution}}", map[string]any{"Name": info.Name, "Attribution": info.Attribution}))
}

// showSpec makes the picker show spec without reacting to it.
func (p *Picker) showSpec(spec string) {
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

// Close releases the open source.
func (p *Picker) Close() {
	if p.current != nil {
		p.current.Close()
	}
}

package basemaps

import (
	"context"
	"fmt"
	"image"
	"strings"
	"sync/atomic"

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
	// Credit, when set, is told the attribution the map must show: the
	// source's, the embedded basemap's where it stood in for every tile so
	// far, or both where it stood in for some.
	Credit func(string)
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

	// served and failed count the tiles the current source gave the map
	// and those the embedded basemap stood in for; they are replaced with
	// the source.
	served, failed *atomic.Int64
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
	p.sel = uikit.NewSelect(titles, p.chosen)
	p.showSpec(catalog.Embedded)
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer shows the drop-down, as wide as its longest choice.
func (p *Picker) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(uikit.FitSelect(p.sel))
}

// Titles are the picker's choices, in the UI language (for a menu that
// stands in for the picker on a narrow window).
func (p *Picker) Titles() []string { return p.sel.Options }

// Title is the choice on show.
func (p *Picker) Title() string { return p.sel.Selected }

// Choose acts as picking title in the drop-down.
func (p *Picker) Choose(title string) { p.chosen(title) }

// Chosen is the online or MBTiles source on the map, nil while the
// embedded basemap is.
func (p *Picker) Chosen() catalog.Source { return p.current }

// Embedded is the embedded basemap the map shows when no other is chosen
// or where the chosen one fails.
func (p *Picker) Embedded() tiles.Source { return p.o.Embedded }

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
		served, failed := &atomic.Int64{}, &atomic.Int64{}
		p.served, p.failed = served, failed
		p.o.Show(tiles.NewFallback(countedSource{Source: src, served: served, first: func() { post(p.credit) }}, p.o.Embedded, func(t maptile.Tile, err error) {
			if failed.Add(1) == 1 || served.Load() == 0 {
				post(p.credit)
			}
			post(func() {
				status(lang.L("{{.Name}} unavailable for tile {{.Tile}} ({{.Why}}): showing the embedded basemap there",
					map[string]any{"Name": name, "Tile": fmt.Sprintf("%d/%d/%d", t.Z, t.X, t.Y), "Why": xyz.Describe(err)}))
			})
		}))
	}
	if src == nil {
		p.served, p.failed = nil, nil
	}
	p.credit()
	if old != nil && old != src {
		old.Close()
	}
	p.showSpec(spec)
	if p.o.OnChanged != nil {
		p.o.OnChanged(spec)
	}
	p.o.Status(lang.L("Basemap: {{.Name}} — {{.Attribution}}", map[string]any{"Name": info.Name, "Attribution": info.Attribution}))
}

// StoodIn reports how many tiles the current online or MBTiles source
// gave the map and how many the embedded basemap stood in for; zero and
// zero while the embedded basemap is on.
func (p *Picker) StoodIn() (served, failed int64) {
	if p.served == nil {
		return 0, 0
	}
	return p.served.Load(), p.failed.Load()
}

// Credit is the attribution for what the map shows: the source's when it
// supplied every tile, the embedded basemap's when it stood in for all of
// them, both when it stood in for some.
func (p *Picker) Credit() string {
	emb := p.o.Embedded.Info().Attribution
	if p.current == nil {
		return emb
	}
	served, failed := p.StoodIn()
	own := p.current.Info().Attribution
	switch {
	case failed == 0:
		return own
	case served == 0:
		return emb
	}
	return own + " · " + emb
}

// ExportSource is the basemap an export of the view must use to show what
// the map shows: the chosen source; or nil, the embedded basemap, when
// that stood in for every tile the source should have given (offline, a
// server down), with a sentence saying so for the user.
func (p *Picker) ExportSource() (src tiles.Source, note string) {
	if p.current == nil {
		return nil, ""
	}
	if served, failed := p.StoodIn(); failed > 0 && served == 0 {
		return nil, lang.L("{{.Name}} could not be reached, so the map shows the embedded basemap; the export uses it too.",
			map[string]any{"Name": p.current.Info().Name})
	}
	return p.current, ""
}

func (p *Picker) credit() {
	if p.o.Credit != nil {
		p.o.Credit(p.Credit())
	}
}

// countedSource counts the tiles its source supplies and calls first
// after the first one.
type countedSource struct {
	tiles.Source
	served *atomic.Int64
	first  func()
}

// Tile is the source's tile, counted when it arrives.
func (c countedSource) Tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	img, err := c.Source.Tile(ctx, t)
	if err == nil && c.served.Add(1) == 1 {
		c.first()
	}
	return img, err
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

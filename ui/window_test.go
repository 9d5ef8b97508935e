package ui

import (
	"context"
	"fmt"
	"image/color"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/search"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/geo/tiles/mbtiles/mbtilestest"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// uiQueue runs background results on the test goroutine, in place of
// fyne.Do, so widgets are touched from one goroutine only.
type uiQueue struct{ *uitest.Queue }

// settle runs queued UI work until the map has no tile or overlay work left.
func (q uiQueue) settle(t *testing.T, mw *MainWindow) {
	t.Helper()
	q.Settle(t, mw.Map.Idle)
}

func newTestWindow(t *testing.T, opts Options) (*MainWindow, uiQueue) {
	t.Helper()
	a := test.NewTempApp(t)
	opts.Version = "test"
	opts.NewBasemap = func(scale int) (tiles.Source, error) {
		return embedded.New(embedded.WithScale(float64(scale))), nil
	}
	q := uiQueue{uitest.NewQueue()}
	opts.poster = q.Post
	opts.controlsIdle = time.Hour
	mw, err := NewMainWindow(a, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	mw.Window.Resize(fyne.NewSize(1200, 800))
	q.settle(t, mw)
	return mw, q
}

func TestWindowOpensOnAllOfPeru(t *testing.T) {
	mw, _ := newTestWindow(t, Options{})
	b := mw.Map.View().Bound()
	if !b.Contains(geo.PeruBound().Min) || !b.Contains(geo.PeruBound().Max) {
		t.Errorf("first view %v does not show all of Peru", b)
	}
	if got := mw.Timeline.Year(); got != mw.ds.LatestYear() {
		t.Errorf("opens on %d, want the latest year %d", got, mw.ds.LatestYear())
	}
}

func TestTapOnFeatureOpensItsSourcedAccount(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	f, _ := mw.ds.ByID("coca_vraem")
	p := mw.Map.View().ToScreen(f.Geometry.Bound().Center())
	test.TapAt(mw.Map, fyne.NewPos(float32(p.X), float32(p.Y)))
	q.settle(t, mw)
	id := mw.Details.Shown()
	if id == "" {
		t.Fatal("tapping the VRAEM opened nothing")
	}
	shown, _ := mw.ds.ByID(id)
	text := mw.Details.Text()
	for _, want := range []string{shown.Name, "What the articles say", "Sources", "Where: "} {
		if !strings.Contains(text, want) {
			t.Errorf("details of %s lack %q:\n%s", id, want, text)
		}
	}
	src, _ := mw.ds.Source(shown.Citations[0].Source)
	if !strings.Contains(text, src.Title) {
		t.Errorf("details do not name the cited article %q", src.Title)
	}
}

func TestDetailsShowBothSidesOfAConflict(t *testing.T) {
	tests := []struct {
		desc, id string
	}{
		{desc: "coal shipment port", id: "route_coal_case_2014"},
		{desc: "Artemio's name", id: "sendero_huallaga_faction"},
		{desc: "MOVADEF founding year", id: "sendero_movadef_campuses"},
	}
	test.NewTempApp(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			f, ok := ds.ByID(tc.id)
			if !ok || len(f.Conflicts) == 0 {
				t.Skipf("%s has no conflict in the data", tc.id)
			}
			p := NewDetailsPanel(ds)
			p.Show(f)
			text := p.Text()
			if !strings.Contains(text, "Sources disagree") {
				t.Fatalf("no 'Sources disagree' section:\n%s", text)
			}
			for _, v := range f.Conflicts[0].Versions {
				if !strings.Contains(text, v.Claim) {
					t.Errorf("version %q missing", v.Claim)
				}
			}
		})
	}
}

func TestKeyboardMovesThroughFeatures(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	first := mw.state.Selected
	if first == "" {
		t.Fatal("Tab selected nothing")
	}
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if mw.state.Selected == first {
		t.Error("a second Tab stayed on the same feature")
	}
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	q.settle(t, mw)
	if mw.state.Selected != "" || mw.Details.Shown() != "" {
		t.Error("Esc did not close the details")
	}
	y := mw.Timeline.Year()
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if mw.Timeline.Year() != y-1 {
		t.Errorf("Page Down: year %d, want %d", mw.Timeline.Year(), y-1)
	}
}

func TestLayerToggleAndYearChangeCounts(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 1990})
	if mw.Timeline.Year() != 1990 {
		t.Fatalf("-year 1990 opened on %d", mw.Timeline.Year())
	}
	mw.Layers.Toggle("coca")
	q.settle(t, mw)
	if mw.state.Groups["coca"] {
		t.Fatal("coca still on after toggling")
	}
	after := mw.set.Legend(*mw.drawOpt.Load())
	for _, e := range after {
		if e.Layer == data.LayerCocaZone && e.Count > 0 {
			t.Errorf("legend still counts %d coca zones after switching them off", e.Count)
		}
	}
}

func TestSearchLabels(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc, query, want string
	}{
		{desc: "without the accent", query: "Apurimac", want: "Apurímac"},
		{desc: "feature: its name and layer", query: "vraem", want: "VRAEM (Apurímac, Ene and Mantaro valleys) — Coca-growing zone"},
		{desc: "town: its country and population", query: "callao", want: "Callao — town, PE, pop. 1,300,000"},
		{desc: "lower-case town with tilde", query: "tingo maria", want: "Tingo María — town, PE, pop. "},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var labels []string
			for _, h := range search.New(ds, gaz).Find(tc.query, searchLimit) {
				labels = append(labels, hitLabel(h))
			}
			for _, l := range labels {
				if strings.Contains(l, tc.want) {
					return
				}
			}
			t.Errorf("search for %q lists %q, want a label with %q", tc.query, labels, tc.want)
		})
	}
}

func TestTimeline(t *testing.T) {
	test.NewTempApp(t)
	tl := NewTimeline(1980, 2022, 2000)
	var seen []int
	tl.OnChanged = func(y int) { seen = append(seen, y) }
	tl.Step(1)
	tl.SetYear(1900)
	tl.SetYear(2100)
	want := []int{2001, 1980, 2022}
	if len(seen) != len(want) {
		t.Fatalf("changes %v, want %v", seen, want)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Errorf("change %d: %d, want %d", i, seen[i], want[i])
		}
	}
	tl.TogglePlay()
	if !tl.Playing() || tl.Year() != 1980 {
		t.Errorf("play from the end should restart at 1980 (year %d, playing %v)", tl.Year(), tl.Playing())
	}
	tl.Pause()
	if tl.Playing() {
		t.Error("still playing after Pause")
	}
}

func TestMBTilesPackageAsBasemap(t *testing.T) {
	mw, q := newTestWindow(t, Options{Center: orb.Point{-77.03, -12.05}, Zoom: 7})
	file := filepath.Join(t.TempDir(), "lima.mbtiles")
	green := color.RGBA{R: 0x20, G: 0xa0, B: 0x40, A: 0xff}
	if err := mbtilestest.WriteSolid(file, 7, orb.Point{-77.03, -12.05}, 4, green); err != nil {
		t.Fatal(err)
	}
	src, err := catalog.Open(context.Background(), file, catalog.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mw.basemap.switchTo(file, src)
	for _, g := range data.Groups() { // no overlays over the pixel checked below
		mw.state.Groups[g.Name] = false
	}
	mw.redraw()
	q.settle(t, mw)
	if mw.state.Basemap != file {
		t.Errorf("remembered basemap %q, want the MBTiles file", mw.state.Basemap)
	}
	if got := mw.Map.Source().Info().Name; got != "Test package" {
		t.Errorf("map shows %q, want the package's name", got)
	}
	img := mw.Window.Canvas().Capture()
	p := mw.Map.Position().Add(fyne.NewPos(mw.Map.Size().Width/2, mw.Map.Size().Height/2))
	if c := color.RGBAModel.Convert(img.At(int(p.X), int(p.Y))).(color.RGBA); c != green {
		t.Errorf("map centre is %v, want the package's green tile", c)
	}
}

func TestHumanInt(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 7737002: "7,737,002"} {
		if got := humanInt(n); got != want {
			t.Errorf("humanInt(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestErrorsShowTheirWholeMessage(t *testing.T) {
	tests := []struct {
		desc string
		err  error
	}{
		// Each of these crashed the app: showError passed errors.Unwrap(err),
		// nil for errors built without %w, to fyne's dialog.
		{desc: "annotation refused", err: fmt.Errorf("annotation: %s", "radius_km 5000: must be more than 0 and at most 2000")},
		{desc: "scene title refused", err: fmt.Errorf("lesson: rename scene %d: empty title", 2)},
		{desc: "export size refused", err: fmt.Errorf("export: size %q x %q: each side must be a whole number of pixels", "abc", "600")},
		{desc: "nil", err: nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			mw, _ := newTestWindow(t, Options{})
			mw.showError(tc.err)
			if mw.Window.Canvas().Overlays().Top() == nil {
				t.Fatal("no dialog")
			}
			if want := uikit.StatusLine(tc.err); mw.status.Text != want {
				t.Errorf("status %q, want %q", mw.status.Text, want)
			}
		})
	}
}

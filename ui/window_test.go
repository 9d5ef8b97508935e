package ui

import (
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
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/geo/tiles/mbtiles/mbtilestest"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// uiQueue runs background results on the test goroutine, in place of
// fyne.Do, so widgets are touched from one goroutine only.
type uiQueue struct{ *uitest.Queue }

// settle runs queued UI work until the map has no tile or overlay work left
// and the legends have counted what the view shows.
func (q uiQueue) settle(t *testing.T, mw *MainWindow) {
	t.Helper()
	q.Settle(t, func() bool { return mw.mapv.Idle() && !mw.recountDue })
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
	t.Cleanup(mw.win.Close)
	mw.win.Resize(fyne.NewSize(1200, 800))
	q.settle(t, mw)
	return mw, q
}

func TestWindowOpensOnAllOfPeru(t *testing.T) {
	mw, _ := newTestWindow(t, Options{})
	b := mw.mapv.View().Bound()
	if !b.Contains(geo.PeruBound().Min) || !b.Contains(geo.PeruBound().Max) {
		t.Errorf("first view %v does not show all of Peru", b)
	}
	if got := sliderYear(t, mw.timeline); got != mw.ds.LatestYear() {
		t.Errorf("opens on %d, want the latest year %d", got, mw.ds.LatestYear())
	}
}

func TestTapOnFeatureOpensItsSourcedAccount(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	f, _ := mw.ds.ByID("coca_vraem")
	p := mw.mapv.View().ToScreen(f.Geometry.Bound().Center())
	test.TapAt(mw.mapv, fyne.NewPos(float32(p.X), float32(p.Y)))
	q.settle(t, mw)
	id := mw.state.Selected
	if id == "" {
		t.Fatal("tapping the VRAEM opened nothing")
	}
	if mw.side.selectedIndex() != detailsTab {
		t.Errorf("tab %d in front, want the Details tab", mw.side.selectedIndex())
	}
	shown, _ := mw.ds.ByID(id)
	text := uitest.Text(mw.side.details)
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

func TestKeyboardMovesThroughFeatures(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	mw.mapv.TypedRune('n')
	first := mw.state.Selected
	if first == "" {
		t.Fatal("N selected nothing")
	}
	mw.mapv.TypedRune('n')
	if mw.state.Selected == first {
		t.Error("a second N stayed on the same feature")
	}
	mw.mapv.TypedRune('p')
	if mw.state.Selected != first {
		t.Errorf("P went to %s, want back to %s", mw.state.Selected, first)
	}
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	q.settle(t, mw)
	if mw.state.Selected != "" || !strings.Contains(uitest.Text(mw.side.details), "Click a zone") {
		t.Error("Esc did not close the details")
	}
	y := mw.state.Year
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if mw.state.Year != y-1 || sliderYear(t, mw.timeline) != y-1 {
		t.Errorf("Page Down: year %d (timeline %d), want %d", mw.state.Year, sliderYear(t, mw.timeline), y-1)
	}
}

func TestLayerToggleAndYearChangeCounts(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 1990})
	if sliderYear(t, mw.timeline) != 1990 || mw.state.Year != 1990 {
		t.Fatalf("-year 1990 opened on %d", sliderYear(t, mw.timeline))
	}
	test.Tap(findCheck(t, mw.side.layers, mustGroup(t, "coca").Title(data.LangEN)))
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

func TestMBTilesPackageAsBasemap(t *testing.T) {
	mw, q := newTestWindow(t, Options{Center: orb.Point{-77.03, -12.05}, Zoom: 7})
	file := filepath.Join(t.TempDir(), "lima.mbtiles")
	green := color.RGBA{R: 0x20, G: 0xa0, B: 0x40, A: 0xff}
	if err := mbtilestest.WriteSolid(file, 7, orb.Point{-77.03, -12.05}, 4, green); err != nil {
		t.Fatal(err)
	}
	mw.basemaps.Open(file)
	q.Settle(t, func() bool { return mw.state.Basemap == file })
	for _, g := range data.Groups() { // no overlays over the pixel checked below
		mw.state.Groups[g.Name] = false
	}
	mw.redraw()
	q.settle(t, mw)
	if mw.state.Basemap != file {
		t.Errorf("remembered basemap %q, want the MBTiles file", mw.state.Basemap)
	}
	if got := mw.mapv.Source().Info().Name; got != "Test package" {
		t.Errorf("map shows %q, want the package's name", got)
	}
	img := mw.win.Canvas().Capture()
	p := mw.mapv.Position().Add(fyne.NewPos(mw.mapv.Size().Width/2, mw.mapv.Size().Height/2))
	if c := color.RGBAModel.Convert(img.At(int(p.X), int(p.Y))).(color.RGBA); c != green {
		t.Errorf("map centre is %v, want the package's green tile", c)
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
			if mw.win.Canvas().Overlays().Top() == nil {
				t.Fatal("no dialog")
			}
			if want := uikit.StatusLine(tc.err); mw.status.text.Text != want {
				t.Errorf("status %q, want %q", mw.status.text.Text, want)
			}
		})
	}
}

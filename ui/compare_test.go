package ui

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/change"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// compareWindow opens the window on Peru in 2016 and compares.
func compareWindow(t *testing.T) (*MainWindow, uiQueue) {
	t.Helper()
	mw, q := newTestWindow(t, Options{Year: 2016, Center: orb.Point{-75.3, -9.6}, Zoom: 6})
	mw.mapv.SetAnimated(false)
	mw.ToggleCompare()
	q.settle(t, mw)
	if !mw.cmp.Active() {
		t.Fatal("Compare did not open the compare view")
	}
	return mw, q
}

// sameCentre reports whether two views show the same centre and zoom.
func sameCentre(a, b geo.View) bool {
	return math.Abs(a.Center.Lon()-b.Center.Lon()) < 1e-9 && math.Abs(a.Center.Lat()-b.Center.Lat()) < 1e-9 && a.Zoom == b.Zoom
}

func TestCompareShowsTwoMapsWithTheirYears(t *testing.T) {
	mw, _ := compareWindow(t)
	earlier, later := mw.cmp.Earlier(), mw.mapv
	if got := mw.cmp.Years(); got != [2]int{2003, 2016} {
		t.Errorf("compares %v, want 2016 with 2003", got)
	}
	for name, m := range map[string]fyne.CanvasObject{"earlier map": earlier, "later map": later} {
		if !inside(mw, m) {
			t.Errorf("the %s is not inside the window", name)
		}
	}
	if earlier.Size() != later.Size() || earlier.Position().X >= later.Position().X {
		t.Errorf("maps at %v %v and %v %v: want two of one size, the earlier left", earlier.Position(), earlier.Size(), later.Position(), later.Size())
	}
	text := uitest.AllText(mw.cmp.Area())
	for _, want := range []string{"2003", "2016", "Gone by 2016", "New since 2003", "Close compare"} {
		if !strings.Contains(text, want) {
			t.Errorf("the compare view lacks %q:\n%s", want, text)
		}
	}
	d := change.Between(mw.ds.Features, 2003, 2016, mw.state.Layers())
	if e := mw.cmp.EarlierOptions(); e.Year != 2003 || !slices.Equal(e.Marked, d.Disappear) {
		t.Errorf("the earlier map draws %d marking %v, want 2003 marking what is gone by 2016 %v", e.Year, e.Marked, d.Disappear)
	}
	if l := *mw.drawOpt.Load(); l.Year != 2016 || !slices.Equal(l.Marked, d.Appear) {
		t.Errorf("the later map draws %d marking %v, want 2016 marking what is new since 2003", l.Year, l.Marked)
	}
	if img, v := earlier.OverlayImage(); img == nil || v.Width <= 0 {
		t.Error("the earlier map has no overlay")
	}
}

func TestComparePansAndZoomsBothMaps(t *testing.T) {
	mw, q := compareWindow(t)
	earlier := mw.cmp.Earlier()
	tests := []struct {
		desc string
		act  func()
	}{
		{desc: "dragging the earlier map", act: func() {
			p := fyne.CurrentApp().Driver().AbsolutePositionForObject(earlier).AddXY(100, 100)
			test.Drag(mw.win.Canvas(), p, 90, -30)
		}},
		{desc: "dragging the later map", act: func() {
			p := fyne.CurrentApp().Driver().AbsolutePositionForObject(mw.mapv).AddXY(100, 100)
			test.Drag(mw.win.Canvas(), p, -50, 40)
		}},
		{desc: "zooming in on the earlier map", act: func() { earlier.TypedRune('+') }},
		{desc: "the zoom buttons", act: mw.mapv.ZoomOut},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			before := mw.mapv.View()
			tc.act()
			q.settle(t, mw)
			if sameCentre(before, mw.mapv.View()) {
				t.Fatal("the maps did not move")
			}
			if !sameCentre(earlier.View(), mw.mapv.View()) {
				t.Errorf("earlier map at %+v, later at %+v: want one view", earlier.View(), mw.mapv.View())
			}
			if mw.state.Center != mw.mapv.View().Center {
				t.Error("the window's state did not follow the view")
			}
		})
	}
}

func TestCompareYearChangeRedrawsThatSideOnly(t *testing.T) {
	mw, q := compareWindow(t)
	earlier := mw.cmp.Earlier()
	renders := func() [2]int { return [2]int{earlier.OverlayRenders(), mw.mapv.OverlayRenders()} }
	// The other side's marks stay the same in these steps (checked below),
	// so only the side whose year changed needs drawing.
	tests := []struct {
		desc   string
		act    func()
		years  [2]int
		redraw [2]bool
	}{
		{desc: "the earlier year one on", act: func() { tapNth(t, mw, "One year later", 0) }, years: [2]int{2004, 2016}, redraw: [2]bool{true, false}},
		{desc: "the later year one on", act: func() { tapNth(t, mw, "One year later", 1) }, years: [2]int{2004, 2017}, redraw: [2]bool{false, true}},
		{desc: "the timeline back", act: func() { mw.timeline.SetYear(2016) }, years: [2]int{2004, 2016}, redraw: [2]bool{false, true}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			before := mw.cmp.Years()
			old := renders()
			tc.act()
			q.settle(t, mw)
			if got := mw.cmp.Years(); got != tc.years {
				t.Fatalf("years %v, want %v", got, tc.years)
			}
			// The premise: the side not changed keeps its marks.
			for side, redraw := range tc.redraw {
				if redraw {
					continue
				}
				a := change.Between(mw.ds.Features, before[0], before[1], nil)
				b := change.Between(mw.ds.Features, tc.years[0], tc.years[1], nil)
				if side == 0 && !slices.Equal(a.Disappear, b.Disappear) || side == 1 && !slices.Equal(a.Appear, b.Appear) {
					t.Fatalf("side %d's marks change from %v to %v: pick other years", side, before, tc.years)
				}
			}
			now := renders()
			for side, want := range tc.redraw {
				if got := now[side] != old[side]; got != want {
					t.Errorf("side %d redrawn: %v, want %v", side, got, want)
				}
			}
		})
	}
}

// tapNth taps the n-th (from 0) button of the compare view with tooltip
// tip: the earlier map's header's first, then the later's.
func tapNth(t *testing.T, mw *MainWindow, tip string, n int) {
	t.Helper()
	for _, o := range test.LaidOutObjects(mw.cmp.Area()) {
		b, ok := o.(interface {
			TipText() string
			fyne.Tappable
		})
		if !ok || b.TipText() != tip {
			continue
		}
		if n == 0 {
			b.Tapped(&fyne.PointEvent{})
			return
		}
		n--
	}
	t.Fatalf("no button %q number %d", tip, n)
}

// compareShot is the compare view as the window shows it: its part of a
// capture of the window.
func compareShot(mw *MainWindow) image.Image {
	a := mw.cmp.Area()
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(a)
	r := image.Rect(int(p.X), int(p.Y), int(p.X+a.Size().Width), int(p.Y+a.Size().Height))
	return mw.win.Canvas().Capture().(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(r)
}

// TestCompareGolden holds the compare view of 2003 and 2016 in a 1200x800
// window to a golden, and proves the golden strict enough: without either
// map's overlay, or without the marks, the view no longer matches it.
func TestCompareGolden(t *testing.T) {
	mw, _ := compareWindow(t)
	goldentest.AssertImage(t, "compare_peru_2003_2016", compareShot(mw))
	goldentest.SensitivityTest(t)
	tests := []struct {
		desc string
		undo func(mw *MainWindow)
	}{
		{desc: "without the earlier map's overlay", undo: func(mw *MainWindow) { mw.cmp.Earlier().SetOverlay(nil) }},
		{desc: "without the later map's overlay", undo: func(mw *MainWindow) { mw.mapv.SetOverlay(nil) }},
		{desc: "without the earlier map's marks", undo: func(mw *MainWindow) {
			e := mw.cmp.EarlierOptions()
			e.Marked = nil
			mw.cmp.Earlier().SetOverlay(func(ctx context.Context, v geo.View, reuse *image.RGBA) (image.Image, error) {
				return mw.drawWith(ctx, v, e, reuse)
			})
		}},
		{desc: "without the later map's marks", undo: func(mw *MainWindow) {
			l := *mw.drawOpt.Load()
			l.Marked = nil
			mw.mapv.SetOverlay(func(ctx context.Context, v geo.View, reuse *image.RGBA) (image.Image, error) {
				return mw.drawWith(ctx, v, l, reuse)
			})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			mw, q := compareWindow(t)
			tc.undo(mw)
			q.settle(t, mw)
			if d := goldentest.Compare(compareShot(mw), goldentest.Golden(t, "compare_peru_2003_2016"), goldentest.Default()); d.OK() {
				t.Errorf("still matches the golden: %v", d)
			}
		})
	}
}

func TestEscLeavesCompareOnTheSameView(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 2016, Center: orb.Point{-75.3, -9.6}, Zoom: 6})
	before := mw.mapv.View()
	mw.ToggleCompare()
	q.settle(t, mw)
	if mw.mapv.View().Zoom >= before.Zoom {
		t.Errorf("zoom %v comparing, want less than %v: each half shows what the whole map showed", mw.mapv.View().Zoom, before.Zoom)
	}
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	q.settle(t, mw)
	if mw.cmp.Active() || mw.cmp.Earlier() != nil {
		t.Fatal("Esc did not leave the compare view")
	}
	if v := mw.mapv.View(); !sameCentre(v, before) || v.Width != before.Width || v.Height != before.Height {
		t.Errorf("back to one map on %+v, want %+v", v, before)
	}
	if o := *mw.drawOpt.Load(); len(o.Marked) != 0 {
		t.Errorf("the one map still marks %d features", len(o.Marked))
	}
	if mw.state.Year != 2016 {
		t.Errorf("year %d after comparing, want 2016", mw.state.Year)
	}
}

// TestCompareByKeyMenuAndTap: Ctrl+K opens the compare view with the
// keyboard on the earlier map, the menu's item closes it, presentation
// mode and comparing exclude each other, and a tap on the earlier map
// picks a feature of its year without moving the timeline.
func TestCompareByKeyMenuAndTap(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 2016, Center: orb.Point{-75.3, -9.6}, Zoom: 6})
	mw.showMenu()
	if menu := uitest.AllText(mw.win.Canvas().Overlays().Top()); !strings.Contains(menu, "Compare years…") {
		t.Errorf("the menu lacks Compare years…:\n%s", menu)
	}
	mw.win.Canvas().Overlays().Top().Hide()
	mw.shortcuts.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault})
	q.settle(t, mw)
	if !mw.cmp.Active() || mw.win.Canvas().Focused() != mw.cmp.Earlier() {
		t.Fatalf("Ctrl+K: comparing %v, focus on %T; want comparing, the keyboard on the earlier map", mw.cmp.Active(), mw.win.Canvas().Focused())
	}
	// A feature on the 2003 map only: the VRAEM events of 2000-03.
	d := change.Between(mw.ds.Features, 2003, 2016, nil)
	var gone string
	for _, id := range d.Disappear {
		if f, _ := mw.ds.ByID(id); f.Layer == data.LayerEvent {
			gone = id
		}
	}
	if gone == "" {
		t.Fatal("no event is gone by 2016: pick other years")
	}
	f, _ := mw.ds.ByID(gone)
	earlier := mw.cmp.Earlier()
	opt := mw.cmp.EarlierOptions()
	var at geo.Pixel
	found := false
	for y := 0.0; y < earlier.View().Height && !found; y += 2 {
		for x := 0.0; x < earlier.View().Width && !found; x += 2 {
			if ids := mw.set.HitTest(earlier.View(), opt, geo.Pixel{X: x, Y: y}, 2); slices.Contains(ids, gone) && ids[0] == gone {
				at, found = geo.Pixel{X: x, Y: y}, true
			}
		}
	}
	if !found {
		t.Fatalf("%s is nowhere on the earlier map", gone)
	}
	test.TapAt(earlier, fyne.NewPos(float32(at.X), float32(at.Y)))
	q.settle(t, mw)
	if mw.state.Selected != gone || mw.state.Year != 2016 || !mw.cmp.Active() {
		t.Errorf("tapping %s (%v) on the earlier map: selected %q, year %d, comparing %v; want it selected in 2016, still comparing",
			gone, f.Period, mw.state.Selected, mw.state.Year, mw.cmp.Active())
	}
	mw.clearSelection()
	mw.showMenu()
	menu := uitest.AllText(mw.win.Canvas().Overlays().Top())
	if !strings.Contains(menu, "Close compare") {
		t.Errorf("the menu lacks Close compare while comparing:\n%s", menu)
	}
	mw.win.Canvas().Overlays().Top().Hide()
	mw.SetPresenting(true)
	q.settle(t, mw)
	if mw.cmp.Active() {
		t.Error("presentation mode kept the compare view")
	}
	mw.ToggleCompare()
	q.settle(t, mw)
	if mw.pres.on || !mw.cmp.Active() {
		t.Errorf("comparing from presentation mode: presenting %v, comparing %v; want comparing only", mw.pres.on, mw.cmp.Active())
	}
}

// TestCompareRedrawsBothForAUserLayer: a layer the user adds while
// comparing is drawn on both maps.
func TestCompareRedrawsBothForAUserLayer(t *testing.T) {
	mw, q := compareWindow(t)
	before := mw.cmp.Earlier().OverlayRenders()
	mw.addUserFiles([]string{userSample(t, tripFile)})
	settleUsers(t, mw, q)
	q.settle(t, mw)
	if mw.cmp.Earlier().OverlayRenders() == before {
		t.Error("the earlier map was not redrawn with the user's layer")
	}
	if e := mw.cmp.EarlierOptions(); e.Year != 2003 {
		t.Errorf("the earlier map draws %d, want 2003 still", e.Year)
	}
}

// TestCompareInSpanish: the compare view's headers, keys, buttons,
// tooltips and status line show no English in Spanish.
func TestCompareInSpanish(t *testing.T) {
	t.Cleanup(func() { i18n.Setup(i18n.English) })
	if _, err := i18n.Setup(i18n.Spanish); err != nil {
		t.Fatal(err)
	}
	mw, q := compareWindow(t)
	text := uitest.AllText(mw.cmp.Area()) + "\n" + mw.status.text.Text
	for _, o := range test.LaidOutObjects(mw.cmp.Area()) {
		if b, ok := o.(interface{ TipText() string }); ok {
			text += "\n" + b.TipText()
		}
	}
	if words := englishIn(text, nil); len(words) > 0 {
		t.Errorf("the compare view shows English %q in:\n%s", words, text)
	}
	for _, want := range []string{"Ya no está en 2016", "Nuevo desde 2003", "Cerrar comparación"} {
		if !strings.Contains(text, want) {
			t.Errorf("the compare view lacks %q:\n%s", want, text)
		}
	}
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	q.settle(t, mw)
	if words := englishIn(mw.status.text.Text, nil); len(words) > 0 {
		t.Errorf("leaving says %q in English", mw.status.text.Text)
	}
}

// TestCompareCaptures writes the window comparing 2003 and 2016 at
// 1024x768 and 1920x1080, for a person to look at, when
// ATLAS_COMPARE_CAPTURE names a directory.
func TestCompareCaptures(t *testing.T) {
	dir := os.Getenv("ATLAS_COMPARE_CAPTURE")
	if dir == "" {
		t.Skip("set ATLAS_COMPARE_CAPTURE to a directory to write captures")
	}
	t.Cleanup(func() { i18n.Setup(i18n.English) })
	for i, size := range []fyne.Size{fyne.NewSize(1024, 768), fyne.NewSize(1920, 1080), fyne.NewSize(1200, 800), fyne.NewSize(760, 900), fyne.NewSize(1366, 768)} {
		lang := i18n.English
		if i == 4 {
			lang = i18n.Spanish
		}
		if _, err := i18n.Setup(lang); err != nil {
			t.Fatal(err)
		}
		mw, q := newTestWindow(t, Options{Year: 2016})
		mw.win.Resize(size)
		q.settle(t, mw)
		mw.ToggleCompare()
		q.settle(t, mw)
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("compare-%.0fx%.0f-%s.png", size.Width, size.Height, lang)))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, mw.win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCompareCountsBothMapsInTheLayersPanel: while comparing, each line of
// the Layers panel counts what the earlier and the later map show in view,
// as the compare export's legend does; back on one map, one count again.
func TestCompareCountsBothMapsInTheLayersPanel(t *testing.T) {
	mw, q := compareWindow(t)
	v := mw.mapv.View()
	earlier := overlay.LegendCounts(mw.set.LegendIn(mw.cmp.EarlierOptions(), v))
	later := overlay.LegendCounts(mw.set.LegendIn(*mw.drawOpt.Load(), v))
	coca := overlay.LegendEntry{Group: "coca", Layer: data.LayerCocaZone, Shape: overlay.ShapeArea}
	if earlier[coca] == later[coca] {
		t.Fatalf("2003 and 2016 show the same number of coca zones (%d) here: the test proves nothing", later[coca])
	}
	lines := mw.side.layers.Lines()
	want := fmt.Sprintf("Coca-growing zones: %d › %d", earlier[coca], later[coca])
	if !slices.Contains(lines, want) {
		t.Errorf("Layers panel lines %q lack %q", lines, want)
	}
	for _, l := range lines {
		if !strings.Contains(l, " › ") {
			t.Errorf("line %q counts one map only", l)
		}
	}
	mw.ToggleCompare()
	q.settle(t, mw)
	for _, l := range mw.side.layers.Lines() {
		if strings.Contains(l, "›") {
			t.Errorf("back on one map, line %q still counts two", l)
		}
	}
}

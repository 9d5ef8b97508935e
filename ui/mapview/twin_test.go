package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// newTwins lays out a map and its twin side by side, each half of a
// window of size.
func newTwins(tb testing.TB, src *checkerSource, size fyne.Size) (lead, twin *MapView, w fyne.Window, q uiQueue) {
	tb.Helper()
	test.NewTempApp(tb)
	q = uiQueue{uitest.NewQueue()}
	lead = New(src, geo.PeruLimits(), geo.View{Center: lima(), Zoom: 6}, WithPoster(q.Post))
	twin = lead.Twin(WithPoster(q.Post))
	tb.Cleanup(func() { twin.Close(); lead.Close() })
	w = test.NewTempWindow(tb, container.NewGridWithColumns(2, twin, lead))
	w.SetPadded(false)
	w.Resize(size)
	q.settleTwins(tb, lead, twin)
	return lead, twin, w, q
}

// settleTwins runs queued UI work until neither map has work pending.
func (q uiQueue) settleTwins(tb testing.TB, maps ...*MapView) {
	tb.Helper()
	q.Settle(tb, func() bool {
		for _, m := range maps {
			if !m.Idle() {
				return false
			}
		}
		return true
	})
	for _, m := range maps {
		m.Refresh()
	}
}

// sameView reports whether a and b show the same centre and zoom.
func sameView(a, b geo.View) bool {
	return math.Abs(a.Center.Lon()-b.Center.Lon()) < 1e-12 && math.Abs(a.Center.Lat()-b.Center.Lat()) < 1e-12 && a.Zoom == b.Zoom
}

func TestTwinMovesWithItsLead(t *testing.T) {
	tests := []struct {
		desc string
		act  func(lead, twin *MapView, w fyne.Window)
	}{
		{desc: "dragging the twin", act: func(_, twin *MapView, w fyne.Window) {
			test.Drag(w.Canvas(), fyne.NewPos(100, 150), 80, -40)
		}},
		{desc: "dragging the lead", act: func(_, _ *MapView, w fyne.Window) {
			test.Drag(w.Canvas(), fyne.NewPos(450, 150), -60, 30)
		}},
		{desc: "zooming the twin", act: func(_, twin *MapView, _ fyne.Window) { twin.ZoomIn() }},
		{desc: "arrow key on the twin", act: func(_, twin *MapView, _ fyne.Window) { twin.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp}) }},
		{desc: "the lead flown elsewhere", act: func(lead, _ *MapView, _ fyne.Window) {
			lead.FlyTo(geo.View{Center: geo.PeruBound().Center(), Zoom: 7})
		}},
		{desc: "fitting the twin to Peru", act: func(_, twin *MapView, _ fyne.Window) { twin.FitBound(geo.PeruBound()) }},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			lead, twin, w, q := newTwins(t, &checkerSource{}, fyne.NewSize(600, 300))
			lead.SetAnimated(false)
			twin.SetAnimated(false)
			before := lead.View()
			reports := 0
			lead.OnViewChanged = func(v geo.View) {
				reports++
				if !sameView(v, lead.View()) {
					t.Errorf("reported %+v while the lead shows %+v", v, lead.View())
				}
			}
			twin.OnViewChanged = func(geo.View) { t.Error("the twin reported a change of view: only its lead may") }
			tc.act(lead, twin, w)
			q.settleTwins(t, lead, twin)
			if sameView(lead.View(), before) {
				t.Fatal("the lead did not move")
			}
			if !sameView(twin.View(), lead.View()) {
				t.Errorf("twin shows %+v, lead %+v: want the same centre and zoom", twin.View(), lead.View())
			}
			if reports == 0 {
				t.Error("the lead reported no change of view")
			}
			if tw, lw := twin.View(), lead.View(); tw.Width != float64(twin.Size().Width) || lw.Width != float64(lead.Size().Width) || tw.Width < 290 {
				t.Errorf("views %vx%v and %vx%v, want each map's its own size, about half the window", tw.Width, tw.Height, lw.Width, lw.Height)
			}
		})
	}
}

func TestTwinDragMovesTheMapUnderThePointer(t *testing.T) {
	lead, twin, w, _ := newTwins(t, &checkerSource{}, fyne.NewSize(600, 300))
	probe := twin.View().FromScreen(geo.Pixel{X: 150, Y: 150})
	test.Drag(w.Canvas(), fyne.NewPos(150, 150), 70, 20)
	for name, m := range map[string]*MapView{"twin": twin, "lead": lead} {
		if p := m.View().ToScreen(probe); math.Abs(p.X-220) > 1e-6 || math.Abs(p.Y-170) > 1e-6 {
			t.Errorf("%s: the point under the pointer is now at %v, want (220,170)", name, p)
		}
	}
}

func TestTwinSharesTheTiles(t *testing.T) {
	src := &checkerSource{}
	lead, twin, w, q := newTwins(t, src, fyne.NewSize(800, 400))
	test.Drag(w.Canvas(), fyne.NewPos(200, 200), 300, 0)
	q.settleTwins(t, lead, twin)
	want := map[maptile.Tile]bool{}
	for _, m := range []*MapView{lead, twin} {
		for _, tl := range m.View().TileCover(m.tileZoom(), tileMargin).Tiles() {
			want[tl] = true
		}
	}
	src.mu.Lock()
	calls := src.calls
	src.mu.Unlock()
	// Both views were covered twice (before and after the drag): with one
	// cache each, every tile would be made once per map.
	if calls > 2*len(want) {
		t.Errorf("the source made %d tiles for %d the maps need: the maps do not share their tiles", calls, len(want))
	}
	for name, m := range map[string]*MapView{"twin": twin, "lead": lead} {
		r := test.WidgetRenderer(m).(*renderer)
		if n := len(m.View().TileCover(m.tileZoom(), 0).Tiles()); len(r.tileLayer) != n {
			t.Errorf("%s shows %d tiles, want the %d its view covers", name, len(r.tileLayer), n)
		}
	}
	other := &checkerSource{}
	twin.SetSource(other)
	if lead.Source() != other || twin.Source() != other {
		t.Error("a new basemap set on the twin is not the lead's and the twin's")
	}
}

func TestClosingATwinLeavesItsLead(t *testing.T) {
	lead, twin, w, q := newTwins(t, &checkerSource{}, fyne.NewSize(600, 300))
	twin.Close()
	if len(lead.twins) != 0 {
		t.Fatal("the lead still moves a closed twin")
	}
	test.Drag(w.Canvas(), fyne.NewPos(450, 150), 40, 0)
	q.settleTwins(t, lead)
	r := test.WidgetRenderer(lead).(*renderer)
	if len(r.tileLayer) == 0 {
		t.Error("the lead shows no tiles after its twin closed")
	}
}

// BenchmarkDragFrame measures one step of a drag in a 1920x1080 map area
// whose tiles and overlay are ready (no tile and no overlay is drawn): a
// single map filling it, and a comparison's two half-width maps, the drag
// on the twin so that it moves its lead, which moves it back. Each step
// goes the whole way a pointer's does: the view, the tiles wanted, the
// overlay's cover, the layout of every tile and the furniture.
func BenchmarkDragFrame(b *testing.B) {
	ov := &markerOverlay{}
	step := func(m *MapView, i int) {
		dx := float32(3)
		if i%200 >= 100 {
			dx = -3
		}
		m.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(dx, float32(1-i%3))})
	}
	run := func(b *testing.B, q uiQueue, dragged *MapView, maps ...*MapView) {
		for i := range 200 { // every tile of the round trip into the cache first
			step(dragged, i)
			q.settleTwins(b, maps...)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			step(dragged, i)
		}
		b.StopTimer()
		if n := ov.renders.Load(); n != int32(len(maps)) {
			b.Fatalf("%d overlay renders, want one a map: panning must not draw the overlay", n)
		}
	}
	b.Run("single", func(b *testing.B) {
		ov.renders.Store(0)
		m, _, q := newTestMap(b, &checkerSource{}, fyne.NewSize(1920, 1080))
		m.SetOverlay(ov.draw)
		q.settle(b, m)
		run(b, q, m, m)
	})
	b.Run("compare", func(b *testing.B) {
		ov.renders.Store(0)
		lead, twin, _, q := newTwins(b, &checkerSource{}, fyne.NewSize(1920, 1080))
		lead.SetOverlay(ov.draw)
		twin.SetOverlay(ov.draw)
		q.settleTwins(b, lead, twin)
		run(b, q, twin, lead, twin)
	})
}

package compare

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/change"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
	"github.com/perutraffickingatlas/atlas/ui/mapview"
)

// flatSource draws every tile in one colour.
type flatSource struct{}

func (flatSource) Info() tiles.Info {
	return tiles.Info{ID: "flat", Name: "Flat", Attribution: "Test tiles", MaxZoom: 14, TileSize: 256}
}

func (flatSource) Tile(context.Context, maptile.Tile) (image.Image, error) {
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.RGBA{R: 0xe8, G: 0xe0, B: 0xc8, A: 0xff}}, image.Point{}, draw.Src)
	return img, nil
}

// draws records the overlays drawn, by the year of their options.
type draws struct {
	mu    sync.Mutex
	years []int
}

func (d *draws) draw(_ context.Context, v geo.View, opt overlay.Options, _ *image.RGBA) (image.Image, error) {
	d.mu.Lock()
	d.years = append(d.years, opt.Year)
	d.mu.Unlock()
	return image.NewRGBA(image.Rect(0, 0, int(v.Width), int(v.Height))), nil
}

// take returns the years drawn since the last take.
func (d *draws) take() []int {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := d.years
	d.years = nil
	return out
}

// rig is a compare view in a window as the atlas window wires it: the
// map draws with the options Publish returns, the timeline is base.Year.
type rig struct {
	v      *View
	m      *mapview.MapView
	w      fyne.Window
	q      *uitest.Queue
	d      *draws
	base   overlay.Options
	later  overlay.Options
	feats  []data.Feature
	closed int          // Close compare presses
	set    *overlay.Set // what the maps draw, as far as Publish knows
	// drawn is later for the map's overlay goroutine, as the window
	// publishes its options.
	drawn atomic.Pointer[overlay.Options]
}

func newRig(tb testing.TB, size fyne.Size) *rig {
	tb.Helper()
	test.NewTempApp(tb)
	ds, err := data.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	r := &rig{q: uitest.NewQueue(), d: &draws{}, base: overlay.Options{Year: 2016}, feats: ds.Features, set: &overlay.Set{}}
	r.m = mapview.New(flatSource{}, geo.PeruLimits(), geo.View{Center: orb.Point{-75, -9.5}, Zoom: 6}, mapview.WithPoster(r.q.Post))
	r.m.SetAnimated(false)
	tb.Cleanup(r.m.Close)
	r.m.SetOverlay(func(ctx context.Context, v geo.View, reuse *image.RGBA) (image.Image, error) {
		return r.d.draw(ctx, v, *r.drawn.Load(), reuse)
	})
	float := container.NewWithoutLayout()
	r.v = New(Options{Map: r.m, Over: container.NewStack(), Features: ds.Features, First: 1980, Last: 2022,
		Tips: uikit.NewTips(float, r.q.Post), Post: r.q.Post, Draw: r.d.draw,
		OnLater:   func(y int) { r.base.Year = y; r.publish() },
		OnEarlier: r.publish,
		OnClose:   func() { r.closed++ },
	})
	r.later = r.v.Publish(r.base, r.set)
	later := r.later // a copy: renders read it while publish rewrites r.later
	r.drawn.Store(&later)
	r.w = test.NewTempWindow(tb, container.NewStack(r.v.Area(), float))
	r.w.SetPadded(false)
	r.w.Resize(size)
	r.settle(tb)
	return r
}

// publish is the window's redraw: the options published, the later map
// redrawn when they changed.
func (r *rig) publish() {
	old := r.later
	r.later = r.v.Publish(r.base, r.set)
	later := r.later
	r.drawn.Store(&later)
	if !old.SameAs(r.later) {
		r.m.RefreshOverlay()
	}
}

func (r *rig) settle(tb testing.TB) {
	tb.Helper()
	r.q.Settle(tb, func() bool { return r.m.Idle() && (r.v.Earlier() == nil || r.v.Earlier().Idle()) })
}

// open compares base's year with an earlier one, as the window does.
func (r *rig) open(tb testing.TB) {
	tb.Helper()
	r.v.Open(r.base, r.set)
	r.publish()
	r.settle(tb)
	r.d.take()
}

func TestOpenShowsTwoYearsWithTheirMarks(t *testing.T) {
	r := newRig(t, fyne.NewSize(1200, 700))
	r.open(t)
	if !r.v.Active() || r.v.Years() != [2]int{2003, 2016} {
		t.Fatalf("comparing %v (active %v), want 2003 with 2016", r.v.Years(), r.v.Active())
	}
	d := change.Between(r.feats, 2003, 2016, nil)
	e := r.v.EarlierOptions()
	if e.Year != 2003 || e.Mark != overlay.MarkGone || !slices.Equal(e.Marked, d.Disappear) {
		t.Errorf("earlier map: %d, mark %v on %v; want 2003, dashed, on what is gone %v", e.Year, e.Mark, e.Marked, d.Disappear)
	}
	if r.later.Year != 2016 || r.later.Mark != overlay.MarkNew || !slices.Equal(r.later.Marked, d.Appear) {
		t.Errorf("later map: %d, mark %v on %d features; want 2016, solid, on the %d new", r.later.Year, r.later.Mark, len(r.later.Marked), len(d.Appear))
	}
	text := uitest.AllText(r.v.Area())
	for _, want := range []string{"2003", "2016", "Gone by 2016", "New since 2003", "Close compare"} {
		if !strings.Contains(text, want) {
			t.Errorf("the view lacks %q:\n%s", want, text)
		}
	}
}

func TestArrangement(t *testing.T) {
	tests := []struct {
		desc    string
		size    fyne.Size
		stacked bool
	}{
		{desc: "a wide area: side by side", size: fyne.NewSize(1200, 700)},
		{desc: "a 1024x768 window's map area", size: fyne.NewSize(1008, 560)},
		{desc: "a narrow, tall area: one above the other", size: fyne.NewSize(600, 1000), stacked: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			r := newRig(t, tc.size)
			r.open(t)
			a, b := r.v.Earlier(), r.m
			if a.Size() != b.Size() {
				t.Errorf("maps %v and %v: want one size", a.Size(), b.Size())
			}
			if got := b.Position().Y > a.Position().Y+a.Size().Height/2; got != tc.stacked {
				t.Errorf("later map at %v, earlier at %v: stacked %v, want %v", b.Position(), a.Position(), got, tc.stacked)
			}
			for name, o := range map[string]fyne.CanvasObject{"earlier": a, "later": b, "earlier header": r.v.heads[0].box, "later header": r.v.heads[1].box} {
				p, s := o.Position(), o.Size()
				if p.X < 0 || p.Y < 0 || p.X+s.Width > tc.size.Width+0.5 || p.Y+s.Height > tc.size.Height+0.5 || s.Width <= 0 || s.Height <= 0 {
					t.Errorf("the %s at %v %v is not inside the area %v", name, p, s, tc.size)
				}
			}
			if h0, h1 := r.v.heads[0].box.Size().Height, r.v.heads[1].box.Size().Height; h0 != h1 {
				t.Errorf("headers %v and %v high: want the maps level", h0, h1)
			}
			h := r.v.heads[1]
			shown := h.close
			if !shown.Visible() {
				shown = h.closeIcon
			}
			if h.close.Visible() == h.closeIcon.Visible() || !strings.Contains(shown.Text+shown.TipText(), "Close compare") {
				t.Errorf("close buttons shown: with words %v, icon %v; want one, saying Close compare", h.close.Visible(), h.closeIcon.Visible())
			}
			test.Tap(shown)
			if r.closed != 1 {
				t.Errorf("the close button called OnClose %d times, want once", r.closed)
			}
			for _, o := range test.LaidOutObjects(r.v.Area()) {
				if w, ok := o.(fyne.Widget); ok && w.Visible() && w.Size().Width+0.5 < w.MinSize().Width {
					t.Errorf("%T is %v wide, less than its %v: cut", o, w.Size().Width, w.MinSize().Width)
				}
			}
		})
	}
}

func TestPublishRedrawsWhatChanged(t *testing.T) {
	r := newRig(t, fyne.NewSize(1200, 700))
	r.open(t)
	e := change.EarlierYear(r.feats, 2000, 1980, nil) // 1985
	tests := []struct {
		desc  string
		act   func()
		years [2]int
		drawn []int // years drawn, in any order
	}{
		{desc: "the earlier year one on: its map only", act: func() { r.v.pick(0, 2004) }, years: [2]int{2004, 2016}, drawn: []int{2004}},
		{desc: "the later year one on: its map only, the earlier's marks the same", act: func() { r.v.pick(1, 2017) }, years: [2]int{2004, 2017}, drawn: []int{2017}},
		{desc: "a later year that changes the earlier map's marks: both", act: func() { r.v.pick(1, 2022) }, years: [2]int{2004, 2022}, drawn: []int{2004, 2022}},
		{desc: "an earlier year not before the later one is refused", act: func() { r.v.pick(0, 2022) }, years: [2]int{2004, 2022}},
		{desc: "a later year not after the earlier one is refused", act: func() { r.v.pick(1, 2004) }, years: [2]int{2004, 2022}},
		{desc: "the timeline before the earlier year: the earlier year moves back", act: func() { r.base.Year = 2000; r.publish() }, years: [2]int{e, 2000}, drawn: []int{e, 2000}},
		{desc: "layers switched off: both", act: func() { r.base.Layers = []data.Layer{data.LayerCocaZone}; r.publish() }, years: [2]int{e, 2000}, drawn: []int{e, 2000}},
		{desc: "a new set (the user's layers changed): the earlier map too", act: func() { r.set = &overlay.Set{}; r.publish() }, years: [2]int{e, 2000}, drawn: []int{e}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			tc.act()
			r.settle(t)
			if got := r.v.Years(); got != tc.years {
				t.Errorf("years %v, want %v", got, tc.years)
			}
			got := r.d.take()
			slices.Sort(got)
			if !slices.Equal(got, tc.drawn) {
				t.Errorf("drawn %v, want %v", got, tc.drawn)
			}
		})
	}
}

func TestPickersOfferTheirSpan(t *testing.T) {
	r := newRig(t, fyne.NewSize(1200, 700))
	r.open(t)
	earlier, later := r.v.heads[0].picker, r.v.heads[1].picker
	for _, y := range []int{2003, 2002, 2001} {
		r.v.pick(0, y)
	}
	r.v.pick(0, 1980)
	if earlier.prev.Disabled() == false || earlier.next.Disabled() {
		t.Errorf("earlier at 1980: back %v, on %v; want back off, on on", !earlier.prev.Disabled(), !earlier.next.Disabled())
	}
	r.v.pick(1, 2022)
	if later.next.Disabled() == false {
		t.Error("later at the last year: the next year's button is on")
	}
	r.v.pick(0, 2021)
	if earlier.next.Disabled() == false || later.prev.Disabled() == false {
		t.Error("years side by side: the buttons that would cross them are on")
	}
	later.list()
	menu := uitest.AllText(r.w.Canvas().Overlays().Top())
	if !strings.Contains(menu, "2022") || strings.Contains(menu, "2021") {
		t.Errorf("the later map's years list %q, want 2022 only", menu)
	}
}

func TestCloseGivesTheMapItsAreaAndZoomBack(t *testing.T) {
	r := newRig(t, fyne.NewSize(1200, 700))
	before := r.m.View()
	r.open(t)
	if z := r.m.View().Zoom; z >= before.Zoom {
		t.Errorf("zoom %v comparing, want out from %v", z, before.Zoom)
	}
	test.Drag(r.w.Canvas(), fyne.NewPos(200, 300), 40, 0) // on the earlier map
	moved := r.m.View()
	r.v.Close()
	r.settle(t)
	if r.v.Active() || len(r.v.Area().(*fyne.Container).Objects) != 2 {
		t.Fatal("still comparing after Close")
	}
	v := r.m.View()
	if v.Width != before.Width || v.Height != before.Height || v.Center != moved.Center || v.Zoom != before.Zoom {
		t.Errorf("after Close: %+v, want the whole area at the compared centre %v and the zoom before %v", v, moved.Center, before.Zoom)
	}
	if got := r.v.Publish(r.base, r.set); len(got.Marked) != 0 {
		t.Errorf("after Close the map still marks %d features", len(got.Marked))
	}
}

// BenchmarkPanFrame measures one step of a drag across a 1920x1080 map
// area whose tiles and overlays are ready: the single map, and the
// compare view's two maps (dragged on the earlier one, which moves the
// later, which moves it back). Panning must draw no overlay.
func BenchmarkPanFrame(b *testing.B) {
	for _, comparing := range []bool{false, true} {
		name := "single"
		if comparing {
			name = "compare"
		}
		b.Run(name, func(b *testing.B) {
			r := newRig(b, fyne.NewSize(1920, 1080))
			dragged, maps := r.m, []*mapview.MapView{r.m}
			if comparing {
				r.open(b)
				dragged, maps = r.v.Earlier(), []*mapview.MapView{r.m, r.v.Earlier()}
			}
			step := func(i int) {
				dx := float32(3)
				if i%200 >= 100 {
					dx = -3
				}
				dragged.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(dx, float32(1-i%3))})
			}
			for i := range 200 { // every tile of the round trip into the cache
				step(i)
				r.settle(b)
			}
			r.d.take()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				step(i)
			}
			b.StopTimer()
			r.settle(b)
			if n := len(r.d.take()); n != 0 {
				b.Fatalf("%d overlays drawn while panning %d maps", n, len(maps))
			}
		})
	}
}

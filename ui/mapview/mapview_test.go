package mapview

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// checkerSource draws each tile as a flat colour chosen from its x+y
// parity and zoom, with a dark 1 px border, so golden images show the
// tiling and scaling plainly.
type checkerSource struct {
	mu      sync.Mutex
	calls   int
	hold    map[maptile.Zoom]bool // zooms that never answer
	holding int                   // calls waiting on a held zoom now
}

func (s *checkerSource) Info() tiles.Info {
	return tiles.Info{ID: "checker", Name: "Checker", Attribution: "Test tiles", MinZoom: 0, MaxZoom: 14, TileSize: 256}
}

func (s *checkerSource) Tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	s.mu.Lock()
	s.calls++
	hold := s.hold[t.Z]
	s.mu.Unlock()
	if hold {
		s.mu.Lock()
		s.holding++
		s.mu.Unlock()
		<-ctx.Done()
		s.mu.Lock()
		s.holding--
		s.mu.Unlock()
		return nil, ctx.Err()
	}
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	c := color.RGBA{R: 0xe8, G: 0xe0, B: 0xc8, A: 0xff}
	if (t.X+t.Y)%2 == 1 {
		c = color.RGBA{R: 0xb8, G: 0xd0, B: 0xa0, A: 0xff}
	}
	c.B += uint8(t.Z) * 4
	draw.Draw(img, img.Bounds(), &image.Uniform{c}, image.Point{}, draw.Src)
	border := color.RGBA{A: 0xff, R: 0x40, G: 0x40, B: 0x40}
	for i := 0; i < 256; i++ {
		img.Set(i, 0, border)
		img.Set(0, i, border)
	}
	return img, nil
}

// uiQueue stands in for fyne.Do: loader goroutines queue work, the test
// goroutine runs it, so the widget is only touched from one goroutine.
type uiQueue struct{ *uitest.Queue }

// settle runs queued UI work until no tile or overlay work is pending.
func (q uiQueue) settle(t testing.TB, m *MapView) {
	t.Helper()
	q.Settle(t, m.Idle)
	m.Refresh()
}

func lima() orb.Point { return orb.Point{-77.0282, -12.0432} }

func newTestMap(t testing.TB, src tiles.Source, size fyne.Size) (*MapView, fyne.Window, uiQueue) {
	t.Helper()
	test.NewTempApp(t)
	q := uiQueue{uitest.NewQueue()}
	m := New(src, geo.PeruLimits(), geo.View{Center: lima(), Zoom: 6}, WithPoster(q.Post))
	t.Cleanup(m.Close)
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(size)
	q.settle(t, m)
	return m, w, q
}

func TestShowsTilesAfterLoading(t *testing.T) {
	m, w, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	r := test.WidgetRenderer(m).(*renderer)
	if len(r.tileLayer) == 0 {
		t.Fatal("no tiles on screen after loading")
	}
	goldentest.AssertImage(t, "mapview_lima_z6", w.Canvas().Capture())
}

func TestDragPansByTheDrag(t *testing.T) {
	tests := []struct {
		desc   string
		dx, dy float32
	}{
		{desc: "east-west drag", dx: 120, dy: 0},
		{desc: "diagonal drag", dx: -80, dy: 60},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			m, w, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
			before := m.View()
			probe := before.FromScreen(geo.Pixel{X: 300, Y: 200})
			test.Drag(w.Canvas(), fyne.NewPos(300, 200), tc.dx, tc.dy)
			got := m.View().ToScreen(probe)
			if math.Abs(got.X-300-float64(tc.dx)) > 1e-6 || math.Abs(got.Y-200-float64(tc.dy)) > 1e-6 {
				t.Errorf("map point under the pointer is now at %v, want moved by (%v,%v)", got, tc.dx, tc.dy)
			}
		})
	}
}

func TestScrollZoomsAboutPointer(t *testing.T) {
	m, _, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	pos := fyne.NewPos(150, 120)
	under := m.View().FromScreen(toPixel(pos))
	z0 := m.View().Zoom
	// fyne's test.Scroll leaves the position empty, so send the event as
	// the desktop driver does: a wheel notch up at pos.
	m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.NewDelta(0, 25)})
	if got := m.View().Zoom; math.Abs(got-z0-0.5) > 1e-9 {
		t.Fatalf("zoom %v after one notch, want %v", got, z0+0.5)
	}
	if p := m.View().ToScreen(under); math.Abs(p.X-150) > 1e-6 || math.Abs(p.Y-120) > 1e-6 {
		t.Errorf("point under the pointer moved to %v", p)
	}
}

func TestKeysPanAndZoom(t *testing.T) {
	tests := []struct {
		desc     string
		press    func(m *MapView)
		wantZoom float64
		wantMove geo.Pixel // where the old centre goes on screen, relative to it
	}{
		{desc: "left arrow", press: func(m *MapView) { m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) }, wantZoom: 6, wantMove: geo.Pixel{X: keyPanStep}},
		{desc: "down arrow", press: func(m *MapView) { m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) }, wantZoom: 6, wantMove: geo.Pixel{Y: -keyPanStep}},
		{desc: "plus", press: func(m *MapView) { m.TypedRune('+') }, wantZoom: 7},
		{desc: "minus", press: func(m *MapView) { m.TypedRune('-') }, wantZoom: 5},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			m, _, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
			m.SetAnimated(false)
			c := m.View().Center
			tc.press(m)
			v := m.View()
			if v.Zoom != tc.wantZoom {
				t.Errorf("zoom %v, want %v", v.Zoom, tc.wantZoom)
			}
			if tc.wantZoom == 6 {
				p := v.ToScreen(c)
				if math.Abs(p.X-300-tc.wantMove.X) > 1e-6 || math.Abs(p.Y-200-tc.wantMove.Y) > 1e-6 {
					t.Errorf("old centre at %v, want offset %v", p, tc.wantMove)
				}
			}
		})
	}
}

func TestZoomIsClamped(t *testing.T) {
	m, w, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	for i := 0; i < 40; i++ {
		test.Scroll(w.Canvas(), fyne.NewPos(300, 200), 0, 25)
	}
	if z := m.View().Zoom; z != m.Limits().MaxZoom {
		t.Errorf("zoom %v after zooming far in, want the maximum %v", z, m.Limits().MaxZoom)
	}
	for i := 0; i < 80; i++ {
		test.Scroll(w.Canvas(), fyne.NewPos(300, 200), 0, -25)
	}
	if z := m.View().Zoom; z != m.Limits().MinZoom {
		t.Errorf("zoom %v after zooming far out, want the minimum %v", z, m.Limits().MinZoom)
	}
}

func TestParentShownWhileTileMissing(t *testing.T) {
	src := &checkerSource{hold: map[maptile.Zoom]bool{7: true}}
	m, w, q := newTestMap(t, src, fyne.NewSize(600, 400))
	m.SetAnimated(false)
	m.ZoomIn() // zoom 7 tiles never arrive
	// Wait until the loader is stuck on them, running what it posts.
	q.Settle(t, func() bool { return src.held() > 0 })
	m.Refresh()
	r := test.WidgetRenderer(m).(*renderer)
	if len(r.tileLayer) == 0 {
		t.Fatal("nothing shown while zoom-7 tiles are missing; want the zoom-6 parents scaled")
	}
	for _, o := range r.tileLayer {
		if s := o.Size(); s.Width != 512 {
			t.Errorf("stand-in tile drawn %v wide, want its parent scaled to 512", s.Width)
		}
	}
	goldentest.AssertImage(t, "mapview_parent_fallback", w.Canvas().Capture())
}

// held reports how many Tile calls are waiting on a held zoom now.
func (s *checkerSource) held() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.holding
}

func TestTapReportsLonLat(t *testing.T) {
	m, _, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	var got orb.Point
	m.OnTapped = func(_ geo.Pixel, at orb.Point) { got = at }
	test.TapAt(m, fyne.NewPos(300, 200))
	if math.Abs(got.Lon()-lima().Lon()) > 1e-6 || math.Abs(got.Lat()-lima().Lat()) > 1e-6 {
		t.Errorf("tap at the centre reported %v, want %v", got, lima())
	}
}

// BenchmarkPanFrame measures one pan step of a 1920x1080 map whose tiles
// are all cached: moving textures and laying out furniture, no rendering.
func BenchmarkPanFrame(b *testing.B) {
	m, w, q := newTestMap(b, &checkerSource{}, fyne.NewSize(1920, 1080))
	_ = w
	q.settle(b, m)
	r := test.WidgetRenderer(m).(*renderer)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dx := 3.0
		if i%200 >= 100 {
			dx = -3
		}
		m.view = m.view.Pan(dx, 1-float64(i%3))
		r.Refresh()
	}
}

func TestFitBoundFollowsResizeUntilMoved(t *testing.T) {
	m, w, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(300, 200))
	m.FitBound(geo.PeruBound())
	small := m.View().Zoom
	w.Resize(fyne.NewSize(1200, 800))
	big := m.View().Zoom
	if big <= small {
		t.Fatalf("zoom %v after growing the window, want more than %v", big, small)
	}
	b := m.View().Bound()
	if !b.Contains(geo.PeruBound().Min) || !b.Contains(geo.PeruBound().Max) {
		t.Errorf("view %v does not show all of Peru", b)
	}
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	moved := m.View()
	w.Resize(fyne.NewSize(600, 400))
	if m.View().Zoom != moved.Zoom {
		t.Errorf("zoom changed on resize after the user moved the map")
	}
}

func TestKeptTilesHoldEveryTileTheViewCovers(t *testing.T) {
	tests := []struct {
		desc string
		w, h float64
	}{
		{desc: "tiny", w: 64, h: 64},
		{desc: "the 1024x768 projector's map", w: 700, h: 560},
		{desc: "the default window's map", w: 1150, h: 740},
		{desc: "full screen", w: 1920, h: 1080},
		{desc: "4K", w: 3840, h: 2160},
	}
	for _, tc := range tests {
		kept := keptTiles(tc.w, tc.h)
		most := 0
		for z := 6.0; z < 8; z += 1.0 / 64 {
			for _, c := range []orb.Point{{-75.5, -9.5}, {-75.123, -9.987}, {-76.01, -8.49}} {
				v := geo.View{Center: c, Zoom: z, Width: tc.w, Height: tc.h}
				most = max(most, len(v.TileCover(v.TileZoom(), tileMargin).Tiles()))
			}
		}
		if most > kept {
			t.Errorf("%s: the view covers up to %d tiles, the map keeps %d", tc.desc, most, kept)
		}
		// Not much more than it can show: the cache follows the window.
		if kept > most*3/2+minKeptTiles {
			t.Errorf("%s: the map keeps %d tiles for a view covering at most %d", tc.desc, kept, most)
		}
	}
}

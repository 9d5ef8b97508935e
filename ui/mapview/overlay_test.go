package mapview

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// markerOverlay draws a red square on Lima and counts its renders. With a
// gate, each render waits until the gate is closed or the render is
// cancelled, to test cancellation.
type markerOverlay struct {
	renders   atomic.Int32
	cancelled atomic.Int32
	gate      chan struct{}
}

func (o *markerOverlay) draw(ctx context.Context, v geo.View, _ *image.RGBA) (image.Image, error) {
	o.renders.Add(1)
	if o.gate != nil {
		select {
		case <-o.gate:
		case <-ctx.Done():
		}
		if ctx.Err() != nil { // cancelled, even if the gate opened too
			o.cancelled.Add(1)
			return nil, ctx.Err()
		}
	}
	img := image.NewRGBA(image.Rect(0, 0, int(v.Width), int(v.Height)))
	p := v.ToScreen(lima())
	r := image.Rect(int(p.X)-10, int(p.Y)-10, int(p.X)+10, int(p.Y)+10)
	draw.Draw(img, r, &image.Uniform{color.RGBA{R: 0xd5, G: 0x5e, A: 0xff}}, image.Point{}, draw.Src)
	return img, nil
}

func TestOverlayDrawsAndMovesWithTheMap(t *testing.T) {
	ov := &markerOverlay{}
	m, w, q := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	m.SetOverlay(ov.draw)
	q.settle(t, m)
	if ov.renders.Load() != 1 {
		t.Fatalf("%d renders after SetOverlay, want 1", ov.renders.Load())
	}
	goldentest.AssertImage(t, "mapview_overlay", w.Canvas().Capture())

	tests := []struct {
		desc        string
		act         func()
		wantRenders int32
	}{
		{desc: "short pan reuses the image", act: func() { test.Drag(w.Canvas(), fyne.NewPos(300, 200), overlayMargin*3/4, overlayMargin/2) }, wantRenders: 1},
		{desc: "long pan leaves the margin", act: func() { test.Drag(w.Canvas(), fyne.NewPos(300, 200), overlayMargin, 0) }, wantRenders: 2},
		{desc: "content change re-renders", act: m.RefreshOverlay, wantRenders: 3},
		{desc: "zoom level change re-renders", act: func() { m.SetAnimated(false); m.ZoomIn() }, wantRenders: 4},
	}
	for _, tc := range tests {
		tc.act()
		q.settle(t, m)
		if got := ov.renders.Load(); got != tc.wantRenders {
			t.Errorf("%s: %d renders, want %d", tc.desc, got, tc.wantRenders)
		}
	}
}

func TestOverlayMarkerFollowsDrag(t *testing.T) {
	ov := &markerOverlay{}
	m, w, q := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	m.SetOverlay(ov.draw)
	q.settle(t, m)
	test.Drag(w.Canvas(), fyne.NewPos(300, 200), 100, 50)
	q.settle(t, m)
	img := w.Canvas().Capture()
	p := m.View().ToScreen(lima())
	if c := color.RGBAModel.Convert(img.At(int(p.X), int(p.Y))).(color.RGBA); c.R != 0xd5 || c.G != 0x5e {
		t.Errorf("overlay marker not under Lima after the drag: pixel %v at %v", c, p)
	}
}

// TestOverlayNewestRequestWins: requests made while a render runs cancel
// it, and only the newest of them starts, once the cancelled render has
// returned: one render at a time, so that renders started on every frame
// of a zoom never each hold an image at once.
func TestOverlayNewestRequestWins(t *testing.T) {
	ov := &markerOverlay{gate: make(chan struct{})}
	m, _, q := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	m.SetOverlay(ov.draw)
	m.RefreshOverlay()
	m.RefreshOverlay()
	// The first render is cancelled while it waits at the gate; the one
	// requested next is superseded before it starts.
	q.Settle(t, func() bool { return ov.cancelled.Load() >= 1 })
	if r := ov.renders.Load(); r != 1 {
		t.Errorf("%d renders started while the first still ran, want 1", r)
	}
	close(ov.gate)
	q.settle(t, m)
	if c, r := ov.cancelled.Load(), ov.renders.Load(); c != 1 || r != 2 {
		t.Errorf("%d renders started, %d cancelled; want 2 (the first and the newest), 1", r, c)
	}
	if m.ov.rendered.Width == 0 {
		t.Error("the newest render never arrived")
	}
}

// reusingOverlay draws on the image it is given when that fits, and
// records what it was given and what it made. It notes when two renders
// hold the same image at once.
type reusingOverlay struct {
	mu      sync.Mutex
	given   []*image.RGBA // by render, nil when none
	made    int           // images made anew
	drawing map[*image.RGBA]bool
	shared  bool          // two renders drew on one image at once
	gate    chan struct{} // when set, each render waits for it or its cancellation
	finish  bool          // with a gate: a cancelled render still finishes its image
	cancel  atomic.Int32
}

func (o *reusingOverlay) draw(ctx context.Context, v geo.View, reuse *image.RGBA) (image.Image, error) {
	o.mu.Lock()
	o.given = append(o.given, reuse)
	if reuse != nil {
		if o.drawing == nil {
			o.drawing = map[*image.RGBA]bool{}
		}
		o.shared = o.shared || o.drawing[reuse]
		o.drawing[reuse] = true
	}
	gate, finish := o.gate, o.finish
	o.mu.Unlock()
	defer func() {
		o.mu.Lock()
		delete(o.drawing, reuse)
		o.mu.Unlock()
	}()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			o.cancel.Add(1)
			if !finish {
				return nil, ctx.Err()
			}
			<-gate
		}
	}
	r := image.Rect(0, 0, int(v.Width), int(v.Height))
	img := reuse
	if img == nil || img.Rect != r {
		img = image.NewRGBA(r)
		o.mu.Lock()
		o.made++
		o.mu.Unlock()
	}
	return img, nil
}

// TestOverlayReusesTheImageNoLongerShown: a map redrawn again and again
// (the years playing) draws on the image it showed before last, never on
// the one on screen, so two images serve any number of frames (three when
// renders are cancelled on the way, which give theirs back), and no two
// renders ever draw on one image at once. The
// collector is off meanwhile: it may free the spares, which are held
// weakly (TestOverlaySpareIsFreedAtRest).
func TestOverlayReusesTheImageNoLongerShown(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	tests := []struct {
		desc    string
		cancel  bool // supersede every other render before it finishes
		finish  bool // the superseded render finishes its image all the same
		maxMade int
		frames  int
	}{
		{desc: "every render shown", frames: 10, maxMade: 2},
		{desc: "renders superseded on the way", cancel: true, frames: 6, maxMade: 3},
		{desc: "superseded renders that finish anyway", cancel: true, finish: true, frames: 6, maxMade: 3},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ov := &reusingOverlay{finish: tc.finish}
			m, _, q := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
			m.SetOverlay(ov.draw)
			q.settle(t, m)
			for i := 0; i < tc.frames; i++ {
				shown, _ := m.OverlayImage()
				before := m.OverlayRenders()
				if tc.cancel {
					gate := make(chan struct{})
					ov.mu.Lock()
					ov.gate = gate
					ov.mu.Unlock()
					m.RefreshOverlay() // superseded by the next
					m.RefreshOverlay()
					q.Settle(t, func() bool { return ov.cancel.Load() > 0 })
					ov.cancel.Store(0)
					close(gate)
				} else {
					m.RefreshOverlay()
				}
				// settled: the cancelled render has given its image back too
				q.settle(t, m)
				ov.mu.Lock()
				ov.gate = nil
				last, shared := ov.given[len(ov.given)-1], ov.shared
				ov.mu.Unlock()
				if shared {
					t.Fatalf("frame %d: two renders were given the same image at once", i)
				}
				if last != nil && image.Image(last) == shown {
					t.Fatalf("frame %d: a render was given the image on screen", i)
				}
				if m.OverlayRenders() != before+1 {
					t.Fatalf("frame %d: %d renders shown, want %d", i, m.OverlayRenders(), before+1)
				}
			}
			ov.mu.Lock()
			defer ov.mu.Unlock()
			if ov.made > tc.maxMade {
				t.Errorf("%d images made for %d frames, want at most %d", ov.made, tc.frames+1, tc.maxMade)
			}
			if ov.given[len(ov.given)-1] == nil {
				t.Error("the last render was given no image to reuse")
			}
		})
	}
}

// TestOverlaySpareIsFreedAtRest: the image a map no longer shows is not
// kept alive for a render that may never come: after a collection, the
// next render gets nothing to reuse.
func TestOverlaySpareIsFreedAtRest(t *testing.T) {
	ov := &reusingOverlay{}
	m, _, q := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	m.SetOverlay(ov.draw)
	q.settle(t, m)
	m.RefreshOverlay() // the first image becomes the spare
	q.settle(t, m)
	runtime.GC()
	m.RefreshOverlay()
	q.settle(t, m)
	ov.mu.Lock()
	defer ov.mu.Unlock()
	if got := ov.given[len(ov.given)-1]; got != nil {
		t.Error("the spare image outlived a collection")
	}
}

// TestSpareImageKeepsEachImageOnce: an image's pixels given back twice (a
// cancelled render that finished on the image it was lent, under the same
// header or a new one) are handed out once, or two renders would draw on
// them at once; the spare with the most pixels goes first.
func TestSpareImageKeepsEachImageOnce(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	a, b := image.NewRGBA(image.Rect(0, 0, 4, 4)), image.NewRGBA(image.Rect(0, 0, 4, 4))
	big := image.NewRGBA(image.Rect(0, 0, 8, 8))
	// a render lent a may return a new header over its pixels
	aSmaller := &image.RGBA{Pix: a.Pix[:4*3*3], Stride: 4 * 3, Rect: image.Rect(0, 0, 3, 3)}
	tests := []struct {
		desc  string
		given []image.Image
		want  []*image.RGBA // what take hands out, in turn
	}{
		{desc: "one image given twice", given: []image.Image{a, a}, want: []*image.RGBA{a, nil}},
		{desc: "its pixels given twice, under two headers", given: []image.Image{a, aSmaller}, want: []*image.RGBA{a, nil}},
		{desc: "the one with more pixels first", given: []image.Image{a, big}, want: []*image.RGBA{big, a, nil}},
		{desc: "two images", given: []image.Image{a, b}, want: []*image.RGBA{a, b, nil}},
		{desc: "a third is not kept", given: []image.Image{a, b, image.NewRGBA(image.Rect(0, 0, 4, 4))}, want: []*image.RGBA{a, b, nil}},
		{desc: "not an RGBA", given: []image.Image{image.NewGray(image.Rect(0, 0, 4, 4))}, want: []*image.RGBA{nil}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var s spareImage
			for _, img := range tc.given {
				s.give(img)
			}
			for i, want := range tc.want {
				if got := s.take(); got != want {
					t.Errorf("take %d: %p, want %p", i, got, want)
				}
			}
		})
	}
}

// TestOverlayDrawnAtTheViewsZoom: at rest the overlay is drawn at the
// view's own zoom, between two levels too, so its image is the view plus
// the margins and never the larger image of the level above scaled down;
// a smooth zoom ends with the overlay drawn at the zoom it came to.
func TestOverlayDrawnAtTheViewsZoom(t *testing.T) {
	tests := []struct {
		desc     string
		animated bool
		act      func(m *MapView)
		wantZoom float64
	}{
		{desc: "between two levels", act: func(m *MapView) { m.CenterOn(lima(), 6.5) }, wantZoom: 6.5},
		{desc: "a quarter level up", act: func(m *MapView) { m.CenterOn(lima(), 6.75) }, wantZoom: 6.75},
		{desc: "a smooth zoom in", animated: true, act: func(m *MapView) { m.ZoomIn() }, wantZoom: 7},
		{desc: "a flight", animated: true, act: func(m *MapView) { m.FlyTo(geo.View{Center: lima(), Zoom: 8.5}) }, wantZoom: 8.5},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ov := &markerOverlay{}
			m, _, q := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
			m.SetOverlay(ov.draw)
			q.settle(t, m)
			m.SetAnimated(tc.animated)
			tc.act(m)
			q.settle(t, m)
			r := m.ov.rendered
			if r.Zoom != tc.wantZoom || r.Width != 600+2*overlayMargin || r.Height != 400+2*overlayMargin {
				t.Errorf("overlay drawn for zoom %v at %vx%v, want zoom %v at %vx%v",
					r.Zoom, r.Width, r.Height, tc.wantZoom, 600+2*overlayMargin, 400+2*overlayMargin)
			}
			if m.inMotion() {
				t.Error("the map is still in motion after the move ended")
			}
		})
	}
}

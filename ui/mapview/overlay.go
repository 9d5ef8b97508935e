package mapview

import (
	"context"
	"image"
	"math"

	"github.com/perutraffickingatlas/atlas/geo"
)

// overlayMargin is how far, in logical pixels, the overlay is rendered
// beyond each edge of the view, so panning shows drawn content at once.
// A pan further than this draws the overlay again (about 10 ms, off the UI
// goroutine, the old image shown meanwhile); a wider margin costs memory
// twice, in the image and in its texture: for the map of a full 1920x1080
// window each is about 9 MB with this margin, 13 MB with 256 px.
const overlayMargin = 128

// OverlayFunc draws an overlay for a view at the map's zoom, which may lie
// between two levels, on a transparent image of the view's size. It runs
// off the UI goroutine and must stop early when ctx is cancelled. reuse,
// when not nil, is an image the map no longer shows: the function should
// draw on its pixels, cleared, when they are enough for the view (as a new
// header, when the size differs), rather than make a new image, so that a
// map redrawn frame after frame (the years playing, a zoom) does not leave
// an image of several MB behind every frame.
type OverlayFunc func(ctx context.Context, v geo.View, reuse *image.RGBA) (image.Image, error)

// overlay is the widget's overlay layer: one image covering the view plus
// a margin, rendered at the view's zoom and moved and scaled with the
// tiles until it no longer covers the view or the zoom changes (see
// overlayCovers). The renderer shows img; the widget only decides when to
// draw a new one.
//
// One render runs at a time. A newer request cancels the running render
// and waits for it to return before it starts, the newest request
// winning: renders started on every frame of a zoom would otherwise each
// hold an image of several MB at once, and none could draw on the image a
// cancelled one gives back.
type overlay struct {
	draw     OverlayFunc
	img      image.Image
	rendered geo.View           // what img shows; Width == 0 when nothing
	shown    int                // how many renders have been shown
	cancel   context.CancelFunc // set while the wanted render runs or waits
	gen      int                // increases with every request; stale results are dropped
	want     geo.View
	running  bool        // a render goroutine, maybe cancelled, has not reported back
	next     *overlayJob // the wanted render, waiting for the running one
	onError  func(error)
	spare    *spareImage // shared with the render goroutines
}

// overlayJob is one requested render.
type overlayJob struct {
	ctx context.Context
	gen int
	v   geo.View
}

// SetOverlay installs the function that draws the overlay layer (nil
// removes it) and renders it for the current view.
func (m *MapView) SetOverlay(f OverlayFunc) {
	m.ov.stop()
	// gen goes on counting: a render of the old function already posted
	// must not pass for one of the new; a render of the old function still
	// running goes on counting as the one running
	m.ov = overlay{draw: f, onError: m.ov.onError, spare: &spareImage{}, gen: m.ov.gen, running: m.ov.running}
	m.RefreshOverlay()
}

// RefreshOverlay re-renders the overlay for the current view because what
// it shows changed (year, layers, selection). The old image stays on
// screen until the new one arrives.
func (m *MapView) RefreshOverlay() {
	m.startOverlay() // the old image stays until the new one arrives
	m.Refresh()
}

// OverlayImage is the overlay image on screen and the view it was drawn
// for; nil and a zero view before the first arrives.
func (m *MapView) OverlayImage() (image.Image, geo.View) { return m.ov.img, m.ov.rendered }

// OverlayRenders is how many renders of the overlay the map has shown
// since SetOverlay. Images are reused, so tests tell redraws apart by this
// count rather than by the image.
func (m *MapView) OverlayRenders() int { return m.ov.shown }

// stop cancels the wanted render, running or waiting.
func (o *overlay) stop() {
	if o.cancel != nil {
		o.cancel()
		o.cancel = nil
	}
	o.next = nil
}

// overlayView is the view the overlay should be rendered for now: the
// current view at its own zoom, grown by the margin. (Drawn at the nearest
// whole zoom instead, a view between two levels needed an image up to
// twice the pixels, scaled down on screen: some 20 MB at 1920x1080.)
func (m *MapView) overlayView() geo.View {
	v := m.view
	return geo.View{Center: v.Center, Zoom: v.Zoom, Width: math.Ceil(v.Width) + 2*overlayMargin, Height: math.Ceil(v.Height) + 2*overlayMargin}
}

// overlayCovers reports whether the rendered overlay still serves the
// current view: the view inside its area, and drawn at the view's zoom,
// or while the map moves within motionZoomSlack of it.
func (m *MapView) overlayCovers() bool {
	r := m.ov.rendered
	if m.ov.cancel != nil {
		r = m.ov.want // a render is on its way; judge by what it will show
	}
	slack := 0.0
	if m.inMotion() {
		slack = motionZoomSlack
	}
	if r.Width <= 0 || math.Abs(r.Zoom-m.view.Zoom) > slack {
		return false
	}
	k := math.Exp2(r.Zoom - m.view.Zoom)
	tl := m.view.TopLeft().Scale(k)
	br := tl.Add(geo.Pixel{X: m.view.Width * k, Y: m.view.Height * k})
	rtl := r.TopLeft()
	return tl.X >= rtl.X && tl.Y >= rtl.Y && br.X <= rtl.X+r.Width && br.Y <= rtl.Y+r.Height
}

// requestOverlay starts a render when the current one does not cover the
// view.
func (m *MapView) requestOverlay() {
	if !m.overlayCovers() {
		m.startOverlay()
	}
}

// startOverlay renders the overlay for the current view off the UI
// goroutine. It cancels the render still running, if any, and starts once
// that one has returned (see overlay).
func (m *MapView) startOverlay() {
	if m.ov.draw == nil || m.view.Width <= 0 || m.view.Height <= 0 {
		return
	}
	m.ov.stop()
	m.ov.gen++
	job := overlayJob{gen: m.ov.gen, v: m.overlayView()}
	m.ov.want = job.v
	job.ctx, m.ov.cancel = context.WithCancel(context.Background())
	if m.ov.running {
		m.ov.next = &job
		return
	}
	m.launchOverlay(job)
}

// launchOverlay runs job on a goroutine of its own, which reports back on
// the UI goroutine (overlayReturned).
func (m *MapView) launchOverlay(job overlayJob) {
	m.ov.running = true
	draw, post, spare := m.ov.draw, m.post, m.ov.spare
	reuse := spare.take()
	m.overlayRenders.Add(1)
	go func() {
		defer m.overlayRenders.Add(-1) // after the give-backs and the post
		img, err := draw(job.ctx, job.v, reuse)
		cancelled := job.ctx.Err() != nil
		if cancelled || err != nil {
			spare.give(reuse) // not shown; a render drawing on it has returned
			if cancelled {
				spare.give(img)
				img = nil
			}
		}
		post(func() { m.overlayReturned(job, img, err, cancelled) })
	}()
}

// overlayReturned takes a render's report on the UI goroutine: it
// publishes the image unless the render was cancelled, then starts the
// render waiting for this one, unless it was cancelled too.
func (m *MapView) overlayReturned(job overlayJob, img image.Image, err error, cancelled bool) {
	m.ov.running = false
	if !cancelled {
		m.overlayArrived(job.gen, job.v, img, err)
	}
	if next := m.ov.next; next != nil {
		m.ov.next = nil
		if next.ctx.Err() == nil {
			m.launchOverlay(*next)
		}
	}
}

// overlayArrived publishes a finished render on the UI goroutine.
// The image it replaces becomes a spare once the renderer has let go of
// it (painting happens on this goroutine, so none is under way).
func (m *MapView) overlayArrived(gen int, v geo.View, img image.Image, err error) {
	if gen != m.ov.gen {
		m.ov.spare.give(img) // stale: never shown
		return
	}
	m.ov.cancel = nil
	if err != nil {
		if m.ov.onError != nil {
			m.ov.onError(err)
		}
		return
	}
	old := m.ov.img
	m.ov.img, m.ov.rendered = img, v
	m.ov.shown++
	m.Refresh()
	if old != img {
		m.ov.spare.give(old)
	}
}

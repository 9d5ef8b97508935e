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
// goroutine); a wider margin would cost memory on every render: at
// 1920x1080 each overlay image is about 10 MB with this margin, 14 MB with
// 384 px.
const overlayMargin = 256

// OverlayFunc draws an overlay for a view whose Zoom is a whole number, on
// a transparent image of the view's size. It runs off the UI goroutine and
// must stop early when ctx is cancelled.
type OverlayFunc func(ctx context.Context, v geo.View) (image.Image, error)

// overlay is the widget's overlay layer: one image covering the view plus
// a margin, rendered at a whole zoom and moved and scaled with the tiles
// until it no longer covers the view or the zoom level changes. The
// renderer shows img; the widget only decides when to draw a new one.
type overlay struct {
	draw     OverlayFunc
	img      image.Image
	rendered geo.View // what img shows; Width == 0 when nothing
	cancel   context.CancelFunc
	gen      int // increases with every request; stale results are dropped
	want     geo.View
	onError  func(error)
}

// SetOverlay installs the function that draws the overlay layer (nil
// removes it) and renders it for the current view.
func (m *MapView) SetOverlay(f OverlayFunc) {
	m.ov.stop()
	m.ov = overlay{draw: f, onError: m.ov.onError}
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
// for; nil and a zero view before the first arrives. A new image means a
// new render: tests tell redraws apart this way.
func (m *MapView) OverlayImage() (image.Image, geo.View) { return m.ov.img, m.ov.rendered }

func (o *overlay) stop() {
	if o.cancel != nil {
		o.cancel()
		o.cancel = nil
	}
}

// overlayView is the view the overlay should be rendered for now: the
// current view at the tile zoom, grown by the margin.
func (m *MapView) overlayView() geo.View {
	v := m.view
	z := math.Round(v.Zoom)
	k := math.Exp2(z - v.Zoom)
	return geo.View{Center: v.Center, Zoom: z, Width: math.Ceil(v.Width*k) + 2*overlayMargin, Height: math.Ceil(v.Height*k) + 2*overlayMargin}
}

// overlayCovers reports whether the rendered overlay still serves the
// current view: same whole zoom and the view inside its area.
func (m *MapView) overlayCovers() bool {
	r := m.ov.rendered
	if m.ov.cancel != nil {
		r = m.ov.want // a render is on its way; judge by what it will show
	}
	if r.Width <= 0 || r.Zoom != math.Round(m.view.Zoom) {
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
// goroutine; it cancels any render still running, so the newest wins.
func (m *MapView) startOverlay() {
	if m.ov.draw == nil || m.view.Width <= 0 || m.view.Height <= 0 {
		return
	}
	m.ov.stop()
	m.ov.gen++
	gen := m.ov.gen
	v := m.overlayView()
	m.ov.want = v
	ctx, cancel := context.WithCancel(context.Background())
	m.ov.cancel = cancel
	draw, post := m.ov.draw, m.post
	go func() {
		img, err := draw(ctx, v)
		if ctx.Err() != nil {
			return
		}
		post(func() { m.overlayArrived(gen, v, img, err) })
	}()
}

// overlayArrived publishes a finished render on the UI goroutine.
func (m *MapView) overlayArrived(gen int, v geo.View, img image.Image, err error) {
	if gen != m.ov.gen {
		return
	}
	m.ov.cancel = nil
	if err != nil {
		if m.ov.onError != nil {
			m.ov.onError(err)
		}
		return
	}
	m.ov.img, m.ov.rendered = img, v
	m.Refresh()
}

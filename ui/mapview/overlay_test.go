package mapview

import (
	"context"
	"image"
	"image/color"
	"image/draw"
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

func (o *markerOverlay) draw(ctx context.Context, v geo.View) (image.Image, error) {
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
		{desc: "short pan reuses the image", act: func() { test.Drag(w.Canvas(), fyne.NewPos(300, 200), 120, 80) }, wantRenders: 1},
		{desc: "long pan leaves the margin", act: func() {
			for i := 0; i < 5; i++ {
				test.Drag(w.Canvas(), fyne.NewPos(300, 200), 150, 0)
			}
		}, wantRenders: 2},
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

func TestOverlayNewestRequestWins(t *testing.T) {
	ov := &markerOverlay{gate: make(chan struct{})}
	m, _, q := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	m.SetOverlay(ov.draw)
	m.RefreshOverlay()
	m.RefreshOverlay()
	// The first two renders are superseded while they wait at the gate;
	// only then may the newest finish.
	q.Settle(t, func() bool { return ov.cancelled.Load() >= 2 })
	close(ov.gate)
	q.settle(t, m)
	if c := ov.cancelled.Load(); c != 2 {
		t.Errorf("%d renders cancelled, want the 2 superseded ones", c)
	}
	if m.ov.rendered.Width == 0 {
		t.Error("the newest render never arrived")
	}
}

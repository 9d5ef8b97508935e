package ui

import (
	"math"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// keepOut is what the overlay's labels must avoid besides the
// annotations: presentation mode's furniture, as rectangles of the map
// widget of that size.
type keepOut struct {
	boxes         []rect
	width, height float64
}

// publishKeepOut hands the furniture's rectangles to the overlay
// goroutine, and redraws when they changed.
func (mw *MainWindow) publishKeepOut() {
	var k keepOut
	if mw.pres.on && mw.pres.layout != nil {
		k = keepOut{boxes: append([]rect(nil), mw.pres.layout.covered...),
			width: float64(mw.pres.mapSize.Width), height: float64(mw.pres.mapSize.Height)}
	}
	if old := mw.keepOut.Load(); old != nil && sameBoxes(old.boxes, k.boxes) && old.width == k.width && old.height == k.height {
		return
	}
	mw.keepOut.Store(&k)
	if mw.pres.on {
		mw.mapv.RefreshOverlay()
	}
}

func sameBoxes(a, b []rect) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// inImage returns the keep-out boxes in the pixels of an overlay image
// drawn for view v, which has the map's centre, while the map is at zoom:
// the map's pixels scaled by the zoom (and density) v is drawn at, about
// the image's centre.
func (k *keepOut) inImage(v geo.View, zoom float64) []label.Box {
	if k == nil || len(k.boxes) == 0 || k.width <= 0 {
		return nil
	}
	s := math.Exp2(v.Zoom - zoom)
	cx, cy := v.Width/2, v.Height/2
	out := make([]label.Box, 0, len(k.boxes))
	for _, b := range k.boxes {
		x0 := cx + (float64(b.X)-k.width/2)*s
		y0 := cy + (float64(b.Y)-k.height/2)*s
		out = append(out, label.Box{X0: x0, Y0: y0, X1: x0 + float64(b.W)*s, Y1: y0 + float64(b.H)*s})
	}
	return out
}

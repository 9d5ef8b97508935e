package label

import "math"

// Frame is the image a Source places labels for: a point at zoom-0 world
// pixels (x, y) (geo.Project at zoom 0) lies at image pixel
// (x*K - OX, y*K - OY).
type Frame struct {
	K, OX, OY float64
	Clip      Box     // where labels may go: the image, or the part of it shown
	Scale     float64 // type and symbol size: 1 on a normal screen, 2 on HiDPI or a 4K export
	Lang      string  // "es" for Spanish names, else English
}

// Zoom is the zoom level whose styles apply to the frame: the world
// scale without the type scale, log2(K / Scale).
func (f Frame) Zoom() float64 {
	s := f.Scale
	if s <= 0 {
		s = 1
	}
	return math.Log2(f.K / s)
}

// Image returns where a zoom-0 world pixel lies on the frame's image.
func (f Frame) Image(x, y float64) (float64, float64) { return x*f.K - f.OX, y*f.K - f.OY }

// Source gives labels the map's overlay does not own, such as the
// basemap's towns, rivers, countries, seas and lakes, for a frame, so they
// are placed in one pass with the overlay's.
//
// Priorities share one scale: the overlay uses 1000 and up for the
// selected feature, 90 for off-map route ends, 80 for exit ports down to
// 10 for event names; a source ranks its labels among them (a capital
// near the ports, small towns below every atlas label).
type Source interface {
	Candidates(f Frame) []Candidate
}

// Obstacles are what a frame's labels must avoid besides each other: boxes
// no label may cover, and lines a label should not cross (each crossing
// makes a spot costlier).
type Obstacles struct {
	Boxes []Box
	Lines [][][2]float64
}

package overlay

import (
	"image"
	"math"
	"sync"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Objects returns one sm.MapObject per visible feature, in drawing order,
// then one object that places and draws the labels, so an sm.Context
// draws exactly what Render draws. opt.View keeps labels inside an
// export's frame.
func (s *Set) Objects(opt Options) []sm.MapObject {
	sh := &objShared{s: s, opt: opt}
	var out []sm.MapObject
	for _, ft := range s.visible(&opt) {
		out = append(out, &featureObject{sh: sh, ft: ft})
	}
	return append(out, &labelObject{sh: sh})
}

// objShared is what the objects of one Objects call share: the frame for
// the surface they are drawn on, built by the first to draw.
type objShared struct {
	s   *Set
	opt Options

	mu  sync.Mutex
	key [3]float64 // projection k, ox, oy
	wh  [2]int
	fr  *frame
}

// frame returns the frame for dc and the transformer, building it once per
// surface.
func (sh *objShared) frame(dc *gg.Context, t *sm.Transformer) *frame {
	p := transProj(t)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	key, wh := [3]float64{p.k, p.ox, p.oy}, [2]int{dc.Width(), dc.Height()}
	if sh.fr == nil || sh.key != key || sh.wh != wh {
		sh.fr = newFrame(sh.s, sh.opt, p, float64(wh[0]), float64(wh[1]))
		if sh.opt.View != nil {
			sh.fr.clipTo(*sh.opt.View)
		}
		sh.key, sh.wh = key, wh
	}
	return sh.fr
}

// featureObject draws one feature.
type featureObject struct {
	sh *objShared
	ft *feat
}

// Bounds is the feature's geographic bounding box.
func (o *featureObject) Bounds() s2.Rect { return worldRect(o.ft.min, o.ft.max) }

// ExtraMarginPixels leaves room for symbols, arrows and halos.
func (o *featureObject) ExtraMarginPixels() (float64, float64, float64, float64) {
	m := 20 * o.sh.opt.scale()
	return m, m, m, m
}

// Draw draws the feature with the shared drawing code.
func (o *featureObject) Draw(dc *gg.Context, t *sm.Transformer) {
	o.sh.frame(dc, t).draw(dc, o.ft)
}

// labelObject places and draws every label of the visible features.
type labelObject struct{ sh *objShared }

// Bounds is the box of all visible features.
func (o *labelObject) Bounds() s2.Rect {
	r := s2.EmptyRect()
	for _, ft := range o.sh.s.visible(&o.sh.opt) {
		r = r.Union(worldRect(ft.min, ft.max))
	}
	return r
}

// ExtraMarginPixels is zero: labels go where there is room.
func (o *labelObject) ExtraMarginPixels() (float64, float64, float64, float64) {
	return 0, 0, 0, 0
}

// Draw places and draws the labels.
func (o *labelObject) Draw(dc *gg.Context, t *sm.Transformer) {
	if img, ok := dc.Image().(*image.RGBA); ok {
		o.sh.frame(dc, t).drawLabels(img)
	}
}

// worldRect converts a box of zoom-0 world pixels to an s2.Rect.
func worldRect(min, max geo.Pixel) s2.Rect {
	a := geo.Unproject(min, 0)
	b := geo.Unproject(max, 0)
	r := s2.RectFromLatLng(s2.LatLngFromDegrees(a.Lat(), a.Lon()))
	r = r.AddPoint(s2.LatLngFromDegrees(b.Lat(), b.Lon()))
	if math.IsNaN(r.Lo().Lat.Degrees()) {
		return s2.EmptyRect()
	}
	return r
}

package overlay

import (
	"math"

	"github.com/perutraffickingatlas/atlas/geo"
)

// proj maps zoom-0 world pixels to image pixels: screen = world0*k - o.
type proj struct{ k, ox, oy float64 }

// pt projects one world-0 point.
func (p proj) pt(w geo.Pixel) (float64, float64) { return w.X*p.k - p.ox, w.Y*p.k - p.oy }

// world converts an image pixel back to world-0 pixels.
func (p proj) world(x, y float64) geo.Pixel {
	return geo.Pixel{X: (x + p.ox) / p.k, Y: (y + p.oy) / p.k}
}

// viewProj is the projection of a View at its own, possibly fractional,
// zoom (the window asks for whole zooms, exports for any).
func viewProj(v geo.View) proj {
	tl := v.TopLeft()
	return proj{k: math.Exp2(v.Zoom), ox: tl.X, oy: tl.Y}
}

// frame is one drawing of the overlay: options, projection, image size and
// what depends on them (visible features, event marker positions).
type frame struct {
	s       *Set
	opt     Options
	sc      float64
	p       proj
	w, h    float64
	clip    [4]float64 // x0, y0, x1, y1: where labels may go
	feats   []*feat
	alpha   []float64      // by feat.idx
	markers []*eventMarker // by feat.idx, for events: the marker each is drawn in
	events  []*eventMarker // every marker, in placing order

	noOutline []bool          // by feat.idx: another member of its shape group draws the outline
	stack     map[int][]*feat // by the owner's feat.idx: the areas named in its stacked label
	inStack   []bool          // by feat.idx: named in another feature's stacked label

	symAt   [][][2]float64 // by feat.idx: where its symbols are drawn
	leaders []symPlace     // symbols moved off their points
	crowded bool           // the user layers' pins are too many to spread (see maxSpreadPins)
	mark    []bool         // by feat.idx: marked by opt.Marked; nil when nothing is
	pins    map[pinKey]*pinSprite

	hatcher hatcher // the hatching's rasterizer and mask, made on first use
}

// newFrame prepares a drawing of s for opt on a w x h image with projection p.
func newFrame(s *Set, opt Options, p proj, w, h float64) *frame {
	fr := &frame{s: s, opt: opt, sc: opt.scale(), p: p, w: w, h: h,
		alpha: make([]float64, len(s.feats)), markers: make([]*eventMarker, len(s.feats))}
	fr.clip = [4]float64{0, 0, w, h}
	for _, ft := range s.drawOrder() {
		if a, ok := shown(ft, &fr.opt); ok {
			fr.feats = append(fr.feats, ft)
			fr.alpha[ft.idx] = a
		}
	}
	fr.noOutline, fr.inStack, fr.stack = make([]bool, len(s.feats)), make([]bool, len(s.feats)), map[int][]*feat{}
	fr.shareShapes()
	fr.markFeats()
	fr.placeMarkers()
	fr.symAt = make([][][2]float64, len(s.feats))
	fr.placeSymbols()
	return fr
}

// margin is how far outside the image a feature may lie and still be drawn
// (symbols, arrows and halos reach out of the geometry).
func (fr *frame) margin() float64 { return 40 * fr.sc }

// onScreen reports whether ft's bounding box touches the image.
func (fr *frame) onScreen(ft *feat) bool {
	x0, y0 := fr.p.pt(ft.min)
	x1, y1 := fr.p.pt(ft.max)
	m := fr.margin()
	return x1 >= -m && y1 >= -m && x0 <= fr.w+m && y0 <= fr.h+m
}

// inside reports whether ft's bounding box meets the image itself, with
// no margin: whether a reader sees it, for the legend's counts.
func (fr *frame) inside(ft *feat) bool {
	x0, y0 := fr.p.pt(ft.min)
	x1, y1 := fr.p.pt(ft.max)
	return x1 >= 0 && y1 >= 0 && x0 <= fr.w && y0 <= fr.h
}

// selected reports whether ft is the highlighted feature.
func (fr *frame) selected(ft *feat) bool { return fr.opt.Selected != "" && ft.f.ID == fr.opt.Selected }

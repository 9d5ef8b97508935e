package overlay

import (
	"image"
	"image/color"
	"math"
	"sort"
	"strings"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Label priorities, on the scale every label.Source shares: the selected
// feature first, then off-map route ends, then the styles' own priorities
// (ports 80 ... events 10). See label.Frame for the basemap's.
const (
	prioSelected = 1000
	prioDest     = 90
	prioYear     = 12 // an event's year tag
)

// labelGap is the least room, in pixels at scale 1, between two labels or
// a label and a symbol.
const labelGap = 2.0

// wrap breaks a label into at most two lines of about n characters.
func wrap(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	words := strings.Fields(s)
	best, bestD := "", math.MaxInt
	total := len([]rune(s))
	for i := 1; i < len(words); i++ {
		a := strings.Join(words[:i], " ")
		d := int(math.Abs(float64(2*len([]rune(a)) - total)))
		if d < bestD {
			best, bestD = a+"\n"+strings.Join(words[i:], " "), d
		}
	}
	if best == "" {
		return s
	}
	return best
}

// textStyle is the lettering of a feature label at the frame's scale.
func (fr *frame) textStyle(size float64, bold bool) label.Style {
	face := label.Regular
	if bold {
		face = label.Bold
	}
	return label.Style{Face: face, Size: size * fr.sc, Halo: math.Ceil(2 * fr.sc)}
}

// textLabel is a candidate that draws mask m in ink at one of spots
// (top-left corners), each costing its position in the list.
func (fr *frame) textLabel(text string, prio float64, m *label.Mask, ink color.NRGBA, spots [][2]float64) label.Candidate {
	c := label.Candidate{Text: text, Priority: prio}
	for i, s := range spots {
		c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{label.BoxAt(math.Round(s[0]), math.Round(s[1]), float64(m.W), float64(m.H))}, Cost: float64(i) * 0.1})
	}
	halo := haloColor
	halo.A = uint8(float64(halo.A) * float64(ink.A) / 255)
	c.Draw = func(dst *image.RGBA, _ int, s label.Spot) {
		b := s.Boxes[0]
		label.Draw(dst, m, int(b.X0), int(b.Y0), ink, halo)
	}
	return c
}

// around lists top-left corners for a w x h label beside a box of
// half-size (rx, ry) centred at (x, y), in the order cartographers prefer:
// right, upper right, lower right, left, upper left, lower left, above,
// below.
func around(x, y, rx, ry float64, w, h float64, gap float64) [][2]float64 {
	r, l := x+rx+gap, x-rx-gap-w
	mid, up, down := y-h/2, y-ry-h*0.6, y+ry-h*0.4
	return [][2]float64{
		{r, mid}, {r, up}, {r, down},
		{l, mid}, {l, up}, {l, down},
		{x - w/2, y - ry - gap - h}, {x - w/2, y + ry + gap},
	}
}

// labelCands collects the labels of the visible features and their
// off-map route ends.
func (fr *frame) labelCands() []label.Candidate {
	sc := fr.sc
	var out []label.Candidate
	skip := fr.unlabelled()
	for _, ft := range fr.feats {
		if !fr.onScreen(ft) || ft.labelIn(fr.opt.Lang) == "" || (skip != nil && skip[ft.idx]) {
			continue
		}
		st := &ft.st
		prio := float64(st.priority)
		if fr.selected(ft) {
			prio += prioSelected
		}
		ink := withAlpha(st.labelColor, fr.alpha[ft.idx])
		ax, ay := fr.p.pt(ft.anchor)
		name := ft.labelIn(fr.opt.Lang)
		if members := fr.stack[ft.idx]; len(members) > 0 {
			out = append(out, fr.stackLabel(ft, float64(members[0].st.priority)))
		}
		if fr.selected(ft) && st.class != classEvent {
			if q := fr.symbolXY(ft); len(q) > 0 {
				out = append(out, fr.callout(ft, [][2]float64{{q[0][0], q[0][1]}}, symbolRadius*sc))
			} else {
				out = append(out, fr.callout(ft, fr.calloutAnchors(ft, ax, ay), 0))
			}
			continue
		}
		switch st.class {
		case classEvent: // see eventCands
		case classArea:
			if fr.inStack[ft.idx] {
				continue
			}
			if len(fr.stack[ft.idx]) > 0 {
				continue // its stacked label is above
			}
			m := fr.s.text.Mask(wrap(name, 20), fr.textStyle(12.5, st.labelBold), 0)
			out = append(out, fr.textLabel(name, prio, m, ink, fr.areaSpots(ft, float64(m.W), float64(m.H))))
		case classLine:
			m := fr.s.text.Mask(wrap(name, 26), fr.textStyle(11, false), 0)
			out = append(out, fr.textLabel(name, prio, m, ink, fr.lineSpots(ft, float64(m.W), float64(m.H))))
		default:
			if st.symbol != symNone {
				q := fr.symbolXY(ft)[0]
				ax, ay = q[0], q[1]
			}
			m := fr.s.text.Mask(wrap(name, 22), fr.textStyle(12, st.labelBold), 0)
			r := symbolRadius * sc
			out = append(out, fr.textLabel(name, prio, m, ink, around(ax, ay, r, r, float64(m.W), float64(m.H), (labelGap+0.5)*sc)))
		}
	}
	out = append(out, fr.eventCands()...)
	return append(out, fr.destCands()...)
}

// lineSpots are places for a w x h label beside a line: above or below
// points along its longest part, nearest the middle first.
func (fr *frame) lineSpots(ft *feat, w, h float64) [][2]float64 {
	best, bestL := 0, -1.0
	for i, l := range ft.lines {
		if n := lineLength(l); n > bestL {
			best, bestL = i, n
		}
	}
	l := ft.lines[best]
	off := 4 * fr.sc
	var out [][2]float64
	for _, t := range []float64{0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8} {
		p := alongLine(l, t*bestL)
		x, y := fr.p.pt(p)
		out = append(out, [2]float64{x - w/2, y - off - h}, [2]float64{x - w/2, y + off}, [2]float64{x + off, y - h/2}, [2]float64{x - off - w, y - h/2})
	}
	return out
}

// destCands are the labels of route ends that lead off the map: at the end
// when it is on the image, else where the line leaves the image.
func (fr *frame) destCands() []label.Candidate {
	sc := fr.sc
	var out []label.Candidate
	for _, ft := range fr.feats {
		if len(ft.dests) == 0 || !fr.onScreen(ft) {
			continue
		}
		ink := withAlpha(darker(ft.st.stroke, 0.75), fr.alpha[ft.idx])
		ink.A = max(ink.A, 200)
		text := ft.f.DestinationIn(fr.opt.Lang)
		for _, d := range ft.dests {
			l := ft.lines[d.part]
			m := fr.s.text.Mask("→ "+wrap(text, 22), fr.textStyle(12, true), 0)
			x, y, ok := fr.exitPoint(l)
			if !ok {
				continue
			}
			w, h := float64(m.W), float64(m.H)
			pad := 2 * sc
			x0, y0, x1, y1 := fr.clip[0]+pad, fr.clip[1]+pad, fr.clip[2]-pad, fr.clip[3]-pad
			cx := func(x float64) float64 { return math.Max(x0, math.Min(x1-w, x)) }
			cy := func(y float64) float64 { return math.Max(y0, math.Min(y1-h, y)) }
			// keep the label on the image, next to where the line ends or leaves
			lx, ly := cx(x-w/2), cy(y-h/2)
			spots := [][2]float64{{lx, ly}, {lx, cy(y - h*1.5)}, {lx, cy(y + h*0.5)}, {cx(x - w - 6*sc), ly}, {cx(x + 6*sc), ly},
				{lx, cy(ly - 2*h)}, {lx, cy(ly + 2*h)}}
			out = append(out, fr.textLabel(text, prioDest, m, ink, spots))
		}
	}
	return out
}

// exitPoint is the end of l in image pixels when it lies on the image,
// otherwise the last point where l crosses the image edge.
func (fr *frame) exitPoint(l []geo.Pixel) (float64, float64, bool) {
	ex, ey := fr.p.pt(l[len(l)-1])
	c := fr.clip
	in := func(x, y float64) bool { return x >= c[0] && y >= c[1] && x <= c[2] && y <= c[3] }
	if in(ex, ey) {
		return ex, ey, true
	}
	for i := len(l) - 1; i > 0; i-- {
		bx, by := fr.p.pt(l[i])
		ax, ay := fr.p.pt(l[i-1])
		// the far end of the part of the segment a->b on the image
		if _, t1, ok := label.ClipSegment(label.Box{X0: c[0], Y0: c[1], X1: c[2], Y1: c[3]}, ax, ay, bx, by); ok {
			return ax + (bx-ax)*t1, ay + (by-ay)*t1, true
		}
	}
	return 0, 0, false
}

// labelFrame describes this frame to a label.Source.
func (fr *frame) labelFrame() label.Frame {
	return label.Frame{K: fr.p.k, OX: fr.p.ox, OY: fr.p.oy,
		Clip:  label.Box{X0: fr.clip[0], Y0: fr.clip[1], X1: fr.clip[2], Y1: fr.clip[3]},
		Scale: fr.sc, Lang: fr.opt.Lang}
}

// placeLabels runs the label engine over every label of the frame: the
// features', the route ends' and the basemap's (opt.Names), with the
// symbols and event markers as boxes no label may cover and the drawn
// routes as lines labels avoid. It returns the candidates and the chosen
// spot of each (-1: dropped).
func (fr *frame) placeLabels() ([]label.Candidate, []int) {
	clip := label.Box{X0: fr.clip[0], Y0: fr.clip[1], X1: fr.clip[2], Y1: fr.clip[3]}
	e := label.NewEngine(clip, labelGap*fr.sc)
	for _, r := range fr.symbolRects() {
		e.Block(edgeBox(r, clip, labelGap*fr.sc))
	}
	if fr.opt.Obstacles != nil {
		o := fr.opt.Obstacles(fr.labelFrame())
		for _, b := range o.Boxes {
			e.Block(b)
		}
		for _, l := range o.Lines {
			e.AddLine(l, 1)
		}
	}
	for _, ft := range fr.feats {
		if ft.st.class != classLine || !fr.onScreen(ft) {
			continue
		}
		for _, l := range ft.lines {
			pts := make([][2]float64, len(l))
			for i, p := range l {
				pts[i][0], pts[i][1] = fr.p.pt(p)
			}
			e.AddLine(pts, 1)
		}
	}
	cands := fr.labelCands()
	if fr.opt.Names != nil {
		cands = append(cands, fr.opt.Names.Candidates(fr.labelFrame())...)
	}
	return cands, e.Place(cands)
}

// drawLabels places the labels and draws those that found a place.
func (fr *frame) drawLabels(img *image.RGBA) {
	cands, chosen := fr.placeLabels()
	for i, c := range cands {
		if chosen[i] >= 0 && c.Draw != nil {
			c.Draw(img, chosen[i], c.Spots[chosen[i]])
		}
	}
}

// symbolRects are the boxes of the symbols, event markers and route arrow
// heads on the image, which labels must not cover: all but the pins of a
// crowded frame (see maxSpreadPins).
func (fr *frame) symbolRects() []label.Box {
	var out []label.Box
	r := symbolRadius * fr.sc
	box := func(x, y, rx, ry float64) {
		out = append(out, label.Box{X0: x - rx, Y0: y - ry, X1: x + rx, Y1: y + ry})
	}
	for _, ft := range fr.feats {
		if !fr.onScreen(ft) {
			continue
		}
		if ft.st.class == classEvent {
			if m := fr.markers[ft.idx]; m != nil && m.lead() == ft {
				box(m.x, m.y, m.r+1.2*fr.sc, m.r+1.2*fr.sc)
			}
			continue
		}
		if ft.st.arrows {
			for _, l := range ft.lines {
				for _, h := range fr.arrowHeads(l, &ft.st) {
					box(h.x, h.y, h.size, h.size) // the head with its white edge
				}
			}
		}
		if ft.st.symbol == symNone || (ft.st.symbol == symPin && fr.crowded) {
			continue
		}
		for _, q := range fr.symbolXY(ft) {
			box(q[0], q[1], r, r)
		}
	}
	return out
}

// areaSpots are places for a w x h label inside ft's polygons: its anchor
// first, then points of a grid over the polygons whose label centre falls
// inside them, nearest the anchor first.
func (fr *frame) areaSpots(ft *feat, w, h float64) [][2]float64 {
	ax, ay := fr.p.pt(ft.anchor)
	out := [][2]float64{{ax - w/2, ay - h/2}}
	x0, y0 := fr.p.pt(ft.min)
	x1, y1 := fr.p.pt(ft.max)
	x0, y0 = math.Max(x0, fr.clip[0]), math.Max(y0, fr.clip[1])
	x1, y1 = math.Min(x1, fr.clip[2]), math.Min(y1, fr.clip[3])
	sx, sy := math.Max(w/3, 8*fr.sc), math.Max(h/2, 6*fr.sc)
	if (x1-x0)/sx*(y1-y0)/sy > 400 { // a huge area: a coarser grid
		k := math.Sqrt((x1 - x0) / sx * (y1 - y0) / sy / 400)
		sx, sy = sx*k, sy*k
	}
	type spot struct{ x, y, d float64 }
	var cands []spot
	for y := y0 + sy/2; y < y1; y += sy {
		for x := x0 + sx/2; x < x1; x += sx {
			w0 := fr.p.world(x, y)
			for _, poly := range ft.polys {
				if inPolygon(poly, w0) {
					cands = append(cands, spot{x - w/2, y - h/2, math.Hypot(x-ax, y-ay)})
					break
				}
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].d < cands[j].d })
	for _, c := range cands[:min(len(cands), 24)] {
		out = append(out, [2]float64{c.x, c.y})
	}
	return out
}

// edgeBox is the box to block for a symbol's box b: b itself, or, for a
// symbol just outside the frame (within gap of it, where the label engine
// would not see it), b pressed onto the frame's edge, so that no label
// comes within gap of it.
func edgeBox(b, frame label.Box, gap float64) label.Box {
	if b.Overlaps(frame) || !b.Overlaps(frame.Grow(gap)) {
		return b
	}
	return label.Box{X0: min(max(b.X0, frame.X0), frame.X1), Y0: min(max(b.Y0, frame.Y0), frame.Y1),
		X1: max(min(b.X1, frame.X1), frame.X0), Y1: max(min(b.Y1, frame.Y1), frame.Y0)}
}

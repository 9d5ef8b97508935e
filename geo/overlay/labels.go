package overlay

import (
	"image"
	"image/color"
	"math"
	"sort"
	"strings"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/geo"
)

// labelCand is a label that wants a place, with the positions it accepts
// (top-left corners of the text mask), best first.
type labelCand struct {
	prio  int
	m     *textMask
	ink   color.NRGBA
	spots [][2]float64
}

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

// labelCands collects the labels of the visible features.
func (fr *frame) labelCands() []labelCand {
	sc := fr.sc
	var out []labelCand
	for _, ft := range fr.feats {
		if !fr.onScreen(ft) || ft.labelIn(fr.opt.Lang) == "" {
			continue
		}
		st := &ft.st
		a := fr.alpha[ft.idx]
		prio := st.priority
		if fr.selected(ft) {
			prio += 1000
		}
		ink := withAlpha(st.labelColor, a)
		ax, ay := fr.p.pt(ft.anchor)
		switch {
		case st.class == classEvent:
			mp := fr.markers[ft.idx]
			if !mp.ok || (fr.p.k < 256 && !fr.selected(ft)) { // names of events from zoom 8 on
				continue
			}
			m := fr.s.text.mask(wrap(ft.labelIn(fr.opt.Lang), 26), 11*sc, false, int(math.Ceil(2*sc)))
			out = append(out, labelCand{prio: prio, m: m, ink: ink, spots: around(mp.x, mp.y, mp.w/2, mp.h/2, m, sc)})
		case st.class == classArea:
			m := fr.s.text.mask(wrap(ft.labelIn(fr.opt.Lang), 20), 12.5*sc, st.labelBold, int(math.Ceil(2*sc)))
			cx, cy := ax-float64(m.w)/2, ay-float64(m.h)/2
			step := float64(m.h) * 0.8
			out = append(out, labelCand{prio: prio, m: m, ink: ink,
				spots: [][2]float64{{cx, cy}, {cx, cy - step}, {cx, cy + step}, {cx, cy - 2*step}, {cx, cy + 2*step}}})
		case st.class == classLine:
			m := fr.s.text.mask(wrap(ft.labelIn(fr.opt.Lang), 26), 11*sc, false, int(math.Ceil(2*sc)))
			out = append(out, labelCand{prio: prio, m: m, ink: ink, spots: around(ax, ay, 4*sc, 4*sc, m, sc)})
		default:
			if st.symbol != symNone {
				q := fr.symbolXY(ft)[0]
				ax, ay = q[0], q[1]
			}
			m := fr.s.text.mask(wrap(ft.labelIn(fr.opt.Lang), 22), 12*sc, st.labelBold, int(math.Ceil(2*sc)))
			r := symbolRadius * sc
			out = append(out, labelCand{prio: prio, m: m, ink: ink, spots: around(ax, ay, r, r, m, sc)})
		}
	}
	out = append(out, fr.destCands()...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].prio > out[j].prio })
	return out
}

// around lists label spots right, left, above and below a box of half-size
// (rx, ry) centred at (x, y).
func around(x, y, rx, ry float64, m *textMask, sc float64) [][2]float64 {
	w, h := float64(m.w), float64(m.h)
	g := 1 * sc
	return [][2]float64{
		{x + rx + g, y - h/2},
		{x - rx - g - w, y - h/2},
		{x - w/2, y - ry - g - h},
		{x - w/2, y + ry + g},
	}
}

// destCands are the labels of route ends that lead off the map: at the end
// when it is on the image, else where the line leaves the image.
func (fr *frame) destCands() []labelCand {
	sc := fr.sc
	var out []labelCand
	for _, ft := range fr.feats {
		if len(ft.dests) == 0 || !fr.onScreen(ft) {
			continue
		}
		ink := withAlpha(darker(ft.st.stroke, 0.75), fr.alpha[ft.idx])
		ink.A = max(ink.A, 200)
		for _, d := range ft.dests {
			l := ft.lines[d.part]
			m := fr.s.text.mask("→ "+wrap(d.text, 22), 12*sc, true, int(math.Ceil(2*sc)))
			x, y, ok := fr.exitPoint(l)
			if !ok {
				continue
			}
			w, h := float64(m.w), float64(m.h)
			pad := 2 * sc
			x0, y0, x1, y1 := fr.clip[0]+pad, fr.clip[1]+pad, fr.clip[2]-pad, fr.clip[3]-pad
			cx := func(x float64) float64 { return math.Max(x0, math.Min(x1-w, x)) }
			cy := func(y float64) float64 { return math.Max(y0, math.Min(y1-h, y)) }
			// keep the label on the image, next to where the line ends or leaves
			lx, ly := cx(x-w/2), cy(y-h/2)
			spots := [][2]float64{{lx, ly}}
			if x-w/2 >= x0 && x+w/2 <= x1 {
				spots = append(spots, [2]float64{lx, cy(y - h*1.5)}, [2]float64{lx, cy(y + h*0.5)})
			} else {
				spots = append(spots, [2]float64{lx, cy(ly - h)}, [2]float64{lx, cy(ly + h)})
			}
			out = append(out, labelCand{prio: 90, m: m, ink: ink, spots: spots})
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
		// clip the segment a->b to the image (Liang-Barsky), keep the far end
		t0, t1 := 0.0, 1.0
		dx, dy := bx-ax, by-ay
		ok := true
		for _, pq := range [4][2]float64{{-dx, ax - c[0]}, {dx, c[2] - ax}, {-dy, ay - c[1]}, {dy, c[3] - ay}} {
			p, q := pq[0], pq[1]
			if p == 0 {
				if q < 0 {
					ok = false
				}
				continue
			}
			t := q / p
			if p < 0 {
				t0 = math.Max(t0, t)
			} else {
				t1 = math.Min(t1, t)
			}
		}
		if ok && t0 <= t1 {
			return ax + dx*t1, ay + dy*t1, true
		}
	}
	return 0, 0, false
}

// drawLabels places the labels greedily by priority, skipping any that
// would overlap a symbol, a marker or a placed label, and draws them.
func (fr *frame) drawLabels(dc *gg.Context) {
	img, ok := dc.Image().(*image.RGBA)
	if !ok {
		return
	}
	taken := fr.symbolRects(true)
	bounds := image.Rect(int(math.Ceil(fr.clip[0])), int(math.Ceil(fr.clip[1])), int(fr.clip[2]), int(fr.clip[3]))
	for _, c := range fr.labelCands() {
		for _, s := range c.spots {
			x, y := int(math.Round(s[0])), int(math.Round(s[1]))
			pad := int(math.Ceil(fr.sc))
			r := image.Rect(x+pad, y+pad, x+c.m.w-pad, y+c.m.h-pad)
			if !r.In(bounds) {
				continue
			}
			free := true
			for _, q := range taken {
				if r.Overlaps(q) {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			taken = append(taken, r)
			halo := haloColor
			halo.A = uint8(float64(halo.A) * float64(c.ink.A) / 255)
			drawText(img, c.m, x, y, c.ink, halo)
			break
		}
	}
}

// symbolRects are the boxes of the symbols (and, with markers, the event
// markers) on the image, which labels and markers must not cover.
func (fr *frame) symbolRects(markers bool) []image.Rectangle {
	var out []image.Rectangle
	r := symbolRadius * fr.sc
	box := func(x, y, rx, ry float64) {
		out = append(out, image.Rect(int(x-rx), int(y-ry), int(x+rx), int(y+ry)))
	}
	for _, ft := range fr.feats {
		if !fr.onScreen(ft) {
			continue
		}
		if ft.st.class == classEvent {
			if m := fr.markers[ft.idx]; m.ok && markers {
				box(m.x, m.y, m.w/2, m.h/2)
			}
			continue
		}
		if ft.st.symbol == symNone {
			continue
		}
		for _, q := range fr.symbolXY(ft) {
			box(q[0], q[1], r, r)
		}
	}
	return out
}

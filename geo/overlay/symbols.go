package overlay

import (
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/fogleman/gg"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// symbolRadius is the half-size of a symbol at scale 1, for hit tests and
// label placement.
const symbolRadius = 8.0

// drawSymbol draws a layer symbol centred at (x, y).
func (fr *frame) drawSymbol(dc *gg.Context, st *style, x, y, a float64) {
	drawSymbolAt(dc, st.symbol, st.symbolFill, x, y, fr.sc, a)
}

// drawSymbolAt draws symbol k centred at (x, y) at scale sc and opacity a;
// shared by the map and the legend swatches.
func drawSymbolAt(dc *gg.Context, k symbolKind, fill color.NRGBA, x, y, sc, a float64) {
	white := withAlpha(color.NRGBA{255, 255, 255, 255}, a)
	fill = withAlpha(fill, a)
	r := symbolRadius * sc
	dc.SetLineJoinRound()
	dc.SetLineCapRound()
	outline := func(c color.NRGBA, w float64) {
		dc.SetColor(c)
		dc.SetLineWidth(w * sc)
		dc.StrokePreserve()
		dc.SetColor(fill)
		dc.Fill()
	}
	switch k {
	case symAirstrip: // a triangle with a runway
		dc.MoveTo(x, y-r*1.05)
		dc.LineTo(x+r, y+r*0.75)
		dc.LineTo(x-r, y+r*0.75)
		dc.ClosePath()
		outline(white, 3)
		dc.MoveTo(x-r*0.35, y+r*0.45)
		dc.LineTo(x+r*0.2, y-r*0.45)
		dc.SetColor(white)
		dc.SetLineWidth(2 * sc)
		dc.Stroke()
	case symPort: // a navy square with a white anchor
		dc.DrawRoundedRectangle(x-r, y-r, 2*r, 2*r, 2*sc)
		outline(white, 3)
		dc.SetColor(white)
		dc.SetLineWidth(1.6 * sc)
		dc.DrawCircle(x, y-r*0.55, r*0.18)
		dc.Stroke()
		dc.MoveTo(x, y-r*0.37)
		dc.LineTo(x, y+r*0.62)
		dc.MoveTo(x-r*0.35, y-r*0.15)
		dc.LineTo(x+r*0.35, y-r*0.15)
		dc.Stroke()
		dc.DrawArc(x, y+r*0.05, r*0.58, math.Pi*0.15, math.Pi*0.85)
		dc.Stroke()
	case symHub: // a yellow diamond with a dark edge
		dc.MoveTo(x, y-r*1.15)
		dc.LineTo(x+r*1.15, y)
		dc.LineTo(x, y+r*1.15)
		dc.LineTo(x-r*1.15, y)
		dc.ClosePath()
		outline(withAlpha(inkColor, a), 1.6)
	case symBase: // a dark square with a flag
		s := r * 0.7
		dc.MoveTo(x+s*0.6, y-s)
		dc.LineTo(x+s*0.6, y-s-r)
		dc.SetColor(withAlpha(inkColor, a))
		dc.SetLineWidth(1.6 * sc)
		dc.Stroke()
		dc.MoveTo(x+s*0.6, y-s-r)
		dc.LineTo(x+s*0.6+r*0.9, y-s-r*0.7)
		dc.LineTo(x+s*0.6, y-s-r*0.4)
		dc.ClosePath()
		dc.SetColor(withAlpha(okVermilion, a))
		dc.Fill()
		dc.DrawRectangle(x-s, y-s, 2*s, 2*s)
		outline(white, 2.5)
	default: // a dot
		dc.DrawCircle(x, y, r*0.5)
		outline(white, 2)
	}
}

// symbolXY returns the image positions of a feature's symbols: its points,
// or its anchor for areas shown by a symbol. Several layers share the
// VRAEM outline, so area-anchored airstrip and base symbols step aside
// to stay apart.
func (fr *frame) symbolXY(ft *feat) [][2]float64 {
	if len(ft.points) > 0 {
		out := make([][2]float64, len(ft.points))
		for i, p := range ft.points {
			out[i][0], out[i][1] = fr.p.pt(p)
		}
		return out
	}
	x, y := fr.p.pt(ft.anchor)
	d := 1.3 * symbolRadius * fr.sc
	switch ft.st.symbol {
	case symAirstrip:
		x -= d
	case symBase:
		x += d
	}
	return [][2]float64{{x, y}}
}

// markerText is the rendered year text of an event marker. of an event's pill marker for its year text.
func (fr *frame) markerText(ft *feat) *label.Mask {
	return fr.s.text.Mask(ft.when, label.Style{Face: label.Bold, Size: 10.5 * fr.sc}, 0)
}

// placeMarkers puts the visible events' markers at their anchors, moving a
// marker around its anchor when an earlier event already sits there.
func (fr *frame) placeMarkers() {
	var evs []*feat
	for _, ft := range fr.feats {
		if ft.st.class == classEvent && fr.onScreen(ft) {
			evs = append(evs, ft)
		}
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].f.Period.From != evs[j].f.Period.From {
			return evs[i].f.Period.From < evs[j].f.Period.From
		}
		return evs[i].f.ID < evs[j].f.ID
	})
	placed := fr.symbolRects(false)
	gap := 3 * fr.sc
	for _, ft := range evs {
		m := fr.markerText(ft)
		w := float64(m.W) + 10*fr.sc
		h := float64(m.H) + 6*fr.sc
		ax, ay := fr.p.pt(ft.anchor)
		mp := markerPlace{ok: true, x: ax, y: ay, w: w, h: h, ax: ax, ay: ay, text: m}
		rect := func(x, y float64) label.Box {
			return label.Box{X0: x - w/2 - gap, Y0: y - h/2 - gap, X1: x + w/2 + gap, Y1: y + h/2 + gap}
		}
	search:
		for ring := 0; ring < 6; ring++ {
			steps := 1
			if ring > 0 {
				steps = 8
			}
			for k := 0; k < steps; k++ {
				ang := -math.Pi/2 + float64(k)*math.Pi/4
				x := ax + float64(ring)*(w/2+gap)*math.Cos(ang)*1.3
				y := ay + float64(ring)*(h+gap)*math.Sin(ang)
				r := rect(x, y)
				free := true
				for _, q := range placed {
					if r.Overlaps(q) {
						free = false
						break
					}
				}
				if free {
					mp.x, mp.y = x, y
					break search
				}
			}
		}
		placed = append(placed, rect(mp.x, mp.y))
		fr.markers[ft.idx] = mp
	}
}

// drawMarker draws an event's dated pill marker at its placed position,
// with a leader line when it was moved off its anchor.
func (fr *frame) drawMarker(dc *gg.Context, ft *feat, a float64) {
	m := fr.markers[ft.idx]
	if !m.ok {
		return
	}
	ink := withAlpha(inkColor, a)
	if math.Hypot(m.x-m.ax, m.y-m.ay) > 2 {
		dc.MoveTo(m.ax, m.ay)
		dc.LineTo(m.x, m.y)
		dc.SetColor(ink)
		dc.SetLineWidth(1.2 * fr.sc)
		dc.Stroke()
		dc.DrawCircle(m.ax, m.ay, 2.5*fr.sc)
		dc.Fill()
	}
	dc.DrawRoundedRectangle(m.x-m.w/2, m.y-m.h/2, m.w, m.h, m.h/2)
	dc.SetColor(withAlpha(ft.st.symbolFill, a))
	dc.FillPreserve()
	dc.SetColor(ink)
	dc.SetLineWidth(ft.st.width * fr.sc)
	dc.Stroke()
	if img, ok := dc.Image().(*image.RGBA); ok {
		label.Draw(img, m.text, int(math.Round(m.x-float64(m.text.W)/2)), int(math.Round(m.y-float64(m.text.H)/2)), ink, nil)
	}
}

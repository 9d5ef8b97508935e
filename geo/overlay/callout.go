package overlay

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/geo/label"
)

// The selected feature stands out at every zoom: a wide halo under it (see
// drawHalo) and a callout, a white box with its name and period, placed
// before every other label and tied to the feature by a leader line.

// calloutInk is the callout's border, leader and text colour.
var calloutInk = color.NRGBA{0x1a, 0x1a, 0x1a, 0xff}

// callout is the label of the selected feature ft: its name over a line
// with its layer and period, boxed, beside an anchor and tied to it by a
// leader. A symbol's anchor is the symbol at (ax, ay), of radius r, which
// the leader starts clear of; an area or a line (r 0) gets a dot the
// leader starts from, at the first of its anchors where the dot and a box
// fit (the engine picks: later anchors cost more), as the feature's own
// anchor may lie under another symbol.
func (fr *frame) callout(ft *feat, anchors [][2]float64, r float64) label.Candidate {
	sc := fr.sc
	lang := fr.opt.Lang
	title := ft.f.NameIn(lang)
	if ft.user != nil {
		title = fr.userName(ft)
	}
	name := fr.s.text.Mask(wrap(title, 30), fr.textStyle(13, true), 0)
	sub := fr.s.text.Mask(wrap(fr.calloutLine(ft), 40), fr.textStyle(10.5, false), 0)
	pad := 5 * sc
	w := math.Max(float64(name.W), float64(sub.W)) + 2*pad
	h := float64(name.H+sub.H) + 2*pad
	c := label.Candidate{Text: title, Priority: prioSelected + float64(ft.st.priority)}
	dot := r == 0                    // an area's or a line's anchor gets a dot the leader starts from
	from := r + 2*sc + leaderHalf*sc // where the leader starts: past the symbol and the gap
	if dot {
		r = 3 * sc
		from = r + leaderHalf*sc/2 // the leader's boxes overlap the dot's
	}
	for j, an := range anchors {
		ax, ay := an[0], an[1]
		var dotBox []label.Box
		if dot {
			dotBox = []label.Box{{X0: ax - r, Y0: ay - r, X1: ax + r, Y1: ay + r}}
		}
		for k, d := range []float64{r + 14*sc, r + 40*sc, r + 80*sc} {
			for i := range 8 {
				a := -math.Pi/4 - float64(i)*math.Pi/4 // upper right first, then anticlockwise
				x := ax + d*math.Cos(a)
				y := ay + d*math.Sin(a)
				// the box's corner or side nearest the anchor sits at (x, y)
				bx := x - w/2 + w/2*sign(math.Cos(a))
				by := y - h/2 + h/2*sign(math.Sin(a))
				box := label.BoxAt(math.Round(bx), math.Round(by), w, h)
				boxes := append(append([]label.Box{box}, dotBox...), leaderBoxes(ax, ay, from, box, sc)...)
				c.Spots = append(c.Spots, label.Spot{Boxes: boxes, Cost: 3*float64(j) + float64(k) + 0.1*float64(i)})
			}
		}
	}
	c.Draw = func(dst *image.RGBA, _ int, s label.Spot) {
		b := s.Boxes[0] // then the dot's and the leader's
		ax, ay := anchors[0][0], anchors[0][1]
		if dot { // the spot's own anchor: the dot's centre
			ax, ay = (s.Boxes[1].X0+s.Boxes[1].X1)/2, (s.Boxes[1].Y0+s.Boxes[1].Y1)/2
		}
		dc := gg.NewContextForRGBA(dst)
		// the leader, from the symbol's edge (or the dot) to the nearest
		// point of the box
		nx, ny := math.Max(b.X0, math.Min(ax, b.X1)), math.Max(b.Y0, math.Min(ay, b.Y1))
		d := math.Hypot(nx-ax, ny-ay)
		start := from
		if dot {
			start = 0
		}
		if d > start {
			sx, sy := ax+(nx-ax)/d*start, ay+(ny-ay)/d*start
			dc.SetColor(color.NRGBA{0xff, 0xff, 0xff, 0xd0})
			dc.SetLineWidth(4 * sc)
			dc.DrawLine(sx, sy, nx, ny)
			dc.Stroke()
			dc.SetColor(calloutInk)
			dc.SetLineWidth(1.6 * sc)
			dc.DrawLine(sx, sy, nx, ny)
			dc.Stroke()
		}
		if dot {
			dc.SetColor(calloutInk)
			dc.DrawCircle(ax, ay, 2.5*sc)
			dc.Fill()
		}
		dc.DrawRoundedRectangle(b.X0+0.5, b.Y0+0.5, b.X1-b.X0-1, b.Y1-b.Y0-1, 4*sc)
		dc.SetColor(color.NRGBA{0xff, 0xff, 0xff, 0xf2})
		dc.FillPreserve()
		dc.SetColor(calloutInk)
		dc.SetLineWidth(1.4 * sc)
		dc.Stroke()
		label.Draw(dst, name, int(b.X0+pad), int(b.Y0+pad), calloutInk, nil)
		label.Draw(dst, sub, int(b.X0+pad), int(b.Y0+pad)+name.H, color.NRGBA{0x44, 0x44, 0x44, 0xff}, nil)
	}
	return c
}

// maxCalloutAnchors bounds the places an area's or a line's callout may
// start from.
const maxCalloutAnchors = 8

// calloutAnchors are the places an area's or a line's callout may start
// from: its anchor (ax, ay), then points well inside its polygons nearest
// the anchor, or along its longest line.
func (fr *frame) calloutAnchors(ft *feat, ax, ay float64) [][2]float64 {
	out := [][2]float64{{ax, ay}}
	if len(ft.polys) > 0 {
		d := 8 * fr.sc // a dot's box with room around it
		for _, p := range fr.areaSpots(ft, d, d)[1:] {
			if len(out) == maxCalloutAnchors {
				break
			}
			out = append(out, [2]float64{p[0] + d/2, p[1] + d/2})
		}
		return out
	}
	best, bestL := -1, 0.0
	for i, l := range ft.lines {
		if n := lineLength(l); n > bestL {
			best, bestL = i, n
		}
	}
	if best >= 0 {
		for _, t := range []float64{0.35, 0.65, 0.2, 0.8, 0.1, 0.9} {
			x, y := fr.p.pt(alongLine(ft.lines[best], t*bestL))
			out = append(out, [2]float64{x, y})
		}
	}
	return out
}

func sign(v float64) float64 {
	switch {
	case v > 1e-9:
		return 1
	case v < -1e-9:
		return -1
	}
	return 0
}

// leaderHalf is the half-size of the boxes along a leader at scale 1: more
// than its casing's half-width at any angle.
const leaderHalf = 3.0

// leaderBoxes covers with small boxes the leader from (ax, ay) to box b,
// from distance from on, so that no later label crosses it.
func leaderBoxes(ax, ay, from float64, b label.Box, sc float64) []label.Box {
	nx, ny := math.Max(b.X0, math.Min(ax, b.X1)), math.Max(b.Y0, math.Min(ay, b.Y1))
	dx, dy := nx-ax, ny-ay
	d := math.Hypot(dx, dy)
	half := leaderHalf * sc
	var out []label.Box
	for t := from; t < d+half; t += half {
		t := math.Min(t, d) // the last box sits where the leader meets the box
		x, y := ax+dx/d*t, ay+dy/d*t
		out = append(out, label.Box{X0: x - half, Y0: y - half, X1: x + half, Y1: y + half})
	}
	return out
}

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
// with its layer and period, boxed, beside the anchor at (ax, ay) and
// clear of a symbol of radius r there.
func (fr *frame) callout(ft *feat, ax, ay, r float64) label.Candidate {
	sc := fr.sc
	lang := fr.opt.Lang
	name := fr.s.text.Mask(wrap(ft.f.NameIn(lang), 30), fr.textStyle(13, true), 0)
	line := ft.f.Layer.Title(lang) + " · " + ft.f.Period.String()
	for _, c := range ft.f.Certainties() {
		line += " · " + c.Title(lang)
	}
	sub := fr.s.text.Mask(wrap(line, 40), fr.textStyle(10.5, false), 0)
	pad := 5 * sc
	w := math.Max(float64(name.W), float64(sub.W)) + 2*pad
	h := float64(name.H+sub.H) + 2*pad
	c := label.Candidate{Text: ft.f.NameIn(lang), Priority: prioSelected + float64(ft.st.priority)}
	for k, d := range []float64{r + 14*sc, r + 40*sc, r + 80*sc} {
		for i := range 8 {
			a := -math.Pi/4 - float64(i)*math.Pi/4 // upper right first, then anticlockwise
			x := ax + d*math.Cos(a)
			y := ay + d*math.Sin(a)
			// the box's corner or side nearest the anchor sits at (x, y)
			bx := x - w/2 + w/2*sign(math.Cos(a))
			by := y - h/2 + h/2*sign(math.Sin(a))
			c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{label.BoxAt(math.Round(bx), math.Round(by), w, h)}, Cost: float64(k) + 0.1*float64(i)})
		}
	}
	c.Draw = func(dst *image.RGBA, _ int, s label.Spot) {
		b := s.Boxes[0]
		dc := gg.NewContextForRGBA(dst)
		// the leader, from the anchor to the nearest point of the box
		nx, ny := math.Max(b.X0, math.Min(ax, b.X1)), math.Max(b.Y0, math.Min(ay, b.Y1))
		dc.SetColor(color.NRGBA{0xff, 0xff, 0xff, 0xd0})
		dc.SetLineWidth(4 * sc)
		dc.DrawLine(ax, ay, nx, ny)
		dc.Stroke()
		dc.SetColor(calloutInk)
		dc.SetLineWidth(1.6 * sc)
		dc.DrawLine(ax, ay, nx, ny)
		dc.Stroke()
		dc.DrawCircle(ax, ay, 3*sc)
		dc.Fill()
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

func sign(v float64) float64 {
	switch {
	case v > 1e-9:
		return 1
	case v < -1e-9:
		return -1
	}
	return 0
}


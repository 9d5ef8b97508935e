package overlay

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/fogleman/gg"
)

// userLook is how one user layer draws, in shapes the atlas never uses:
// points are map pins, lines a band with dashes of another colour along
// it (a railway's pattern), areas a light tint edged by that band. Each
// look has its own identifying colour, checked against the atlas's palette
// under colour-blindness (palette_test.go), its own dashes and its own
// mark in the pin's head, so two user layers differ by more than colour.
type userLook struct {
	ink       color.NRGBA // the identifying colour: pin heads, the line's dashes or band, area tints
	band      color.NRGBA // the line's band, under the dashes
	dashes    color.NRGBA // the dashes along the band
	rim       color.NRGBA // the pin's edge and its mark
	mark      pinMark     // what the pin's head carries
	dash      []float64   // the dash pattern at scale 1
	fillAlpha float64     // of ink, over an area
	label     color.NRGBA // the labels' ink
}

// pinMark is the mark in a pin's head.
type pinMark uint8

const (
	markDot pinMark = iota
	markSquare
	markTriangle
)

// userLooks are the looks user layers take in turn: a bright cyan, a
// maroon and a sage, apart from every atlas colour and from each other
// under every colour vision (palette_test.go).
var userLooks = [...]userLook{
	{ink: color.NRGBA{0x00, 0xF0, 0xF8, 0xff}, band: color.NRGBA{0x00, 0x5A, 0x60, 0xff}, dashes: color.NRGBA{0x00, 0xF0, 0xF8, 0xff},
		rim: color.NRGBA{0x00, 0x5A, 0x60, 0xff}, mark: markDot, dash: []float64{8, 4}, fillAlpha: 0.28,
		label: color.NRGBA{0x00, 0x48, 0x4D, 0xff}},
	{ink: color.NRGBA{0x50, 0x10, 0x00, 0xff}, band: color.NRGBA{0x50, 0x10, 0x00, 0xff}, dashes: color.NRGBA{0xff, 0xff, 0xff, 0xff},
		rim: color.NRGBA{0xff, 0xff, 0xff, 0xff}, mark: markSquare, dash: []float64{4, 3}, fillAlpha: 0.14,
		label: color.NRGBA{0x50, 0x10, 0x00, 0xff}},
	{ink: color.NRGBA{0x98, 0xA8, 0x88, 0xff}, band: color.NRGBA{0x3A, 0x45, 0x30, 0xff}, dashes: color.NRGBA{0x98, 0xA8, 0x88, 0xff},
		rim: color.NRGBA{0x3A, 0x45, 0x30, 0xff}, mark: markTriangle, dash: []float64{12, 3, 3, 3}, fillAlpha: 0.34,
		label: color.NRGBA{0x3A, 0x45, 0x30, 0xff}},
}

// lookOf is the look of the user layer at position i.
func lookOf(i int) *userLook { return &userLooks[i%len(userLooks)] }

// prioUser is the label priority of user features: below every atlas
// symbol's and area's label (30 and up) and the basemap's big cities,
// above the atlas's route labels (20), event names (10) and the basemap's
// small towns (15 to 25).
const prioUser = 26

// Sizes of the user look at scale 1.
const (
	userBand   = 4.2 // the line's band
	userDashes = 2.2 // the dashes on it
	userCasing = 1.2 // the white edge on each side of the band
)

// userStyle is the style of a user feature of geometry class geom in
// look lk; pins tells whether it has points, which carry a pin.
func userStyle(lk *userLook, geom class, pins bool) style {
	st := style{class: geom, look: lk, priority: prioUser, labelColor: lk.label,
		casing: color.NRGBA{0xff, 0xff, 0xff, 0xc0}, casingWidth: userCasing,
		stroke: lk.band, width: userBand, inner: lk.dashes, innerWidth: userDashes, innerDash: lk.dash,
		fill: withAlpha(lk.ink, lk.fillAlpha)}
	if pins {
		st.symbol, st.symbolFill = symPin, lk.ink
	}
	return st
}

// pinLift is how far above its point a pin's centre is, in symbol radii:
// the pin stands on its point with its tip, its head above.
const pinLift = 0.95

// drawPin draws a pin of look lk centred at (x, y), its tip at (x, y +
// pinLift radii), at scale sc and opacity a: a white edge, the head and
// stem in the look's colour with its rim, and the look's mark in the head.
func drawPin(dc *gg.Context, lk *userLook, x, y, sc, a float64) {
	r := symbolRadius * sc
	hx, hy, hr := x, y-0.3*r, 0.62*r // the head
	tx, ty := x, y+pinLift*r         // the tip
	d := ty - hy
	b := math.Acos(hr / d) // the stem leaves the head this far from straight down
	dc.NewSubPath()
	dc.MoveTo(tx, ty)
	dc.DrawArc(hx, hy, hr, math.Pi/2+b, 2*math.Pi+math.Pi/2-b)
	dc.ClosePath()
	dc.SetLineJoinRound()
	dc.SetColor(withAlpha(color.NRGBA{0xff, 0xff, 0xff, 0xff}, a))
	dc.SetLineWidth(3.4 * sc)
	dc.StrokePreserve()
	dc.SetColor(withAlpha(lk.ink, a))
	dc.FillPreserve()
	dc.SetColor(withAlpha(lk.rim, a))
	dc.SetLineWidth(1.3 * sc)
	dc.Stroke()
	m := 0.4 * hr // the mark's half-size
	switch lk.mark {
	case markSquare:
		dc.DrawRectangle(hx-m, hy-m, 2*m, 2*m)
	case markTriangle:
		dc.MoveTo(hx, hy-1.2*m)
		dc.LineTo(hx+1.15*m, hy+0.85*m)
		dc.LineTo(hx-1.15*m, hy+0.85*m)
		dc.ClosePath()
	default:
		dc.DrawCircle(hx, hy, m)
	}
	dc.SetColor(withAlpha(lk.rim, a))
	dc.Fill()
}

// pinKey names a pin as a frame draws it: its look and opacity.
type pinKey struct {
	look  *userLook
	alpha uint8
}

// pinSprite is a pin drawn once, to be stamped wherever the frame has
// one: a layer of thousands of pins costs a copy each, not a path.
type pinSprite struct {
	img    *image.RGBA
	cx, cy int // the pin's centre in img
}

// stampPin draws a pin of look lk centred at (x, y), rounded to the
// pixel, at opacity a, from the frame's sprite of it.
func (fr *frame) stampPin(dc *gg.Context, lk *userLook, x, y, a float64) {
	dst, ok := dc.Image().(*image.RGBA)
	if !ok { // not a frame's own image: draw it out
		drawPin(dc, lk, x, y, fr.sc, a)
		return
	}
	k := pinKey{lk, uint8(math.Round(a * 255))}
	sp := fr.pins[k]
	if sp == nil {
		sp = newPinSprite(lk, fr.sc, a)
		if fr.pins == nil {
			fr.pins = map[pinKey]*pinSprite{}
		}
		fr.pins[k] = sp
	}
	at := image.Pt(int(math.Round(x))-sp.cx, int(math.Round(y))-sp.cy)
	draw.Draw(dst, sp.img.Bounds().Add(at), sp.img, image.Point{}, draw.Over)
}

// newPinSprite draws a pin of look lk at scale sc and opacity a into an
// image just large enough, with its white edge.
func newPinSprite(lk *userLook, sc, a float64) *pinSprite {
	r := symbolRadius * sc
	edge := 2 * sc // the white edge, and a pixel for antialiasing
	w := int(math.Ceil(2*(0.62*r+edge))) + 2
	top := int(math.Ceil(0.92*r+edge)) + 1 // above the centre: the head
	h := top + int(math.Ceil(pinLift*r+edge)) + 1
	sp := &pinSprite{img: image.NewRGBA(image.Rect(0, 0, w, h)), cx: w / 2, cy: top}
	drawPin(gg.NewContextForRGBA(sp.img), lk, float64(sp.cx), float64(sp.cy), sc, a)
	return sp
}

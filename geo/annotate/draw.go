package annotate

import (
	"image/color"
	"math"
	"strings"

	"github.com/fogleman/gg"
	"github.com/paulmach/orb"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Default colours: labels in near-black ink, arrows and circles in a
// strong magenta that none of the atlas layers use.
var (
	defaultText = [3]uint8{0x1a, 0x1a, 0x1a}
	defaultMark = [3]uint8{0xc2, 0x18, 0x5b}
	haloColor   = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xf0}
)

// Sizes in pixels at scale 1.
const (
	textSize   = 16   // label type size
	lineWidth  = 3.5  // arrow shaft and circle ring
	headLength = 16   // arrow head
	haloWidth  = 2.5  // white halo around type and lines
	lineHeight = 1.25 // line spacing of multi-line labels, in type sizes
)

// Style is how an annotation is drawn at a scale: its colour and sizes.
type Style struct {
	Color     color.NRGBA
	TextSize  float64
	LineWidth float64
	Halo      float64
	Head      float64
}

// StyleOf returns the style a at scale (1 = screen, 2 = HiDPI or a large
// export; 0 means 1).
func StyleOf(a annotation.Annotation, scale float64) Style {
	if scale <= 0 {
		scale = 1
	}
	rgb := defaultMark
	if a.Kind == annotation.KindText {
		rgb = defaultText
	}
	if a.Color != "" {
		if c, err := annotation.ParseColor(a.Color); err == nil {
			rgb = c
		}
	}
	return Style{Color: color.NRGBA{R: rgb[0], G: rgb[1], B: rgb[2], A: 0xff},
		TextSize: textSize * scale, LineWidth: lineWidth * scale, Halo: haloWidth * scale, Head: headLength * scale}
}

// object is one annotation with its style, ready to draw.
type object struct {
	a     annotation.Annotation
	st    Style
	faces *faceSource
}

// faceSource makes the bold label face, parsed once per DrawView call.
type faceSource struct{ f *opentype.Font }

func (fs *faceSource) face(size float64) font.Face {
	if fs == nil || fs.f == nil {
		return nil
	}
	face, err := opentype.NewFace(fs.f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil
	}
	return face
}

// measure returns the width of the widest line of text and the height of
// all its lines, set in the label face at size; zero for blank text. The
// drawing and the label engine's obstacles both measure with it.
func (fs *faceSource) measure(text string, size float64) (float64, float64) {
	text = strings.TrimSpace(text)
	if text == "" {
		return 0, 0
	}
	face := fs.face(size)
	if face == nil {
		return estimateText(text, size)
	}
	lines := strings.Split(text, "\n")
	w := 0.0
	for _, l := range lines {
		w = math.Max(w, float64(font.MeasureString(face, l))/64)
	}
	return w, float64(len(lines)) * size * lineHeight
}

func newFaceSource() *faceSource {
	f, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return &faceSource{}
	}
	return &faceSource{f: f}
}

// objects returns the annotations of set ready to draw at scale, in
// drawing order. Every annotation must be valid. A nil set gives none.
func objects(set *annotation.Set, scale float64) []*object {
	if set == nil || len(set.Annotations) == 0 {
		return nil
	}
	fs := newFaceSource()
	out := make([]*object, 0, len(set.Annotations))
	for _, a := range set.Annotations {
		out = append(out, &object{a: a, st: StyleOf(a, scale), faces: fs})
	}
	return out
}

// DrawView draws the annotations of set onto dc for view v, at any zoom,
// whole or fractional, in drawing order: a label with a white halo, an
// arrow with a filled head, or a translucent ring. The window's overlay
// and every export draw them so. Every annotation must be valid; a nil
// set draws nothing.
func DrawView(dc *gg.Context, set *annotation.Set, v geo.View, scale float64) {
	proj := func(p orb.Point) (float64, float64) {
		s := v.ToScreen(p)
		return s.X, s.Y
	}
	for _, o := range objects(set, scale) {
		o.draw(dc, proj)
	}
}

// draw draws the annotation with proj placing lon/lat points on dc.
func (o *object) draw(dc *gg.Context, proj func(orb.Point) (float64, float64)) {
	x, y := proj(o.a.At)
	g := geometry(o.a, x, y, proj)
	switch o.a.Kind {
	case annotation.KindArrow:
		o.drawArrow(dc, g)
	case annotation.KindCircle:
		o.drawCircle(dc, g)
	}
	if strings.TrimSpace(o.a.Text) != "" {
		o.drawLabel(dc, g)
	}
}

// shape is an annotation placed on the image.
type shape struct {
	x, y   float64 // anchor: label centre, arrow tail, circle centre
	tx, ty float64 // arrow head
	r      float64 // circle radius in pixels
}

// geometry places a at anchor (x, y) using proj for its other points.
func geometry(a annotation.Annotation, x, y float64, proj func(orb.Point) (float64, float64)) shape {
	g := shape{x: x, y: y}
	switch a.Kind {
	case annotation.KindArrow:
		g.tx, g.ty = proj(a.To)
	case annotation.KindCircle:
		_, ny := proj(orb.Point{a.At[0], math.Min(85, a.At[1]+a.RadiusKm/kmPerDegree)})
		g.r = math.Abs(y - ny)
	}
	return g
}

func (o *object) drawArrow(dc *gg.Context, g shape) {
	st := o.st
	dx, dy := g.tx-g.x, g.ty-g.y
	n := math.Hypot(dx, dy)
	if n < 1 {
		return
	}
	ux, uy := dx/n, dy/n
	head := math.Min(st.Head, n*0.6)
	bx, by := g.tx-ux*head*0.8, g.ty-uy*head*0.8 // the shaft stops inside the head
	hw := head * 0.55
	tri := func() {
		dc.NewSubPath()
		dc.MoveTo(g.tx, g.ty)
		dc.LineTo(g.tx-ux*head-uy*hw, g.ty-uy*head+ux*hw)
		dc.LineTo(g.tx-ux*head+uy*hw, g.ty-uy*head-ux*hw)
		dc.ClosePath()
	}
	dc.SetLineCap(gg.LineCapRound)
	dc.SetLineJoin(gg.LineJoinRound)
	// Halo.
	dc.SetColor(haloColor)
	dc.SetLineWidth(st.LineWidth + 2*st.Halo)
	dc.DrawLine(g.x, g.y, bx, by)
	dc.Stroke()
	tri()
	dc.SetLineWidth(2 * st.Halo)
	dc.StrokePreserve()
	dc.ClearPath()
	// Ink.
	dc.SetColor(st.Color)
	dc.SetLineWidth(st.LineWidth)
	dc.DrawLine(g.x, g.y, bx, by)
	dc.Stroke()
	tri()
	dc.Fill()
}

func (o *object) drawCircle(dc *gg.Context, g shape) {
	st := o.st
	if g.r < 1 {
		return
	}
	// Only what can be seen is drawn: a 2,000 km circle at zoom 12 is
	// some 50,000 pixels across, and a ring stroked and dashed whole would
	// cost a point for every pixel of its circumference.
	m := st.LineWidth + 2*st.Halo + 2
	img := label.Box{X1: float64(dc.Width()), Y1: float64(dc.Height())}
	view := img.Grow(m)
	switch {
	case circleMisses(g.x, g.y, g.r, view):
		return
	case circleCovers(g.x, g.y, g.r-m, img):
		// the image lies inside the ring: only the fill shows
		dc.SetColor(circleFill(st.Color))
		dc.DrawRectangle(img.X0, img.Y0, img.X1-img.X0, img.Y1-img.Y0)
		dc.Fill()
		return
	}
	pts := ringPoints(g.x, g.y, g.r)
	dc.NewSubPath()
	for _, p := range pts {
		dc.LineTo(p[0], p[1])
	}
	dc.ClosePath()
	dc.SetColor(circleFill(st.Color))
	dc.Fill()
	runs := visibleRuns(pts, view)
	stroke := func(width float64, dash []float64) {
		dc.SetLineWidth(width)
		seg := 2 * math.Pi * g.r / float64(len(pts)) // the dash pattern runs on from angle 0
		for _, run := range runs {
			dc.SetDash(dash...)
			dc.SetDashOffset(float64(run[0]) * seg)
			dc.NewSubPath()
			for i := run[0]; i <= run[1]; i++ {
				p := pts[i%len(pts)]
				dc.LineTo(p[0], p[1])
			}
			dc.Stroke()
		}
		dc.SetDash()
	}
	dc.SetColor(haloColor)
	stroke(st.LineWidth+2*st.Halo, nil)
	dc.SetColor(st.Color)
	stroke(st.LineWidth, []float64{3 * st.LineWidth, 1.5 * st.LineWidth})
}

// circleFill is the translucent fill inside a circle of colour c.
func circleFill(c color.NRGBA) color.NRGBA {
	c.A = 0x24
	return c
}

// ringError is how far, in pixels, the polygon ringPoints draws may stray
// from the true circle.
const ringError = 0.1

// ringPoints is a circle of radius r pixels about (cx, cy) as a polygon no
// further than ringError from it: some sqrt(r) points, not one a pixel of
// its circumference.
func ringPoints(cx, cy, r float64) [][2]float64 {
	step := 2 * math.Acos(1-ringError/math.Max(r, 1))
	n := max(32, int(math.Ceil(2*math.Pi/step)))
	pts := make([][2]float64, n)
	for i := range pts {
		t := 2 * math.Pi * float64(i) / float64(n)
		pts[i] = [2]float64{cx + r*math.Cos(t), cy + r*math.Sin(t)}
	}
	return pts
}

// visibleRuns lists the runs of the closed polygon pts whose segments
// touch b, as index ranges [first, last] (last may pass the end: indices
// wrap).
func visibleRuns(pts [][2]float64, b label.Box) [][2]int {
	n := len(pts)
	near := func(i int) bool { // segment i → i+1
		p, q := pts[i], pts[(i+1)%n]
		return math.Max(p[0], q[0]) >= b.X0 && math.Min(p[0], q[0]) <= b.X1 &&
			math.Max(p[1], q[1]) >= b.Y0 && math.Min(p[1], q[1]) <= b.Y1
	}
	start := -1 // a segment not near, where runs can begin
	for i := range n {
		if !near(i) {
			start = i
			break
		}
	}
	if start < 0 {
		return [][2]int{{0, n}} // the whole ring
	}
	var runs [][2]int
	for k := 1; k <= n; k++ {
		i := (start + k) % n
		if !near(i) {
			continue
		}
		if len(runs) > 0 && runs[len(runs)-1][1] == start+k {
			runs[len(runs)-1][1] = start + k + 1
			continue
		}
		runs = append(runs, [2]int{start + k, start + k + 1})
	}
	return runs
}

// circleMisses reports whether a circle's ring and fill miss box b.
func circleMisses(cx, cy, r float64, b label.Box) bool {
	dx := math.Max(math.Max(b.X0-cx, 0), cx-b.X1)
	dy := math.Max(math.Max(b.Y0-cy, 0), cy-b.Y1)
	return math.Hypot(dx, dy) > r
}

// circleCovers reports whether a circle of radius r holds all of box b.
func circleCovers(cx, cy, r float64, b label.Box) bool {
	for _, p := range [][2]float64{{b.X0, b.Y0}, {b.X1, b.Y0}, {b.X0, b.Y1}, {b.X1, b.Y1}} {
		if math.Hypot(p[0]-cx, p[1]-cy) >= r {
			return false
		}
	}
	return true
}

func (o *object) drawLabel(dc *gg.Context, g shape) {
	st := o.st
	face := o.faces.face(st.TextSize)
	if face == nil {
		return
	}
	dc.SetFontFace(face)
	lines := strings.Split(strings.TrimSpace(o.a.Text), "\n")
	w, h := o.faces.measure(o.a.Text, st.TextSize)
	cx, cy := labelCentre(o.a.Kind, g, w, h, st)
	cx, cy = keepInside(cx, cy, w, h, st.Halo, label.Box{X1: float64(dc.Width()), Y1: float64(dc.Height())})
	top := cy - h/2
	ink := st.Color
	if o.a.Kind != annotation.KindText {
		// Labels of marks take the mark's colour, darkened for legibility.
		ink = darken(ink)
	}
	for i, l := range lines {
		ly := top + (float64(i)+0.5)*st.TextSize*lineHeight
		dc.SetColor(haloColor)
		for k := range 16 {
			ang := float64(k) * math.Pi / 8
			dc.DrawStringAnchored(l, cx+st.Halo*math.Cos(ang), ly+st.Halo*math.Sin(ang), 0.5, 0.35)
		}
		dc.SetColor(ink)
		dc.DrawStringAnchored(l, cx, ly, 0.5, 0.35)
	}
}

// labelCentre is where a label of w x h pixels goes: centred on a text
// annotation, behind an arrow's tail, above a circle.
func labelCentre(k annotation.Kind, g shape, w, h float64, st Style) (float64, float64) {
	switch k {
	case annotation.KindArrow:
		dx, dy := g.x-g.tx, g.y-g.ty
		n := math.Max(1, math.Hypot(dx, dy))
		ux, uy := dx/n, dy/n
		// Push the box out along the shaft until it clears the tail.
		gap := st.LineWidth + st.Halo
		d := math.Min(math.Abs((w/2+gap)/math.Max(math.Abs(ux), 1e-6)), math.Abs((h/2+gap)/math.Max(math.Abs(uy), 1e-6)))
		return g.x + ux*d, g.y + uy*d
	case annotation.KindCircle:
		return g.x, g.y - g.r - st.LineWidth - h/2
	}
	return g.x, g.y
}

// keepInside moves a w x h label centred at cx, cy (with its halo) onto
// the image b when it would run off an edge, as an arrow's tail or a
// circle near the frame puts it; a label larger than the image stays
// centred where it was.
func keepInside(cx, cy, w, h, halo float64, b label.Box) (float64, float64) {
	clamp := func(c, half, lo, hi float64) float64 {
		half += halo + 1
		if 2*half > hi-lo {
			return c
		}
		return math.Min(math.Max(c, lo+half), hi-half)
	}
	return clamp(cx, w/2, b.X0, b.X1), clamp(cy, h/2, b.Y0, b.Y1)
}

func darken(c color.NRGBA) color.NRGBA {
	f := func(v uint8) uint8 { return uint8(float64(v) * 0.8) }
	return color.NRGBA{R: f(c.R), G: f(c.G), B: f(c.B), A: c.A}
}

// estimateText approximates a label's size without a font: bold Go glyphs
// average about 0.6 of the type size.
func estimateText(text string, size float64) (float64, float64) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	w := 0
	for _, l := range lines {
		w = max(w, len([]rune(l)))
	}
	if strings.TrimSpace(text) == "" {
		return 0, 0
	}
	return float64(w) * size * 0.6, float64(len(lines)) * size * lineHeight
}

// kmPerDegree is the length of a degree of latitude.
const kmPerDegree = 111.32

package render

import (
	"image"
	"math"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Type sizes and spacing, in furniture units (see unitFor).
const (
	titleSize    = 2.6
	subtitleSize = 1.5
	legendHead   = 1.4
	legendText   = 1.2
	legendRow    = 2.1
	swatchSize   = 1.7
	footerText   = 1.1
	footerLead   = 1.35 // line height, in type sizes
	padding      = 1.3
	insetMinH    = 14.0 // the inset's least height
	insetMaxH    = 24.0 // and its greatest under a portrait map
	scaleBoxW    = 16.6 // the box of the scale bar and north arrow, at its widest
	scaleBoxH    = 5.2
)

// Layout limits.
const (
	compactSide = 360  // images with a shorter side are a plain map with scale bar and attribution
	minUnit     = 7.0  // the least furniture unit in pixels: legend type stays legible
	minMapShare = 0.5  // a layout leaving the map less of the image is not used
	maxColumns  = 4    // legend columns
	legendGapU  = 1.3  // between legend columns, in units
	headRowU    = 2.72 // the legend heading's height, in units

	maxScaleShare = 0.06 // a compact map's scale bar covers at most this share of it
)

// unitFor is the furniture's base size in pixels: 1/90 of the shorter
// side, so a slide, 4K and A4 look alike at their sizes, and at least
// minUnit.
func unitFor(w, h int) float64 { return math.Max(minUnit, float64(min(w, h))/90) }

// layout places the furniture. On a landscape image: a title band on
// top, the map, a side panel right of it with the legend, the scale bar
// and north arrow, and the inset, and a footer across the bottom with the
// sources and the attribution. On a portrait image the panel lies under
// the map, the legend in columns (the scale bar under them) beside the
// inset. Nothing covers the map (labels are placed within it, and would
// slip under furniture), but the note on missing tiles. Small images
// (shorter side under compactSide, or too small for the panels to leave
// the map minMapShare of the image) are a plain map with the scale bar and
// the attribution on it.
type layout struct {
	u         float64
	w, h      int
	compact   bool
	side      bool // the panel is right of the map
	title     image.Rectangle
	mapR      image.Rectangle
	panel     image.Rectangle
	footer    image.Rectangle
	legend    image.Rectangle
	scale     image.Rectangle // the scale bar and north arrow (its widest)
	inset     image.Rectangle
	band      image.Rectangle // across the image above the footer: empty but for a film's captions
	lines     [][]footWord    // the footer's lines
	cols      int             // legend columns
	colW      float64         // legend column width
	rows      []legendLine    // the legend's lines, wrapped to colW
	colStarts []int           // the index in rows of each column's first line
	sources   []data.Source
	users     []userCredit // the user layers the footer credits

	titleLines   []string // the title, and the subtitle on the same line or under it
	subtitle     string
	subtitleLine int // index in titleLines of the subtitle's line

	attribution string

	view geo.View // the map's view in output pixels, once placed
	zoom float64  // its zoom in the window's units (logical pixels)

	attrSize float64 // type size of a compact layout's attribution

	titleText string       // the title as drawn
	texts     []placedText // every word drawn, for the PDF's text layer
	face      font.Face    // of the text drawn next
	ink       image.Image  // its colour
}

// placedText is a text drawn on the image: its baseline start and type
// size in pixels.
type placedText struct {
	s    string
	x, y float64
	size float64
}

// measurer measures text with the export's fonts.
type measurer struct {
	dc    *gg.Context
	fonts *Fonts
}

func newMeasurer(fonts *Fonts) *measurer {
	return &measurer{dc: gg.NewContext(1, 1), fonts: fonts}
}

func (m *measurer) width(s string, size float64, bold bool) float64 {
	m.dc.SetFontFace(m.fonts.Face(size, bold))
	w, _ := m.dc.MeasureString(s)
	return w
}

// share is the part of a w x h image a rectangle covers.
func share(r image.Rectangle, w, h int) float64 {
	return float64(r.Dx()*r.Dy()) / float64(w*h)
}

// newLayout lays out an export listing c's sources and credits in its
// footer and its key in its legend.
func newLayout(r *resolved, fonts *Fonts, c content) *layout {
	w, h := r.w, r.h
	u := r.unit()
	srcs, key := c.srcs, c.key
	l := &layout{u: u, w: w, h: h, sources: srcs, users: c.users, attribution: attributionLine(r)}
	m := newMeasurer(fonts)
	if min(w, h) < compactSide {
		return l.compactLayout(m)
	}
	pad := padding * u
	fw := float64(w)

	// Title band: the subtitle follows the title on its line when both
	// fit, else it goes under.
	l.subtitle = r.Subtitle
	if l.subtitle == "" {
		l.subtitle = defaultSubtitle(r.year, len(srcs), r.Lang)
	}
	tw := m.width(r.Title, titleSize*u, true)
	sw := m.width(l.subtitle, subtitleSize*u, false)
	l.titleLines = []string{r.Title}
	th := pad + titleSize*u*1.2 + pad*0.7
	if tw+2*u+sw <= fw-2*pad {
		l.subtitleLine = 0
	} else {
		l.titleLines = append(l.titleLines, l.subtitle)
		l.subtitleLine = 1
		th += 0.2*u + subtitleSize*u*1.3
	}
	l.title = image.Rect(0, 0, w, int(th))

	// Footer: the sources and the attribution as one paragraph.
	l.lines = wrapRuns(m, footerRuns(srcs, c.users, l.attribution, r.Lang), footerText*u, fw-2*pad)
	fth := 1.4*pad + float64(len(l.lines))*footerText*u*footerLead
	l.footer = image.Rect(0, h-int(math.Ceil(fth)), w, h)

	// The legend's column: as wide as its widest line and its heading, at
	// most legendMaxColU (longer lines wrap).
	textW := math.Max(legendTextWidth(m, key, r.Lang, u), m.width(r.legendHeading(), legendHead*u, true)+u)
	l.colW = math.Min(textW, legendMaxColU*u)
	l.rows = legendLines(m, key, r.Lang, u, l.colW)

	// A landscape image has the panel beside the map if the map keeps
	// minMapShare, a portrait one under it (a side panel down a page
	// leaves a tall gap between the legend and the inset).
	top, bottom := l.title.Max.Y, l.footer.Min.Y-int(math.Ceil(r.bandH))
	l.band = image.Rect(0, bottom, w, l.footer.Min.Y) // a film's captions (see Film)
	if w >= h && l.sidePanel(r, top, bottom) && share(l.mapR, w, h) >= minMapShare {
		return l
	}
	if l.panelBelow(r, top, bottom) && share(l.mapR, w, h) >= minMapShare {
		return l
	}
	if l.sidePanel(r, top, bottom) && share(l.mapR, w, h) >= minMapShare {
		return l
	}
	return l.compactLayout(m)
}

// refill puts c's sources and credits in the footer and its key in the
// legend of a layout made for at least as much (see Scene.render): the
// boxes stay, the lines are wrapped again and the legend's columns
// balanced again.
func (l *layout) refill(r *resolved, fonts *Fonts, c content) {
	l.sources, l.users = c.srcs, c.users
	if l.compact {
		return
	}
	m := newMeasurer(fonts)
	l.lines = wrapRuns(m, footerRuns(c.srcs, c.users, l.attribution, r.Lang), footerText*l.u, float64(l.w)-2*padding*l.u)
	l.rows = legendLines(m, c.key, r.Lang, l.u, l.colW)
	l.colStarts, _ = l.legendIn(l.cols)
}

// compactLayout makes l a plain map with the attribution in a strip under
// it and the scale bar and north arrow on its foot when they cover at most
// maxScaleShare of it (labels avoid them: see furnitureOnMap).
func (l *layout) compactLayout(m *measurer) *layout {
	*l = layout{u: l.u, w: l.w, h: l.h, sources: l.sources, users: l.users, attribution: l.attribution, compact: true}
	// The attribution's type shrinks, down to a thumbnail's 6 pixels,
	// until the strip leaves the map three quarters of the image.
	strip := 0
	for _, size := range []float64{attributionSize(l.u), 7, 6} {
		l.attrSize = size
		strip = attributionHeight(m, l.attribution, size, l.u/2, float64(l.w))
		if strip <= l.h/4 {
			break
		}
	}
	l.footer = image.Rect(0, l.h-strip, l.w, l.h)
	l.mapR = image.Rect(0, 0, l.w, l.h-strip)
	// A thumbnail has no scale bar: it would hide too much of the map.
	if sb := l.scaleBox(1.2*l.u, float64(l.mapR.Max.Y)-1.2*l.u-scaleBoxH*l.u); sb.In(l.mapR) && share(sb, l.mapR.Dx(), l.mapR.Dy()) <= maxScaleShare {
		l.scale = sb
	}
	return l
}

// furnitureOnMap are the boxes of the furniture drawn over the map (the
// compact layout's scale bar), in the map's pixels, for labels to avoid.
func (l *layout) furnitureOnMap() []label.Box {
	if l.scale.Empty() || !l.scale.In(l.mapR) {
		return nil
	}
	s := l.scale.Sub(l.mapR.Min)
	return []label.Box{{X0: float64(s.Min.X), Y0: float64(s.Min.Y), X1: float64(s.Max.X), Y1: float64(s.Max.Y)}}
}

// scaleBox is the box of the scale bar and north arrow at x, y.
func (l *layout) scaleBox(x, y float64) image.Rectangle {
	return image.Rect(int(x), int(y), int(x+scaleBoxW*l.u), int(y+scaleBoxH*l.u))
}

// legendIn is the legend in at most cols columns: the index in l.rows of
// each column's first line (as few columns as keep it as short), and its
// height with the heading.
func (l *layout) legendIn(cols int) ([]int, float64) {
	if len(l.rows) == 0 {
		return []int{0}, (headRowU + legendRow) * l.u // one line says nothing is mapped
	}
	starts, h := legendColumns(l.rows, cols, l.u)
	return starts, headRowU*l.u + h
}

// legendWidth is the legend's width in cols columns.
func (l *layout) legendWidth(cols int) float64 {
	return float64(cols)*l.colW + float64(cols-1)*legendGapU*l.u
}

// sidePanel places the panel right of the map, between the title band
// (ending at top) and the footer (starting at bottom): the legend at its
// top in as few columns as leave room under it for an inset of at least
// insetMinH; the inset, as large as the panel allows, at its foot. It
// reports false when no column count fits.
func (l *layout) sidePanel(r *resolved, top, bottom int) bool {
	u, pad := l.u, padding*l.u
	availH := float64(bottom-top) - 4*pad - scaleBoxH*u
	for c := 1; c <= maxColumns; c++ {
		starts, lh := l.legendIn(c)
		cols := len(starts)
		inner := math.Max(l.legendWidth(cols), scaleBoxW*u)
		insetH := math.Min(availH-lh, inner/r.Inset.Aspect())
		if insetH < insetMinH*u {
			continue
		}
		x0 := l.w - int(math.Ceil(inner+2*pad))
		l.side, l.cols, l.colStarts = true, cols, starts
		l.panel = image.Rect(x0, top, l.w, bottom)
		l.mapR = image.Rect(0, top, x0, bottom)
		l.legend = image.Rect(x0+int(pad), top+int(pad), x0+int(pad+l.legendWidth(cols)), top+int(pad+lh))
		l.scale = l.scaleBox(float64(x0)+pad, float64(l.legend.Max.Y)+pad)
		iw := insetH * r.Inset.Aspect()
		ix := float64(x0) + (float64(l.w-x0)-iw)/2
		iy := float64(bottom) - pad - insetH
		l.inset = image.Rect(int(ix), int(iy), int(ix)+int(math.Round(iw)), int(iy)+int(math.Round(insetH)))
		return true
	}
	return false
}

// panelBelow places the panel under the map, above the footer: the
// inset at its right, as tall as the legend within insetMinH..insetMaxH,
// and the legend left of it in as many columns as fit (at most as many
// as lines). It reports false when the legend fits in no column count.
func (l *layout) panelBelow(r *resolved, top, bottom int) bool {
	u, pad := l.u, padding*l.u
	fw := float64(l.w)
	var starts []int
	var lh float64
	for c := 1; c <= min(maxColumns, max(1, len(l.rows))); c++ {
		st, h := l.legendIn(c)
		colH := h + pad + scaleBoxH*u // the legend, with the scale bar under it
		insetH := math.Max(insetMinH*u, math.Min(colH, insetMaxH*u))
		if math.Max(l.legendWidth(len(st)), scaleBoxW*u) <= fw-3*pad-insetH*r.Inset.Aspect() {
			starts, lh = st, h
		}
	}
	if starts == nil {
		return false
	}
	cols := len(starts)
	colH := lh + pad + scaleBoxH*u
	insetH := math.Max(insetMinH*u, math.Min(colH, insetMaxH*u))
	ph := math.Max(colH, insetH) + 2*pad
	y0 := bottom - int(math.Ceil(ph))
	if y0 <= top {
		return false
	}
	l.side, l.cols, l.colStarts = false, cols, starts
	l.panel = image.Rect(0, y0, l.w, bottom)
	l.mapR = image.Rect(0, top, l.w, y0)
	l.legend = image.Rect(int(pad), y0+int(pad), int(pad+l.legendWidth(cols)), y0+int(pad+lh))
	l.scale = l.scaleBox(pad, float64(l.legend.Max.Y)+pad)
	iw := insetH * r.Inset.Aspect()
	ix := fw - pad - iw
	l.inset = image.Rect(int(ix), y0+int(pad), int(ix)+int(math.Round(iw)), y0+int(pad)+int(math.Round(insetH)))
	return true
}

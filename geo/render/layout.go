package render

import (
	"image"
	"math"
	"strings"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// Type sizes and spacing, in furniture units (see unitFor).
const (
	titleSize    = 3.0
	subtitleSize = 1.6
	legendHead   = 1.5
	legendText   = 1.3
	legendRow    = 2.3
	swatchSize   = 1.9
	footerText   = 1.2
	footerLead   = 1.35 // line height, in type sizes
	padding      = 1.3
)

// compactSide is the shorter side below which an export is a plain map
// with scale bar and attribution: too small for panels.
const compactSide = 360

// unitFor is the furniture's base size in pixels: 1/90 of the shorter
// side, so a slide, 4K and A4 look alike at their sizes.
func unitFor(w, h int) float64 { return math.Max(4, float64(min(w, h))/90) }

// layout places the furniture: a title band on top, the footer (sources
// and attribution) at the bottom, and a panel with the legend and the
// inset, right of the map on landscape images and under it on portrait
// ones. The map fills the rest, uncovered except by the scale bar.
type layout struct {
	u           float64
	w, h        int
	compact     bool
	title       image.Rectangle
	mapR        image.Rectangle
	panel       image.Rectangle
	footer      image.Rectangle
	legend      image.Rectangle
	inset       image.Rectangle
	sourcesR    image.Rectangle // the sources block: in the footer or the side panel
	lines       []string        // its lines
	nattr       int             // how many of them, at the end, are the attribution
	attribution string
	cols        int     // legend columns
	colW        float64 // legend column width
	entries     []overlay.LegendEntry
	sources     []data.Source
	subtitle    string

	frame Frame   // the map's frame, once placed
	zoom  float64 // its zoom in 256-pixel tiles of output pixels

	titleText string       // the title as drawn
	texts     []placedText // every word drawn, for the PDF's text layer
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

func (m *measurer) wrap(s string, size float64, bold bool, width float64) []string {
	m.dc.SetFontFace(m.fonts.Face(size, bold))
	return m.dc.WordWrap(s, width)
}

// sourceLines are the lines of the sources block (a bold heading, then
// each source wrapped to width with a hanging indent) and the attribution,
// wrapped too.
func sourceLines(m *measurer, srcs []data.Source, attribution string, u, width float64) ([]string, int) {
	size := footerText * u
	attr := m.wrap(attribution, size, false, width)
	if len(srcs) == 0 {
		return append([]string{"Sources: no atlas feature is shown in this view."}, attr...), len(attr)
	}
	lines := []string{"Sources: the articles cited by the features shown"}
	for _, s := range srcs {
		for i, l := range m.wrap(SourceLine(s), size, false, width-1.5*u) {
			if i > 0 {
				l = "\t" + l // drawn with a hanging indent
			}
			lines = append(lines, l)
		}
	}
	return append(lines, attr...), len(attr)
}

// blockHeight is the height of n lines of the sources block.
func blockHeight(n int, u float64) float64 { return float64(n) * footerText * u * footerLead }

func newLayout(r *resolved, fonts *Fonts, srcs []data.Source) *layout {
	w, h := r.w, r.h
	u := unitFor(w, h)
	l := &layout{u: u, w: w, h: h, sources: srcs, attribution: attributionLine(r)}
	if min(w, h) < compactSide {
		l.compact = true
		l.mapR = image.Rect(0, 0, w, h)
		return l
	}
	m := newMeasurer(fonts)
	pad := padding * u
	fw, fh := float64(w), float64(h)

	// Title band.
	l.subtitle = r.Subtitle
	if l.subtitle == "" {
		l.subtitle = defaultSubtitle(r.year, len(srcs))
	}
	th := pad + titleSize*u*1.2 + 0.3*u + subtitleSize*u*1.3 + pad*0.8
	l.title = image.Rect(0, 0, w, int(th))

	// Legend entries with something to show.
	for _, e := range r.Overlays.Legend(r.options()) {
		if e.Count > 0 {
			l.entries = append(l.entries, e)
		}
	}
	textW := m.width("Legend, 0000", legendHead*u, true)
	for _, e := range l.entries {
		textW = math.Max(textW, m.width(legendLabel(e, r.Lang), legendText*u, false)+swatchSize*u+1.3*u)
	}
	l.colW = math.Min(textW, 34*u)
	rows := max(1, len(l.entries)) // one line says when nothing is mapped
	headH := legendHead*u*1.8 + 0.2*u
	aspect := r.Inset.Aspect() // width / height
	legendH := func(cols int) float64 { return headH + math.Ceil(float64(rows)/float64(cols))*legendRow*u }

	if w >= h {
		// A side panel right of the map, under the title: legend on top,
		// the sources block at the bottom, the inset between them.
		avail := fh - th - 2*pad
		for _, pw := range []float64{math.Max(l.colW+2*pad, 30*u), math.Max(l.colW+2*pad, 40*u)} {
			inner := pw - 2*pad
			l.lines, l.nattr = sourceLines(m, srcs, l.attribution, u, inner)
			sh := blockHeight(len(l.lines), u)
			lh := legendH(1)
			insetH := math.Min(inner/aspect, avail-lh-sh-2*pad)
			if insetH < 12*u {
				continue
			}
			x0 := w - int(pw)
			l.panel = image.Rect(x0, int(th), w, h)
			l.mapR = image.Rect(0, int(th), x0, h)
			l.cols = 1
			l.legend = image.Rect(x0+int(pad), int(th+pad), w-int(pad), int(th+pad+lh))
			l.sourcesR = image.Rect(x0+int(pad), int(fh-pad-sh), w-int(pad), h-int(pad))
			iw := insetH * aspect
			iy := (float64(l.legend.Max.Y) + float64(l.sourcesR.Min.Y) - insetH) / 2
			ix := float64(x0) + (pw-iw)/2
			l.inset = image.Rect(int(ix), int(iy), int(ix+iw), int(iy+insetH))
			return l
		}
	}
	// The sources as a footer across the page, and a panel under the map
	// with the legend in columns and the inset on its right.
	l.lines, l.nattr = sourceLines(m, srcs, l.attribution, u, fw-2*pad)
	fth := pad*0.8 + blockHeight(len(l.lines), u) + pad*0.6
	l.footer = image.Rect(0, h-int(fth), w, h)
	l.sourcesR = image.Rect(int(pad), l.footer.Min.Y+int(pad*0.8), w-int(pad), h)
	insetH := 22 * u
	insetW := insetH * aspect
	availW := fw - 3*pad - insetW
	l.cols = max(1, min(3, int((availW+pad)/(l.colW+pad)), rows))
	lh := legendH(l.cols)
	ph := math.Max(lh, insetH) + 2*pad
	y0 := l.footer.Min.Y - int(ph)
	l.panel = image.Rect(0, y0, w, l.footer.Min.Y)
	l.mapR = image.Rect(0, int(th), w, y0)
	l.legend = image.Rect(int(pad), y0+int(pad), int(pad+availW), y0+int(pad+lh))
	ix := fw - pad - insetW
	l.inset = image.Rect(int(ix), y0+int(pad), int(ix+insetW), y0+int(pad+insetH))
	return l
}

// legendLabel is a legend line: the entry's title and its count.
func legendLabel(e overlay.LegendEntry, lang string) string {
	return e.Title(lang) + "  " + itoa(e.Count)
}

func defaultSubtitle(year, nsrc int) string {
	switch nsrc {
	case 0:
		return "The atlas as the articles describe it in " + itoa(year)
	case 1:
		return "The atlas as the articles describe it in " + itoa(year) + ", from one article (below)"
	}
	return "The atlas as the articles describe it in " + itoa(year) + ", from " + numberWord(nsrc) + " articles (below)"
}

func numberWord(n int) string {
	words := strings.Fields("zero one two three four five six seven eight nine ten")
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return itoa(n)
}

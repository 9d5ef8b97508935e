package render

import (
	"image"
	"image/draw"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// Legend sizes, in furniture units.
const (
	legendMaxColU = 20.0 // a column's greatest width: longer lines wrap
	legendLead    = 1.2  // line height of a wrapped line, in type sizes
	swatchGapU    = 0.8  // between a swatch and its text
	markSize      = 1.8  // type size of a mark in the key
)

// fix is a 26.6 fixed-point length in pixels.
func fix(v fixed.Int26_6) float64 { return float64(v) / 64 }

// legendContent is what the legend lists: an entry for each kind of
// feature the map shows, with its count, and the key of each certainty
// mark its labels carry.
type legendContent struct {
	entries []overlay.LegendEntry
	marks   []string
	extra   []legendExtra                    // lines of a key drawn over the atlas layers (a compare's rings)
	count   func(overlay.LegendEntry) string // an entry's count as drawn; nil: Count
}

// countText is entry e's count as the legend draws it.
func (c legendContent) countText(e overlay.LegendEntry) string {
	if c.count != nil {
		return c.count(e)
	}
	return itoa(e.Count)
}

// yearLegend is the legend of everything the year shows anywhere, and
// both marks: what any view of the year lists at most.
func (r *resolved) yearLegend() legendContent {
	return legendContent{entries: counted(r.Overlays.Legend(r.options())), marks: []string{data.MarkHedged, data.MarkInferred}}
}

// frameLegend is the legend of what the map shows in r.view.
func (r *resolved) frameLegend() legendContent {
	opt := r.options()
	return legendContent{entries: counted(r.Overlays.LegendIn(opt, r.view)), marks: r.Overlays.MarksIn(opt, r.view)}
}

// counted drops the entries with nothing drawn.
func counted(es []overlay.LegendEntry) []overlay.LegendEntry {
	return slices.DeleteFunc(es, func(e overlay.LegendEntry) bool { return e.Count == 0 })
}

// sameAs reports whether c and d list the same lines with the same counts.
func (c legendContent) sameAs(d legendContent) bool {
	return slices.Equal(c.entries, d.entries) && slices.Equal(c.marks, d.marks) && slices.Equal(c.extra, d.extra)
}

// legendLine is one line of the legend: a swatch or a mark, and its text
// wrapped to the column, the count after the last line.
type legendLine struct {
	entry  *overlay.LegendEntry // nil for a mark's key and an extra line
	swatch *image.RGBA          // an extra line's swatch
	mark   string
	lines  []string
	count  string // drawn grey after the last line; "" for a mark's key
}

// height is the line's height in pixels at unit u.
func (ll legendLine) height(u float64) float64 {
	return legendRow*u + float64(len(ll.lines)-1)*legendText*u*legendLead
}

// legendLines wraps the content's lines to a column colW wide.
func legendLines(m *measurer, c legendContent, lang string, u, colW float64) []legendLine {
	size := legendText * u
	avail := colW - swatchSize*u - swatchGapU*u
	var out []legendLine
	for i := range c.entries {
		e := &c.entries[i]
		count := "  " + c.countText(*e)
		out = append(out, legendLine{entry: e, count: count,
			lines: wrapWords(m, e.Title(lang), size, avail, m.width(count, size, false))})
	}
	for _, mk := range c.marks {
		out = append(out, legendLine{mark: mk, lines: wrapWords(m, markText(mk, lang), size, avail, 0)})
	}
	for _, x := range c.extra {
		out = append(out, legendLine{swatch: x.swatch(int(math.Round(swatchSize*u)), u/12), lines: wrapWords(m, x.text, size, avail, 0)})
	}
	return out
}

// markText is the key of a mark without the mark, which the legend draws
// in a swatch's place, as a sentence.
func markText(mark, lang string) string {
	t := []rune(strings.TrimSpace(strings.TrimPrefix(data.MarkKey(mark, lang), mark)))
	if len(t) > 0 {
		t[0] = unicode.ToUpper(t[0])
	}
	return string(t)
}

// legendTextWidth is the widest the content's lines are unwrapped, with
// their swatches: the column width that wraps none.
func legendTextWidth(m *measurer, c legendContent, lang string, u float64) float64 {
	w := 0.0
	for _, e := range c.entries {
		w = math.Max(w, m.width(e.Title(lang)+"  "+c.countText(e), legendText*u, false))
	}
	for _, mk := range c.marks {
		w = math.Max(w, m.width(markText(mk, lang), legendText*u, false))
	}
	for _, x := range c.extra {
		w = math.Max(w, m.width(x.text, legendText*u, false))
	}
	return w + (swatchSize+swatchGapU+1)*u // a unit to spare for rounding
}

// wrapWords breaks s into lines at most width wide, the last leaving room
// for tail more; a word wider than a line is cut with an ellipsis.
func wrapWords(m *measurer, s string, size, width, tail float64) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if m.width(try, size, false) <= width || cur == "" {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = w
	}
	if cur != "" && m.width(cur, size, false)+tail > width && strings.Contains(cur, " ") {
		// the count does not fit after the last line: its last word moves down
		i := strings.LastIndex(cur, " ")
		lines = append(lines, cur[:i])
		cur = cur[i+1:]
	}
	lines = append(lines, cur)
	m.dc.SetFontFace(m.fonts.Face(size, false))
	for i, ln := range lines {
		lines[i] = fitText(m.dc, ln, width)
	}
	return lines
}

// legendColumns splits lines, in order, into at most cols columns so the
// tallest is as short as can be. It returns the index of each column's
// first line and that height in pixels.
func legendColumns(lines []legendLine, cols int, u float64) ([]int, float64) {
	if len(lines) == 0 {
		return []int{0}, 0
	}
	hs := make([]float64, len(lines))
	var limits []float64
	for i, ll := range lines {
		hs[i] = ll.height(u)
	}
	for i := range hs {
		sum := 0.0
		for j := i; j < len(hs); j++ {
			sum += hs[j]
			limits = append(limits, sum)
		}
	}
	sort.Float64s(limits)
	for _, lim := range limits {
		if starts, ok := packColumns(hs, cols, lim); ok {
			return starts, lim
		}
	}
	return []int{0}, limits[len(limits)-1] // unreachable: the whole list is a limit
}

// packColumns fills columns in order up to limit each; ok when at most
// cols are needed.
func packColumns(hs []float64, cols int, limit float64) ([]int, bool) {
	starts := []int{0}
	h := 0.0
	for i, x := range hs {
		if x > limit+1e-9 {
			return nil, false
		}
		if h+x > limit+1e-9 {
			starts = append(starts, i)
			h = 0
		}
		h += x
	}
	return starts, len(starts) <= cols
}

// drawLegend draws the heading and the legend's lines in their columns.
func (l *layout) drawLegend(img *image.RGBA, dc *gg.Context, r *resolved, fonts *Fonts) {
	u := l.u
	x0, y0 := float64(l.legend.Min.X), float64(l.legend.Min.Y)
	l.setColor(dc, inkColor)
	l.setFace(dc, fonts.Face(legendHead*u, true))
	l.text(dc, r.legendHeading(), x0, y0+legendHead*u, legendHead*u)
	y0 += headRowU * u
	size := legendText * u
	if len(l.rows) == 0 {
		l.setColor(dc, greyInk)
		l.setFace(dc, fonts.Face(size, false))
		l.text(dc, nothingMapped(r.year, r.Lang), x0, y0+size, size)
		return
	}
	sw := int(math.Round(swatchSize * u))
	col, y := 0, y0
	for i, ll := range l.rows {
		if col+1 < len(l.colStarts) && i == l.colStarts[col+1] {
			col, y = col+1, y0
		}
		x := x0 + float64(col)*(l.colW+legendGapU*u)
		// the swatch is centred on the first line
		sp := image.Pt(int(x), int(y+(legendRow*u-float64(sw))/2))
		switch {
		case ll.entry != nil || ll.swatch != nil:
			s := ll.swatch
			if ll.entry != nil {
				s = ll.entry.Swatch(sw, u/12)
			}
			draw.Draw(img, image.Rectangle{Min: sp, Max: sp.Add(s.Bounds().Size())}, s, image.Point{}, draw.Over)
		default:
			// the mark as the labels carry it, raised, on the first
			// line's baseline, larger, in the swatch's place
			ms := markSize * u
			face := fonts.Face(ms, false)
			_, adv := font.BoundString(face, ll.mark)
			l.setColor(dc, inkColor)
			l.setFace(dc, face)
			l.text(dc, ll.mark, x+(float64(sw)-fix(adv))/2, y+legendRow*u/2+0.35*legendText*u+0.25*ms, ms)
		}
		tx := x + float64(sw) + swatchGapU*u
		base := y + legendRow*u/2 + 0.35*size
		l.setFace(dc, fonts.Face(size, false))
		for j, text := range ll.lines {
			l.setColor(dc, inkColor)
			l.text(dc, text, tx, base, size)
			if j == len(ll.lines)-1 && ll.count != "" {
				tw, _ := dc.MeasureString(text)
				l.setColor(dc, greyInk)
				l.text(dc, ll.count, tx+tw, base, size)
			}
			base += size * legendLead
		}
		y += ll.height(u)
	}
}

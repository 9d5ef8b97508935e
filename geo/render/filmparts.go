package render

import (
	"image"
	"math"
	"strings"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// legendHeading is the legend's heading: the scene's own, or the year's.
func (r *resolved) legendHeading() string {
	if r.heading != "" {
		return r.heading
	}
	return legendHeading(r.year, r.Lang)
}

// unionContent is what a layout must hold to list any of cs: every source
// (in bibliography order), every user layer's credit, every legend line
// with its largest count (overlay.UnionLegend), every mark.
func unionContent(ds *data.Dataset, cs []content) content {
	cited := map[string]bool{}
	var out content
	var entries [][]overlay.LegendEntry
	var marks [][]string
	for _, c := range cs {
		for _, s := range c.srcs {
			cited[s.ID] = true
		}
		entries = append(entries, c.key.entries)
		marks = append(marks, c.key.marks)
		if len(out.key.extra) == 0 {
			out.key.extra = c.key.extra
		}
		if out.key.count == nil {
			out.key.count = c.key.count
		}
	}
	for _, s := range ds.Sources {
		if cited[s.ID] {
			out.srcs = append(out.srcs, s)
		}
	}
	us := make([][]userCredit, len(cs))
	for i, c := range cs {
		us[i] = c.users
	}
	out.users = unionUsers(us)
	out.key.entries = overlay.UnionLegend(entries...)
	out.key.marks = overlay.UnionMarks(marks...)
	return out
}

// badge is the year drawn large in a corner of the map, on paper.
type badge struct {
	box  image.Rectangle // in map pixels
	size float64         // type size in pixels
	u    float64
}

// newBadge places the year badge of a film in the corner of the map where
// the key shots draw the fewest features, so it hides as little as can
// be: bottom left first (the Pacific on a map of Peru), then top left,
// bottom right, top right; a compact layout keeps its foot for the scale
// bar and attribution.
func newBadge(m *measurer, rs []*resolved, W, H int, compact bool, u float64) badge {
	b := badge{size: badgeSize * u, u: u}
	tw := 0.0
	for _, r := range rs {
		tw = math.Max(tw, m.width(itoa(r.year), b.size, true))
	}
	pad, inset := badgePadU*u, badgeInsetU*u
	bw, bh := int(math.Ceil(tw+2*pad)), int(math.Ceil(0.74*b.size+2*pad))
	in := int(inset)
	left, right, top, bottom := in, W-in-bw, in, H-in-bh
	corners := []image.Point{{left, bottom}, {left, top}, {right, bottom}, {right, top}}
	if compact {
		corners = []image.Point{{left, top}, {right, top}}
	}
	best := -1
	for _, c := range corners {
		box := image.Rectangle{Min: c, Max: c.Add(image.Pt(bw, bh))}
		if n := featuresUnder(rs, box, u); best < 0 || n < best {
			best, b.box = n, box
		}
	}
	return b
}

// featuresUnder counts the features the shots draw whose extent meets box
// (map pixels) grown by two units.
func featuresUnder(rs []*resolved, box image.Rectangle, u float64) int {
	g := label.Box{X0: float64(box.Min.X), Y0: float64(box.Min.Y), X1: float64(box.Max.X), Y1: float64(box.Max.Y)}.Grow(2 * u)
	n := 0
	for _, r := range rs {
		for _, f := range r.Dataset.Features {
			if f.Geometry == nil || !f.OnMapIn(r.year, r.Layers) {
				continue
			}
			fb := f.Geometry.Bound()
			a, c := r.view.ToScreen(fb.Min), r.view.ToScreen(fb.Max)
			if (label.Box{X0: a.X, Y0: c.Y, X1: c.X, Y1: a.Y}).Overlaps(g) {
				n++
			}
		}
	}
	return n
}

// clear is the badge's box with room around it, which labels avoid.
func (b badge) clear() label.Box {
	return label.Box{X0: float64(b.box.Min.X), Y0: float64(b.box.Min.Y), X1: float64(b.box.Max.X), Y1: float64(b.box.Max.Y)}.Grow(badgeClearU * b.u)
}

// draw paints the badge with year on img, the map.
func (b badge) draw(img *image.RGBA, fonts *Fonts, year int) {
	dc := gg.NewContextForRGBA(img)
	x, y := float64(b.box.Min.X), float64(b.box.Min.Y)
	dc.SetColor(paperColor)
	dc.DrawRoundedRectangle(x, y, float64(b.box.Dx()), float64(b.box.Dy()), b.u/2)
	dc.Fill()
	face := fonts.Face(b.size, true)
	s := itoa(year)
	_, adv := font.BoundString(face, s)
	tx := x + (float64(b.box.Dx())-fix(adv))/2
	base := y + badgePadU*b.u + 0.74*b.size
	d := font.Drawer{Dst: img, Src: image.NewUniform(inkColor), Face: face,
		Dot: fixed.Point26_6{X: fixed.Int26_6(math.Round(tx * 64)), Y: fixed.Int26_6(math.Round(base * 64))}}
	d.DrawString(s)
}

// captionWidth is the width caption lines wrap to, and their type size.
func (f *Film) captionType() (width, size float64) {
	u := f.lay.u
	return float64(f.w) - 2*padding*u, captionSize * u
}

// drawCaption writes a caption in the film's band, at most CaptionLines
// lines (CaptionPages splits longer ones).
func (f *Film) drawCaption(dst *image.RGBA, caption string) {
	l := f.lay
	if f.bandH == 0 || l.compact || l.band.Empty() {
		return
	}
	fill(dst, l.band, paperOpaque)
	dc := gg.NewContextForRGBA(dst)
	u := l.u
	rule(dc, 0, float64(l.band.Min.Y), float64(l.w), float64(l.band.Min.Y), u)
	width, size := f.captionType()
	lines := wrapWords(f.m, caption, size, width, 0)
	if strings.TrimSpace(caption) == "" {
		return
	}
	if len(lines) > f.opt.CaptionLines {
		lines = lines[:f.opt.CaptionLines]
		l.setFace(dc, f.fonts.Face(size, false))
		lines[len(lines)-1] = fitText(dc, lines[len(lines)-1]+" \u2026", width)
	}
	l.setColor(dc, inkColor)
	l.setFace(dc, f.fonts.Face(size, false))
	y := float64(l.band.Min.Y) + 0.7*padding*u + size
	for _, ln := range lines {
		l.text(dc, ln, padding*u, y, size)
		y += size * captionLead
	}
}

// CaptionPages splits a caption into the parts the caption band shows one
// after another: whole sentences while they fit CaptionLines lines, a
// sentence longer than that cut between lines. A film without a band
// returns the caption whole.
func (f *Film) CaptionPages(caption string) []string {
	caption = strings.Join(strings.Fields(caption), " ")
	if caption == "" || f.opt.CaptionLines <= 0 {
		return []string{caption}
	}
	width, size := f.captionType()
	fits := func(s string) bool { return len(wrapWords(f.m, s, size, width, 0)) <= f.opt.CaptionLines }
	var pages []string
	cur := ""
	for _, s := range sentences(caption) {
		try := strings.TrimSpace(cur + " " + s)
		if fits(try) {
			cur = try
			continue
		}
		if cur != "" {
			pages = append(pages, cur)
		}
		cur = s
		for !fits(cur) {
			lines := wrapWords(f.m, cur, size, width, 0)
			pages = append(pages, strings.Join(lines[:f.opt.CaptionLines], " "))
			cur = strings.Join(lines[f.opt.CaptionLines:], " ")
		}
	}
	if cur != "" {
		pages = append(pages, cur)
	}
	return pages
}

// sentences splits text after each '.', '?' or '!' that a space follows.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text)-1; i++ {
		if strings.ContainsRune(".?!", rune(text[i])) && text[i+1] == ' ' {
			out = append(out, text[start:i+1])
			start = i + 2
		}
	}
	return append(out, text[start:])
}

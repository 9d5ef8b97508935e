package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strconv"
	"strings"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Colours of the furniture panels.
var (
	paperOpaque = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	panelColor  = color.NRGBA{R: 0xf6, G: 0xf4, B: 0xef, A: 0xff}
	ruleColor   = color.NRGBA{R: 0xc8, G: 0xc4, B: 0xba, A: 0xff}
	greyInk     = color.NRGBA{R: 0x5a, G: 0x5a, B: 0x5a, A: 0xff}
	frameRed    = color.NRGBA{R: 0xd0, G: 0x1c, B: 0x1c, A: 0xff}
)

func itoa(n int) string { return strconv.Itoa(n) }

// draw paints the furniture around (and the scale bar on) the map.
func (l *layout) draw(img *image.RGBA, r *resolved, fonts *Fonts, missing int) {
	dc := gg.NewContextForRGBA(img)
	u := l.u
	mpp := geo.MetersPerPixel(l.view.Center.Lat(), l.view.Zoom)
	l.titleText = r.Title
	if l.compact {
		// The attribution in the strip under the map, the scale bar on
		// the map's foot (placed by compactLayout; labels avoid it).
		fill(img, l.footer, paperOpaque)
		drawAttribution(dc, fonts, u, l.attrSize, l.footer, l.attribution)
		if !l.scale.Empty() {
			drawScaleAndNorth(dc, fonts, u, l.scale.Min, mpp)
		}
		drawGapNote(dc, fonts, u, l.mapR, missing, r.Lang)
		return
	}
	drawGapNote(dc, fonts, u, l.mapR, missing, r.Lang)
	pad := padding * u

	// Title band.
	fill(img, l.title, paperOpaque)
	base := float64(l.title.Min.Y) + pad + titleSize*u*0.95
	l.setColor(dc, inkColor)
	l.setFace(dc, fonts.Face(titleSize*u, true))
	title := fitText(dc, r.Title, float64(l.w)-2*pad)
	l.text(dc, title, pad, base, titleSize*u)
	l.setColor(dc, greyInk)
	l.setFace(dc, fonts.Face(subtitleSize*u, false))
	if l.subtitleLine == 0 {
		l.setFace(dc, fonts.Face(titleSize*u, true))
		tw, _ := dc.MeasureString(title)
		l.setFace(dc, fonts.Face(subtitleSize*u, false))
		l.text(dc, l.subtitle, pad+tw+2*u, base, subtitleSize*u)
	} else {
		l.text(dc, fitText(dc, l.subtitle, float64(l.w)-2*pad), pad, base+0.2*u+subtitleSize*u*1.25, subtitleSize*u)
	}
	rule(dc, float64(l.title.Min.X), float64(l.title.Max.Y), float64(l.title.Max.X), float64(l.title.Max.Y), u)

	// Panel: legend and inset.
	fill(img, l.panel, panelColor)
	if l.side {
		rule(dc, float64(l.panel.Min.X), float64(l.panel.Min.Y), float64(l.panel.Min.X), float64(l.panel.Max.Y), u)
	} else {
		rule(dc, float64(l.panel.Min.X), float64(l.panel.Min.Y), float64(l.panel.Max.X), float64(l.panel.Min.Y), u)
	}
	l.drawLegend(img, dc, r, fonts)
	drawScaleAndNorth(dc, fonts, u, l.scale.Min, mpp)
	r.Inset.Draw(dc, l.inset, l.view.Bound(), u)

	// Footer: sources and attribution.
	fill(img, l.footer, paperOpaque)
	rule(dc, float64(l.footer.Min.X), float64(l.footer.Min.Y), float64(l.footer.Max.X), float64(l.footer.Min.Y), u)
	size := footerText * u
	y := float64(l.footer.Min.Y) + 0.7*pad + size
	for _, line := range l.lines {
		for i := 0; i < len(line); {
			// Words of one style are drawn as one string.
			j := i + 1
			for j < len(line) && line[j].bold == line[i].bold && line[j].grey == line[i].grey {
				j++
			}
			words := make([]string, 0, j-i)
			for _, wd := range line[i:j] {
				words = append(words, wd.s)
			}
			l.setFace(dc, fonts.Face(size, line[i].bold))
			l.setColor(dc, inkColor)
			if line[i].grey {
				l.setColor(dc, greyInk)
			}
			l.text(dc, strings.Join(words, " "), pad+line[i].x, y, size)
			i = j
		}
		y += size * footerLead
	}
}

// setFace sets the face of dc and of the text l draws next.
func (l *layout) setFace(dc *gg.Context, f font.Face) {
	dc.SetFontFace(f)
	l.face = f
}

// setColor sets the colour of dc and of the text l draws next.
func (l *layout) setColor(dc *gg.Context, c color.Color) {
	dc.SetColor(c)
	l.ink = image.NewUniform(c)
}

// text draws s in the face and colour last set, its baseline starting at
// x, y, and records it for the PDF's text layer. It draws with
// font.Drawer: the same glyphs as gg's DrawString, which filters every
// glyph mask through a general transform instead.
func (l *layout) text(dc *gg.Context, s string, x, y, size float64) {
	img, ok := dc.Image().(*image.RGBA)
	if l.face == nil || l.ink == nil || !ok {
		dc.DrawString(s, x, y)
	} else {
		d := font.Drawer{Dst: img, Src: l.ink, Face: l.face, Dot: fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.Int26_6(math.Round(y * 64))}}
		d.DrawString(s)
	}
	l.texts = append(l.texts, placedText{s: s, x: x, y: y, size: size})
}

// drawGapNote says on the map, bottom right, that tiles are missing.
func drawGapNote(dc *gg.Context, fonts *Fonts, u float64, m image.Rectangle, missing int, lang string) {
	if missing == 0 {
		return
	}
	s := gapWords(missing, lang)
	dc.SetFontFace(fonts.Face(1.3*u, true))
	tw, th := dc.MeasureString(s)
	x, y := float64(m.Max.X)-1.2*u-tw-1.6*u, float64(m.Max.Y)-1.2*u-th-1.6*u
	dc.SetColor(paperColor)
	dc.DrawRoundedRectangle(x, y, tw+1.6*u, th+1.6*u, u/2)
	dc.Fill()
	dc.SetColor(frameRed)
	dc.DrawStringAnchored(s, x+0.8*u, y+0.8*u+th/2, 0, 0.5)
}

// attributionLine credits the basemap and the atlas and notes gaps.
func attributionLine(r *resolved) string {
	basemap := ""
	if r.Source != nil {
		basemap = r.Source.Info().Attribution
	}
	return attributionWords(basemap, r.Lang)
}

// drawScaleAndNorth draws a north arrow and a scale bar in one box with
// its top-left corner at at, at most scaleBoxW x scaleBoxH units.
func drawScaleAndNorth(dc *gg.Context, fonts *Fonts, u float64, at image.Point, mpp float64) {
	bar := geo.NewScaleBar(mpp, 12*u)
	pad := 0.8 * u
	dc.SetFontFace(fonts.Face(1.3*u, false))
	tw, _ := dc.MeasureString(bar.Label)
	arrowW := 2.2 * u
	boxW := pad + arrowW + pad + math.Max(bar.Pixels, tw) + pad
	boxH := scaleBoxH * u
	x, y := float64(at.X), float64(at.Y)
	dc.SetColor(paperColor)
	dc.DrawRoundedRectangle(x, y, boxW, boxH, u/2)
	dc.Fill()
	// North arrow: a split arrowhead under an N.
	ax, top, bot := x+pad+arrowW/2, y+2.2*u, y+boxH-pad
	dc.SetColor(inkColor)
	dc.SetFontFace(fonts.Face(1.5*u, true))
	dc.DrawStringAnchored("N", ax, y+pad+0.55*u, 0.5, 0.5)
	dc.MoveTo(ax, top)
	dc.LineTo(ax-arrowW/2, bot)
	dc.LineTo(ax, bot-0.8*u)
	dc.ClosePath()
	dc.Fill()
	dc.MoveTo(ax, top)
	dc.LineTo(ax+arrowW/2, bot)
	dc.LineTo(ax, bot-0.8*u)
	dc.ClosePath()
	dc.SetLineWidth(math.Max(1, u/8))
	dc.Stroke()
	if bar.Pixels <= 0 {
		return
	}
	// Scale bar.
	bx := x + pad + arrowW + pad
	dc.SetFontFace(fonts.Face(1.3*u, false))
	dc.DrawString(bar.Label, bx, y+pad+1.2*u)
	by := y + boxH - pad - 0.9*u
	dc.DrawRectangle(bx, by, bar.Pixels, u*0.35)
	dc.DrawRectangle(bx, by-u*0.5, u*0.22, u*0.85)
	dc.DrawRectangle(bx+bar.Pixels-u*0.22, by-u*0.5, u*0.22, u*0.85)
	dc.Fill()
}

// fill paints r of img with c: a plain copy, not a path through the
// rasterizer (the panels are a third of an image).
func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}

func rule(dc *gg.Context, x0, y0, x1, y1, u float64) {
	dc.SetColor(ruleColor)
	dc.SetLineWidth(math.Max(1, u/10))
	dc.DrawLine(x0, y0, x1, y1)
	dc.Stroke()
}

// fitText shortens s with an ellipsis until it fits width with the
// context's current face.
func fitText(dc *gg.Context, s string, width float64) string {
	if w, _ := dc.MeasureString(s); w <= width {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := string(rs[:n]) + "\u2026"
		if w, _ := dc.MeasureString(t); w <= width {
			return t
		}
	}
	return ""
}

package render

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// ringStyle is how a compare marks what is on one of its maps only: a
// dashed ring for what is gone from the second map, a solid one for what
// is new in it. The two never share a map, and the pattern, not the
// colour, tells them apart.
type ringStyle int8

const (
	ringSolid ringStyle = iota
	ringDashed
)

// ringColor is the rings' ink: a magenta no atlas layer uses, dark enough
// on the basemap's land and sea.
var ringColor = color.NRGBA{R: 0xb0, G: 0x00, B: 0x78, A: 0xff}

// Ring sizes in the map's pixels at density 1.
const (
	ringRadius = 13.0 // around a point
	ringWidth  = 2.6
	haloWidth  = 11.0 // along a line, under it

	areaRingWidth = 1.8 // along an area's outline
)

// legendExtra is a line of the legend keying something drawn over the
// atlas layers: a ring style and what it marks.
type legendExtra struct {
	text string
	ring ringStyle
}

// swatch draws the ring of the line in a size x size image.
func (x legendExtra) swatch(size int, scale float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	dc := gg.NewContextForRGBA(img)
	s := float64(size)
	x.ring.set(dc, scale, ringWidth)
	dc.DrawCircle(s/2, s/2, s/2-ringWidth*scale)
	dc.Stroke()
	return img
}

// set readies dc to stroke in the style, width w at density scale.
func (s ringStyle) set(dc *gg.Context, scale, w float64) {
	dc.SetColor(ringColor)
	dc.SetLineWidth(w * scale)
	dc.SetLineCapRound()
	if s == ringDashed {
		dc.SetDash(4*scale, 3.5*scale)
	} else {
		dc.SetDash()
	}
}

// under draws, before the atlas layers, a halo along each ringed line
// (air routes, drawn as arcs, are ringed at their ends instead), and
// returns the rings' outlines for the label engine to keep clear of.
func (s ringStyle) under(dc *gg.Context, feats []data.Feature, v geo.View, scale float64) [][][2]float64 {
	var rings [][][2]float64
	for _, f := range feats {
		for _, p := range ringPoints(f) {
			rings = append(rings, circle(v.ToScreen(p), ringRadius*scale))
		}
		if f.Layer == data.LayerAirRoute {
			continue
		}
		for _, l := range lines(f.Geometry) {
			s.set(dc, scale, haloWidth)
			dc.SetColor(color.NRGBA{R: ringColor.R, G: ringColor.G, B: ringColor.B, A: 0x70})
			for i, p := range l {
				q := v.ToScreen(p)
				if i == 0 {
					dc.MoveTo(q.X, q.Y)
				} else {
					dc.LineTo(q.X, q.Y)
				}
			}
			dc.Stroke()
		}
	}
	return rings
}

// over draws, after the atlas layers, a ring around each ringed point
// (and each end of an air route) and along each ringed area's outline.
func (s ringStyle) over(dc *gg.Context, feats []data.Feature, v geo.View, scale float64) {
	s.set(dc, scale, ringWidth)
	for _, f := range feats {
		for _, p := range ringPoints(f) {
			q := v.ToScreen(p)
			dc.DrawCircle(q.X, q.Y, ringRadius*scale)
			dc.Stroke()
		}
		s.set(dc, scale, areaRingWidth)
		for _, ring := range areaRings(f.Geometry) {
			for i, p := range ring {
				q := v.ToScreen(p)
				if i == 0 {
					dc.MoveTo(q.X, q.Y)
				} else {
					dc.LineTo(q.X, q.Y)
				}
			}
			dc.ClosePath()
			dc.Stroke()
		}
		s.set(dc, scale, ringWidth)
	}
}

// ringPoints are the points a feature is ringed at: its points, or the
// ends of an air route.
func ringPoints(f data.Feature) []orb.Point {
	switch g := f.Geometry.(type) {
	case orb.Point:
		return []orb.Point{g}
	case orb.MultiPoint:
		return g
	}
	if f.Layer != data.LayerAirRoute {
		return nil
	}
	var out []orb.Point
	for _, l := range lines(f.Geometry) {
		if len(l) > 0 {
			out = append(out, l[0], l[len(l)-1])
		}
	}
	return out
}

func lines(g orb.Geometry) []orb.LineString {
	switch g := g.(type) {
	case orb.LineString:
		return []orb.LineString{g}
	case orb.MultiLineString:
		return g
	}
	return nil
}

func areaRings(g orb.Geometry) []orb.Ring {
	switch g := g.(type) {
	case orb.Polygon:
		return g
	case orb.MultiPolygon:
		var out []orb.Ring
		for _, p := range g {
			out = append(out, p...)
		}
		return out
	}
	return nil
}

// circle is a ring of radius r about c as a closed polyline.
func circle(c geo.Pixel, r float64) [][2]float64 {
	out := make([][2]float64, 0, 33)
	for k := range 33 {
		t := float64(k) * 2 * math.Pi / 32
		out = append(out, [2]float64{c.X + r*math.Cos(t), c.Y + r*math.Sin(t)})
	}
	return out
}

// withLines adds lines to what labels should not cross.
func withLines(obs func(label.Frame) label.Obstacles, lines [][][2]float64) func(label.Frame) label.Obstacles {
	if len(lines) == 0 {
		return obs
	}
	return func(fr label.Frame) label.Obstacles {
		var o label.Obstacles
		if obs != nil {
			o = obs(fr)
		}
		o.Lines = append(o.Lines, lines...)
		return o
	}
}

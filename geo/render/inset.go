package render

//go:generate go run ./internal/insetgen -in ../../data/prep/node_modules/world-atlas/countries-50m.json -out inset_data.go

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/fogleman/gg"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
)

// insetBound is the part of the world the inset shows: South America.
func insetBound() orb.Bound { return orb.Bound{Min: orb.Point{-84, -56.5}, Max: orb.Point{-32, 13.5}} }

// Colours of the inset.
var (
	insetSea     = color.NRGBA{R: 0xd4, G: 0xe4, B: 0xee, A: 0xff}
	insetLand    = color.NRGBA{R: 0xe8, G: 0xe4, B: 0xda, A: 0xff}
	insetPeru    = color.NRGBA{R: 0xc6, G: 0xb0, B: 0x8c, A: 0xff}
	insetBorder  = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	insetOutline = color.NRGBA{R: 0x8a, G: 0x86, B: 0x7c, A: 0xff}
)

// Inset is the locator map of South America drawn in an export's panel,
// with Peru shaded and the map's frame marked. It is built from Natural
// Earth country outlines compiled into the binary (see internal/insetgen)
// and is immutable: build it once with NewInset and share it.
type Inset struct {
	countries []insetRing
}

type insetRing struct {
	name string
	pts  []geo.Pixel // zoom-0 world pixels
}

// NewInset parses the compiled-in outlines.
func NewInset() (*Inset, error) {
	in := &Inset{}
	for i, line := range strings.Split(insetData, "\n") {
		name, coords, ok := strings.Cut(line, "|")
		if !ok {
			return nil, fmt.Errorf("render: inset data line %d: no name", i+1)
		}
		var r insetRing
		r.name = name
		for _, pair := range strings.Fields(coords) {
			lon, lat, ok := strings.Cut(pair, ",")
			x, err1 := strconv.ParseFloat(lon, 64)
			y, err2 := strconv.ParseFloat(lat, 64)
			if !ok || err1 != nil || err2 != nil {
				return nil, fmt.Errorf("render: inset data line %d: bad point %q", i+1, pair)
			}
			r.pts = append(r.pts, geo.Project(orb.Point{x, y}, 0))
		}
		in.countries = append(in.countries, r)
	}
	return in, nil
}

// Aspect is the inset's width over its height.
func (in *Inset) Aspect() float64 {
	a, b := geo.Project(insetBound().Min, 0), geo.Project(insetBound().Max, 0)
	return (b.X - a.X) / (a.Y - b.Y)
}

// Draw draws the inset into rect of dc, marking frame (a lon/lat box) in
// red; u is the furniture unit, for line widths and type.
func (in *Inset) Draw(dc *gg.Context, rect image.Rectangle, frame orb.Bound, u float64) {
	if rect.Empty() {
		return
	}
	a, b := geo.Project(insetBound().Min, 0), geo.Project(insetBound().Max, 0)
	k := float64(rect.Dx()) / (b.X - a.X)
	toXY := func(p geo.Pixel) (float64, float64) {
		return float64(rect.Min.X) + (p.X-a.X)*k, float64(rect.Min.Y) + (p.Y-b.Y)*k
	}
	dc.Push()
	defer dc.Pop()
	x0, y0 := float64(rect.Min.X), float64(rect.Min.Y)
	w, h := float64(rect.Dx()), float64(rect.Dy())
	dc.DrawRectangle(x0, y0, w, h)
	dc.Clip()
	dc.SetColor(insetSea)
	dc.DrawRectangle(x0, y0, w, h)
	dc.Fill()
	dc.SetLineJoin(gg.LineJoinRound)
	for _, c := range in.countries {
		dc.NewSubPath()
		for i, p := range c.pts {
			x, y := toXY(p)
			if i == 0 {
				dc.MoveTo(x, y)
			} else {
				dc.LineTo(x, y)
			}
		}
		dc.ClosePath()
		if c.name == "Peru" {
			dc.SetColor(insetPeru)
		} else {
			dc.SetColor(insetLand)
		}
		dc.FillPreserve()
		dc.SetColor(insetBorder)
		dc.SetLineWidth(math.Max(0.6, u/12))
		dc.Stroke()
	}
	// The frame, at least a small box so it stays visible.
	fa, fb := geo.Project(frame.Min, 0), geo.Project(frame.Max, 0)
	fx0, fy1 := toXY(fa)
	fx1, fy0 := toXY(fb)
	if m := 0.8 * u; fx1-fx0 < m || fy1-fy0 < m {
		cx, cy := (fx0+fx1)/2, (fy0+fy1)/2
		fx0, fx1 = cx-math.Max(m, fx1-fx0)/2, cx+math.Max(m, fx1-fx0)/2
		fy0, fy1 = cy-math.Max(m, fy1-fy0)/2, cy+math.Max(m, fy1-fy0)/2
	}
	dc.SetColor(frameRed)
	dc.SetLineWidth(math.Max(1.5, u/4))
	dc.DrawRectangle(fx0, fy0, fx1-fx0, fy1-fy0)
	dc.Stroke()
	dc.ResetClip()
	dc.SetColor(insetOutline)
	dc.SetLineWidth(math.Max(1, u/10))
	dc.DrawRectangle(x0, y0, w, h)
	dc.Stroke()
}

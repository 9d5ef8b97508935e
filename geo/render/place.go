package render

import (
	"errors"
	"fmt"
	"math"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Framing of a selected feature: its bound grows by selectPad of its span
// on every side, and is at least selectMinSpan degrees across, so a point
// or a short route is shown with the country around it.
const (
	selectPad     = 0.25
	selectMinSpan = 1.2
)

// ErrPlace is wrapped when a scene's Center, Zoom or Bound is not a place
// on the map: not a finite number, or out of range.
var ErrPlace = errors.New("render: not a place on the map")

// maxSceneZoom is the deepest zoom a scene may ask for, in the window's
// units: past the deepest of any tile source.
const maxSceneZoom = 22

// checkPlace refuses a Center, Zoom or Bound that no map can show: NaN or
// infinite numbers (which would make the tile loops and the rasterizer
// spin), latitudes past the poles, longitudes past ±180, zooms outside
// 0..maxSceneZoom.
func (s Scene) checkPlace() error {
	finite := func(v ...float64) bool {
		for _, x := range v {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return false
			}
		}
		return true
	}
	onMap := func(p orb.Point) bool {
		return finite(p[0], p[1]) && p.Lat() >= -90 && p.Lat() <= 90 && p.Lon() >= -180 && p.Lon() <= 180
	}
	switch {
	case !onMap(s.Center):
		return fmt.Errorf("%w: centre %v,%v (want latitude -90..90, longitude -180..180)", ErrPlace, s.Center.Lat(), s.Center.Lon())
	case !finite(s.Zoom) || s.Zoom < 0 || s.Zoom > maxSceneZoom:
		return fmt.Errorf("%w: zoom %v (want 0..%d)", ErrPlace, s.Zoom, maxSceneZoom)
	case !onMap(s.Bound.Min) || !onMap(s.Bound.Max):
		return fmt.Errorf("%w: bound %v", ErrPlace, s.Bound)
	}
	return nil
}

// where is how the scene says what its map shows.
type where int

const (
	byBound    where = iota // Bound fitted
	byCenter                // Center at Zoom
	bySelected              // the selected feature's bound, padded, fitted
	byPeru                  // all of Peru fitted
)

// where tells which of the scene's fields place its map, and the bound
// to fit: a non-empty Bound; else a Center or a Zoom (the bound's centre
// stands in for a missing Center); else the selected feature; else all of
// Peru.
func (r *resolved) where() (where, orb.Bound) {
	if r.Bound != (orb.Bound{}) && !r.Bound.IsEmpty() {
		return byBound, r.Bound
	}
	kind, b := bySelected, geo.PeruBound()
	if sb, ok := r.selectedBound(); ok {
		b = sb
	} else {
		kind = byPeru
	}
	if r.HasCenter || r.Center != (orb.Point{}) || r.Zoom != 0 {
		kind = byCenter
	}
	return kind, b
}

// selectedBound is the selected feature's bound, padded for framing.
func (r *resolved) selectedBound() (orb.Bound, bool) {
	if r.Selected == "" {
		return orb.Bound{}, false
	}
	f, ok := r.Dataset.ByID(r.Selected)
	if !ok || f.Geometry == nil {
		return orb.Bound{}, false
	}
	return padBound(f.Geometry.Bound(), selectPad, selectMinSpan), true
}

// padBound grows b by pad of its span on each side and to at least
// minSpan degrees on each axis, about its centre.
func padBound(b orb.Bound, pad, minSpan float64) orb.Bound {
	c := b.Center()
	dx := math.Max(minSpan, (b.Max.X()-b.Min.X())*(1+2*pad)) / 2
	dy := math.Max(minSpan, (b.Max.Y()-b.Min.Y())*(1+2*pad)) / 2
	return orb.Bound{Min: orb.Point{c.X() - dx, c.Y() - dy}, Max: orb.Point{c.X() + dx, c.Y() + dy}}
}

// mapView is the view the map area (w x h output pixels) shows, at the
// fractional zoom that fits it: a bound fills the area (all of Peru by
// default, with the margin geo.PeruBound has); a Center is shown at Zoom
// exactly. Zooms are those of the window, in 256-pixel tiles of logical
// pixels (output pixels / density), within the atlas's limits, so a slide
// and a 4K image of one view show the same part of the world.
func (r *resolved) mapView(w, h int) geo.View {
	lim := geo.PeruLimits()
	dz := math.Log2(r.density)
	kind, b := r.where()
	var v geo.View
	if kind == byCenter {
		c, z := r.Center, r.Zoom
		if !r.HasCenter && c == (orb.Point{}) {
			c = geo.Fit(b, 1, 1, 0).Center
		}
		if z == 0 {
			z = defaultCenterZoom
		}
		v = geo.View{Center: c, Zoom: z + dz}
	} else {
		v = geo.Fit(b, float64(w), float64(h), 0)
	}
	// A fitted view never zooms past the window's deepest zoom, nor out
	// of the world; a Center and Zoom view is shown as asked.
	if kind != byCenter {
		v.Zoom = math.Min(v.Zoom, lim.MaxZoom+dz)
	}
	v.Zoom = math.Max(v.Zoom, 0)
	v.Width, v.Height = float64(w), float64(h)
	return v
}

// defaultCenterZoom is the zoom of a scene placed by Center alone.
const defaultCenterZoom = 8

package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

// View is what a map window shows: a centre, a fractional zoom and a size in
// logical pixels. Views are values; every method returns a new View.
type View struct {
	Center orb.Point // lon, lat
	Zoom   float64
	Width  float64 // logical pixels
	Height float64
}

// Limits bound where a View may go: a zoom range and a box its centre must
// stay inside.
type Limits struct {
	MinZoom, MaxZoom float64
	Bound            orb.Bound
}

// PeruBound is the extent of the atlas: Peru with a margin of its
// neighbours, about 82°W–68°W and 19°S–1°N.
func PeruBound() orb.Bound {
	return orb.Bound{Min: orb.Point{-82, -19}, Max: orb.Point{-68, 1}}
}

// PeruLimits are the View limits the atlas uses: zoom 4 to 12, centre kept
// within a generous box around Peru.
func PeruLimits() Limits {
	return Limits{MinZoom: 4, MaxZoom: 12,
		Bound: orb.Bound{Min: orb.Point{-86, -23}, Max: orb.Point{-64, 4}}}
}

// centerPixel is the view centre in world pixels.
func (v View) centerPixel() Pixel { return Project(v.Center, v.Zoom) }

// TopLeft is the world pixel at the view's top-left corner.
func (v View) TopLeft() Pixel {
	return v.centerPixel().Sub(Pixel{v.Width / 2, v.Height / 2})
}

// ToScreen converts a lon/lat point to view pixels (0,0 = top-left).
func (v View) ToScreen(p orb.Point) Pixel {
	return Project(p, v.Zoom).Sub(v.TopLeft())
}

// FromScreen converts view pixels to a lon/lat point.
func (v View) FromScreen(s Pixel) orb.Point {
	return Unproject(v.TopLeft().Add(s), v.Zoom)
}

// Bound is the lon/lat box the view shows.
func (v View) Bound() orb.Bound {
	tl := v.FromScreen(Pixel{0, 0})
	br := v.FromScreen(Pixel{v.Width, v.Height})
	return orb.Bound{Min: orb.Point{tl.Lon(), br.Lat()}, Max: orb.Point{br.Lon(), tl.Lat()}}
}

// Pan moves the view so the map follows a drag of (dx, dy) pixels.
func (v View) Pan(dx, dy float64) View {
	c := v.centerPixel().Sub(Pixel{dx, dy})
	v.Center = Unproject(c, v.Zoom)
	return v
}

// ZoomAbout changes the zoom by delta while keeping the map point under the
// screen position anchor fixed, as a mouse-wheel zoom should.
func (v View) ZoomAbout(delta float64, anchor Pixel) View {
	p := v.FromScreen(anchor)
	v.Zoom += delta
	// Move the centre so p is again under anchor.
	off := Project(p, v.Zoom).Sub(Pixel{anchor.X - v.Width/2, anchor.Y - v.Height/2})
	v.Center = Unproject(off, v.Zoom)
	return v
}

// Clamp keeps the view inside limits: zoom within range and centre inside
// the bound.
func (v View) Clamp(l Limits) View {
	v.Zoom = math.Max(l.MinZoom, math.Min(l.MaxZoom, v.Zoom))
	lon := math.Max(l.Bound.Min.Lon(), math.Min(l.Bound.Max.Lon(), v.Center.Lon()))
	lat := math.Max(l.Bound.Min.Lat(), math.Min(l.Bound.Max.Lat(), v.Center.Lat()))
	v.Center = orb.Point{lon, lat}
	return v
}

// Fit returns a view of the given size that shows the whole bound, at the
// largest zoom step of 1/step that fits (step 1 gives whole zooms).
func Fit(b orb.Bound, width, height float64, step float64) View {
	c := Unproject(Project(b.Min, 0).Add(Project(b.Max, 0)).Scale(0.5), 0)
	d := Project(b.Max, 0).Sub(Project(b.Min, 0))
	zx := math.Log2(width / math.Abs(d.X))
	zy := math.Log2(height / math.Abs(d.Y))
	z := math.Min(zx, zy)
	if step > 0 {
		z = math.Floor(z*step) / step
	}
	return View{Center: c, Zoom: z, Width: width, Height: height}
}

// TileZoom is the integer tile zoom used to draw the view: the fractional
// zoom rounded to nearest, so tiles are scaled by at most ±41%.
func (v View) TileZoom() maptile.Zoom {
	z := math.Round(v.Zoom)
	if z < 0 {
		z = 0
	}
	return maptile.Zoom(z)
}

// TileRange is the inclusive range of tile columns and rows at zoom z that
// cover the view plus margin pixels on every side, clamped to the world.
type TileRange struct {
	Z                      maptile.Zoom
	MinX, MinY, MaxX, MaxY uint32
}

// Tiles lists the tiles of the range, row by row.
func (r TileRange) Tiles() []maptile.Tile {
	if r.MaxX < r.MinX || r.MaxY < r.MinY {
		return nil
	}
	out := make([]maptile.Tile, 0, (r.MaxX-r.MinX+1)*(r.MaxY-r.MinY+1))
	for y := r.MinY; y <= r.MaxY; y++ {
		for x := r.MinX; x <= r.MaxX; x++ {
			out = append(out, maptile.New(x, y, r.Z))
		}
	}
	return out
}

// Contains reports whether t lies in the range.
func (r TileRange) Contains(t maptile.Tile) bool {
	return t.Z == r.Z && t.X >= r.MinX && t.X <= r.MaxX && t.Y >= r.MinY && t.Y <= r.MaxY
}

// TileCover is the range of tiles at zoom z covering the view plus margin
// logical pixels on each side.
func (v View) TileCover(z maptile.Zoom, margin float64) TileRange {
	k := math.Exp2(float64(z) - v.Zoom) // view pixels -> pixels at z
	tl := v.TopLeft().Sub(Pixel{margin, margin}).Scale(k)
	br := v.TopLeft().Add(Pixel{v.Width + margin, v.Height + margin}).Scale(k)
	n := float64(uint32(1) << z)
	clamp := func(t float64) uint32 { return uint32(math.Max(0, math.Min(n-1, t))) }
	// A tile that only touches the far edge is not needed: the last
	// covered column is ceil(edge/size)-1.
	return TileRange{Z: z,
		MinX: clamp(math.Floor(tl.X / TileSize)), MinY: clamp(math.Floor(tl.Y / TileSize)),
		MaxX: clamp(math.Ceil(br.X/TileSize) - 1), MaxY: clamp(math.Ceil(br.Y/TileSize) - 1)}
}

// TileOrigin is where tile t's top-left corner falls in view pixels, and
// the edge length the tile is drawn at, given the view's fractional zoom.
func (v View) TileOrigin(t maptile.Tile) (Pixel, float64) {
	size := TileSize * math.Exp2(v.Zoom-float64(t.Z))
	world := Pixel{float64(t.X) * size, float64(t.Y) * size}
	return world.Sub(v.TopLeft()), size
}

package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// TileSize is the logical edge of one Web Mercator tile in pixels.
const TileSize = 256

// MaxLatitude is the latitude where Web Mercator's square world ends.
const MaxLatitude = 85.05112877980659

// Pixel is a position in world pixels at some zoom: x grows east from the
// antimeridian, y grows south from MaxLatitude.
type Pixel struct{ X, Y float64 }

// Add returns p moved by d.
func (p Pixel) Add(d Pixel) Pixel { return Pixel{p.X + d.X, p.Y + d.Y} }

// Sub returns the vector from q to p.
func (p Pixel) Sub(q Pixel) Pixel { return Pixel{p.X - q.X, p.Y - q.Y} }

// Scale returns p multiplied by k.
func (p Pixel) Scale(k float64) Pixel { return Pixel{p.X * k, p.Y * k} }

// WorldSize is the edge of the whole world in pixels at a (fractional) zoom.
func WorldSize(zoom float64) float64 { return TileSize * math.Exp2(zoom) }

// Project converts a lon/lat point to world pixels at zoom. Latitudes beyond
// MaxLatitude are clamped.
func Project(p orb.Point, zoom float64) Pixel {
	lat := math.Max(-MaxLatitude, math.Min(MaxLatitude, p.Lat()))
	s := WorldSize(zoom)
	x := (p.Lon() + 180) / 360 * s
	sin := math.Sin(lat * math.Pi / 180)
	y := (0.5 - math.Log((1+sin)/(1-sin))/(4*math.Pi)) * s
	return Pixel{x, y}
}

// Unproject converts world pixels at zoom back to a lon/lat point.
func Unproject(px Pixel, zoom float64) orb.Point {
	s := WorldSize(zoom)
	lon := px.X/s*360 - 180
	n := math.Pi - 2*math.Pi*px.Y/s
	lat := 180 / math.Pi * math.Atan(math.Sinh(n))
	return orb.Point{lon, lat}
}

// MetersPerPixel is the ground resolution at a latitude and zoom.
func MetersPerPixel(lat, zoom float64) float64 {
	const earthCircumference = 2 * math.Pi * 6378137
	return earthCircumference * math.Cos(lat*math.Pi/180) / WorldSize(zoom)
}

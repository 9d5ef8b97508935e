package render

import (
	"context"
	"fmt"
	"image"
	"math"
	"strings"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Frame is what go-staticmaps composes: a centre, a whole zoom and a size
// in the source's own tile pixels.
type Frame struct {
	Center orb.Point // lon, lat
	Zoom   int       // go-staticmaps composes whole zoom levels only
	Width  int       // pixels
	Height int
}

// Composed is a basemap image go-staticmaps composed for a Frame, and
// where it lies: Origin is the world pixel of its top-left corner at the
// frame's zoom, in the source's tile pixels (go-staticmaps puts the
// frame's centre on a whole pixel, so Origin is whole and the centre is
// up to a pixel off the frame's).
type Composed struct {
	Image  *image.RGBA
	Origin geo.Pixel
}

// Basemap composes the basemap for a frame: it materializes the tiles the
// frame needs from src into dir (under storeName), then has go-staticmaps
// draw them with SetOnline(false). When tiles are missing it still returns
// the image, together with the list and an error wrapping
// ErrMissingTiles, so callers choose whether gaps are acceptable.
func Basemap(ctx context.Context, src tiles.Source, dir TileDir, storeName string, f Frame) (Composed, []MissingTile, error) {
	if f.Width <= 0 || f.Height <= 0 {
		return Composed{}, nil, fmt.Errorf("render: bad frame size %dx%d", f.Width, f.Height)
	}
	size := src.Info().TileSize
	if size <= 0 {
		size = geo.TileSize
	}
	missing, err := dir.Fill(ctx, src, storeName, FrameTiles(f, size), 2)
	if err != nil {
		return Composed{}, missing, err
	}
	c := sm.NewContext()
	c.SetTileProvider(&sm.TileProvider{Name: storeName, TileSize: size, URLPattern: "offline://%[2]d/%[3]d/%[4]d"})
	c.SetCache(dir)
	c.SetOnline(false)
	c.SetSize(f.Width, f.Height)
	c.SetZoom(f.Zoom)
	center := s2.LatLngFromDegrees(f.Center.Lat(), f.Center.Lon())
	c.SetCenter(center)
	c.SetBackground(seaColor)
	c.OverrideAttribution("") // drawn by the project's own furniture
	tr, err := c.Transformer()
	if err != nil {
		return Composed{}, missing, fmt.Errorf("render: compose %dx%d at zoom %d: %w", f.Width, f.Height, f.Zoom, err)
	}
	img, err := c.Render()
	if err != nil {
		return Composed{}, missing, fmt.Errorf("render: compose %dx%d at zoom %d: %w", f.Width, f.Height, f.Zoom, err)
	}
	rgba, ok := img.(*image.RGBA)
	if !ok {
		return Composed{}, missing, fmt.Errorf("render: go-staticmaps returned %T, want *image.RGBA", img)
	}
	out := Composed{Image: rgba, Origin: cropOrigin(tr, center, f, size)}
	if len(missing) > 0 {
		return out, missing, fmt.Errorf("%w: %s", ErrMissingTiles, describeMissing(missing))
	}
	return out, nil, nil
}

// cropOrigin is the world pixel (in tile pixels at the frame's zoom) of
// the top-left corner of the image go-staticmaps renders for f: it draws
// whole tiles from its origin tile and crops at the centre's pixel,
// truncated to whole, less half the size. Its transformer places the
// centre itself at that truncated pixel, so the origin is read from the
// tiles' box and the centre's pixel, not from the transformer's
// projection, which can be up to a pixel off its own tiles.
func cropOrigin(tr *sm.Transformer, center s2.LatLng, f Frame, size int) geo.Pixel {
	box := tr.Rect()
	n := math.Exp2(float64(f.Zoom))
	tx := math.Round((box.Lng.Lo + math.Pi) / (2 * math.Pi) * n)
	ty := math.Round((math.Pi - math.Asinh(math.Tan(box.Lat.Hi))) / (2 * math.Pi) * n)
	px, py := tr.LatLngToXY(center) // whole pixels of the tiles' surface
	return geo.Pixel{X: tx*float64(size) + px - float64(f.Width/2), Y: ty*float64(size) + py - float64(f.Height/2)}
}

// FrameTiles lists the tiles go-staticmaps reads for a frame, using its own
// rule (tile indices around the centre, whole tiles), so every one of them
// can be materialized first.
func FrameTiles(f Frame, tileSize int) []maptile.Tile {
	n := math.Exp2(float64(f.Zoom))
	c := geo.Project(f.Center, float64(f.Zoom)).Scale(1.0 / geo.TileSize) // in tiles
	cx, cy := c.X, c.Y
	ww := float64(f.Width) / float64(tileSize)
	hh := float64(f.Height) / float64(tileSize)
	x0, y0 := int(math.Floor(cx-ww/2)), int(math.Floor(cy-hh/2))
	x1, y1 := int(math.Floor(cx+ww/2)), int(math.Floor(cy+hh/2))
	var out []maptile.Tile
	for y := y0; y <= y1; y++ {
		if y < 0 || float64(y) >= n {
			continue
		}
		for x := x0; x <= x1; x++ {
			xx := x
			if xx < 0 {
				xx += int(n)
			} else if float64(xx) >= n {
				xx -= int(n)
			}
			if xx < 0 || float64(xx) >= n {
				continue
			}
			out = append(out, maptile.New(uint32(xx), uint32(y), maptile.Zoom(f.Zoom)))
		}
	}
	return out
}

func describeMissing(m []MissingTile) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d tile(s)", len(m))
	for i, t := range m {
		if i == 5 {
			fmt.Fprintf(&b, ", and %d more", len(m)-5)
			break
		}
		fmt.Fprintf(&b, "; %d/%d/%d: %v", t.Tile.Z, t.Tile.X, t.Tile.Y, t.Err)
	}
	return b.String()
}

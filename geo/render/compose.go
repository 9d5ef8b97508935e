package render

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Frame is the part of the world an export shows.
type Frame struct {
	Center orb.Point // lon, lat
	Zoom   int       // go-staticmaps composes whole zoom levels only
	Width  int       // pixels
	Height int
}

// Basemap composes the basemap for a frame: it materializes the tiles the
// frame needs from src into dir (under storeName), then has go-staticmaps
// draw them with SetOnline(false), followed by objects. When tiles are
// missing it still returns the image, together with the list and an error
// wrapping ErrMissingTiles, so callers choose whether gaps are acceptable.
func Basemap(ctx context.Context, src tiles.Source, dir TileDir, storeName string, f Frame, objects []sm.MapObject) (*image.RGBA, []MissingTile, error) {
	if f.Width <= 0 || f.Height <= 0 {
		return nil, nil, fmt.Errorf("render: bad frame size %dx%d", f.Width, f.Height)
	}
	info := src.Info()
	size := info.TileSize
	if size <= 0 {
		size = 256
	}
	need := FrameTiles(f, size)
	missing, err := dir.Fill(ctx, src, storeName, need, 2)
	if err != nil {
		return nil, missing, err
	}

	c := sm.NewContext()
	c.SetTileProvider(&sm.TileProvider{Name: storeName, TileSize: size, URLPattern: "offline://%[2]d/%[3]d/%[4]d"})
	c.SetCache(dir)
	c.SetOnline(false)
	c.SetSize(f.Width, f.Height)
	c.SetZoom(f.Zoom)
	c.SetCenter(s2.LatLngFromDegrees(f.Center.Lat(), f.Center.Lon()))
	c.SetBackground(color.NRGBA{R: 0xc9, G: 0xdd, B: 0xea, A: 0xff})
	c.OverrideAttribution("") // drawn by the project's own furniture
	for _, o := range objects {
		c.AddObject(o)
	}
	img, err := c.Render()
	if err != nil {
		return nil, missing, fmt.Errorf("render: compose %dx%d at zoom %d: %w", f.Width, f.Height, f.Zoom, err)
	}
	rgba, ok := img.(*image.RGBA)
	if !ok {
		return nil, missing, fmt.Errorf("render: go-staticmaps returned %T, want *image.RGBA", img)
	}
	if len(missing) > 0 {
		return rgba, missing, fmt.Errorf("%w: %s", ErrMissingTiles, describeMissing(missing))
	}
	return rgba, nil, nil
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

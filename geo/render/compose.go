package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"math"
	"strconv"
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
// frame's zoom, in the source's tile pixels. It is whole: the image is on
// the tiles' pixel grid, so its centre is up to a pixel off the frame's.
type Composed struct {
	Image  *image.RGBA
	Origin geo.Pixel
}

// ErrBulk is wrapped when an export would ask an online tile server for
// more than tiles.MaxOnlineTiles tiles without the user's leave.
var ErrBulk = errors.New("render: a bulk download of tiles")

// fetchPolicy is how an export may ask its source for tiles.
type fetchPolicy struct {
	allowBulk bool                  // an online source may be asked for more than tiles.MaxOnlineTiles
	progress  func(done, total int) // called as source tiles are produced; may be nil
}

// basemapInto composes the basemap for a frame into dst, an f.Width x
// f.Height image at 0,0 (a new one when nil): it materializes the tiles
// the frame needs from src into dir (under storeName), asking src under
// policy fp (an online source at most tiles.MaxOnlineTiles tiles unless
// allowed), then has go-staticmaps draw them with SetOnline(false), in two
// bands split on a row of tiles, one after the other: go-staticmaps draws
// a band of whole tiles and crops it, two images as large as the band.
// Composing both bands at once on two cores took a sixth less wall-clock
// time (BenchmarkExport4KPNG 0.35 s, 0.41 s one after the other; the same
// processor time), but held both bands' images at once: scripts/soak's
// peak, at the window's exports, fell by about 10 MB without. When tiles
// are missing it still returns the image, together
// with the list and an error wrapping ErrMissingTiles, so callers choose
// whether gaps are acceptable.
func basemapInto(ctx context.Context, dst *image.RGBA, src tiles.Source, dir TileDir, storeName string, f Frame, fp fetchPolicy) (Composed, []MissingTile, error) {
	if f.Width <= 0 || f.Height <= 0 {
		return Composed{}, nil, fmt.Errorf("render: bad frame size %dx%d", f.Width, f.Height)
	}
	size := src.Info().TileSize
	if size <= 0 {
		size = geo.TileSize
	}
	// go-staticmaps composes the store of split tiles, level zooms deeper.
	store, level, sub := splitStore(storeName, size)
	sf := Frame{Center: f.Center, Zoom: f.Zoom + level, Width: f.Width, Height: f.Height}
	origin, bands := splitFrame(sf, sub, 2)
	var need []maptile.Tile
	for _, b := range bands {
		need = append(need, FrameTiles(b.frame, sub)...)
	}
	if n := sourceTiles(need, level); src.Info().Online && !fp.allowBulk && n > tiles.MaxOnlineTiles {
		return Composed{}, nil, fmt.Errorf("%w: the map needs %d tiles from %s, more than the %d one export may ask an online server for; choose a smaller size or zoom, or allow a bulk download (your own server only)",
			ErrBulk, n, src.Info().Name, tiles.MaxOnlineTiles)
	}
	missing, err := dir.FillSplit(ctx, src, store, need, level, 2, fp.progress)
	if err != nil {
		return Composed{}, missing, err
	}
	if err := dir.fillGaps(store, need, missing, sub, level); err != nil {
		return Composed{}, missing, fmt.Errorf("render: %w", err)
	}
	img := dst
	if img == nil {
		img = image.NewRGBA(image.Rect(0, 0, f.Width, f.Height))
	} else if img.Rect != image.Rect(0, 0, f.Width, f.Height) {
		return Composed{}, missing, fmt.Errorf("render: compose %dx%d into an image of %v", f.Width, f.Height, img.Rect)
	}
	for _, b := range bands {
		if err := ctx.Err(); err != nil {
			return Composed{}, missing, err
		}
		if err := composeBand(img, b, dir, store, sub, len(missing) > 0); err != nil {
			return Composed{}, missing, err
		}
	}
	out := Composed{Image: img, Origin: origin}
	if len(missing) > 0 {
		return out, missing, fmt.Errorf("%w: %s", ErrMissingTiles, describeMissing(missing))
	}
	return out, nil, nil
}

// sourceTiles counts the source tiles the store tiles ts, split level
// times, are cut from.
func sourceTiles(ts []maptile.Tile, level int) int {
	seen := map[maptile.Tile]bool{}
	for _, t := range ts {
		seen[maptile.New(t.X>>level, t.Y>>level, t.Z-maptile.Zoom(level))] = true
	}
	return len(seen)
}

// Split tiles: go-staticmaps draws whole tiles, so every pixel of the
// tiles around its frame costs as much as one inside (a bilinear filter
// each). Tiles are halved while they stay at least minSplitTile wide.
const minSplitTile = 128

// splitStore is the store of storeName's tiles of size pixels split for
// go-staticmaps: its name, how many times a tile is halved and the size
// of the halves.
func splitStore(storeName string, size int) (string, int, int) {
	level, sub := 0, size
	for sub%2 == 0 && sub/2 >= minSplitTile {
		level, sub = level+1, sub/2
	}
	if level == 0 {
		return storeName, 0, size
	}
	return storeName + "-split" + strconv.Itoa(sub), level, sub
}

// band is a horizontal band of a frame: the frame go-staticmaps composes
// for it, the band's top row in the whole image, and the world pixel its
// crop must start at.
type band struct {
	frame  Frame
	y      int
	origin geo.Pixel
}

// splitFrame places frame f on the tiles' pixel grid as go-staticmaps
// would (origin: the centre's whole pixel less half the size) and splits
// it into at most n bands on a boundary of tile rows. Each band's centre
// is set a fraction of a pixel past a whole one so go-staticmaps crops it
// exactly at its origin and reads no row of tiles the band does not show:
// a band ending on a boundary must be of odd height, so the frame may move
// up a pixel (the origin tells where it went).
func splitFrame(f Frame, size, n int) (geo.Pixel, []band) {
	zc := float64(f.Zoom) + math.Log2(float64(size)/geo.TileSize)
	c := geo.Project(f.Center, zc)
	origin := geo.Pixel{X: math.Floor(c.X) - float64(f.Width/2), Y: math.Floor(c.Y) - float64(f.Height/2)}
	s := float64(size)
	split := math.Round((origin.Y+float64(f.Height)/2)/s) * s // the row boundary nearest the middle
	if n < 2 || split-origin.Y < 2 || origin.Y+float64(f.Height)-split < 2 {
		return origin, []band{bandOf(f, zc, origin, 0, f.Height, 0.5)}
	}
	if int(split-origin.Y)%2 == 0 {
		origin.Y-- // the first band's height must be odd
	}
	h1 := int(split - origin.Y)
	h2 := f.Height - h1
	d2 := 0.25 // the second band starts on the boundary
	if h2%2 == 1 {
		d2 = 0.75
	}
	return origin, []band{bandOf(f, zc, origin, 0, h1, 0.25), bandOf(f, zc, origin, h1, h2, d2)}
}

// bandOf is the band of f from row y, h rows tall, its centre d of a
// pixel past the whole pixel go-staticmaps will crop from.
func bandOf(f Frame, zc float64, origin geo.Pixel, y, h int, d float64) band {
	o := geo.Pixel{X: origin.X, Y: origin.Y + float64(y)}
	c := geo.Pixel{X: o.X + float64(f.Width/2) + 0.5, Y: o.Y + float64(h/2) + d}
	return band{frame: Frame{Center: geo.Unproject(c, zc), Zoom: f.Zoom, Width: f.Width, Height: h}, y: y, origin: o}
}

// composeBand has go-staticmaps compose band b from the tiles in dir and
// copies it into img at the band's row. The sea is painted under the
// tiles only when some are missing (every tile covers its pixels).
func composeBand(img *image.RGBA, b band, dir TileDir, storeName string, size int, gaps bool) error {
	f := b.frame
	c := sm.NewContext()
	c.SetTileProvider(&sm.TileProvider{Name: storeName, TileSize: size, URLPattern: "offline://%[2]d/%[3]d/%[4]d"})
	c.SetCache(dir)
	c.SetOnline(false)
	c.SetSize(f.Width, f.Height)
	c.SetZoom(f.Zoom)
	center := s2.LatLngFromDegrees(f.Center.Lat(), f.Center.Lon())
	c.SetCenter(center)
	if gaps {
		c.SetBackground(seaColor)
	} else {
		c.SetBackground(nil)
	}
	c.OverrideAttribution("") // drawn by the project's own furniture
	tr, err := c.Transformer()
	if err != nil {
		return fmt.Errorf("render: compose %dx%d at zoom %d: %w", f.Width, f.Height, f.Zoom, err)
	}
	if o := cropOrigin(tr, center, f, size); o != b.origin {
		return fmt.Errorf("render: go-staticmaps would crop at %v, not %v", o, b.origin)
	}
	out, err := c.Render()
	if err != nil {
		return fmt.Errorf("render: compose %dx%d at zoom %d: %w", f.Width, f.Height, f.Zoom, err)
	}
	draw.Draw(img, image.Rect(0, b.y, f.Width, b.y+f.Height), out, out.Bounds().Min, draw.Src)
	return nil
}

// cropOrigin is the world pixel (in tile pixels at the frame's zoom) of
// the top-left corner of the image go-staticmaps renders for f: it draws
// whole tiles from its origin tile and crops at the centre's pixel,
// truncated to whole, less half the size. (Its transformer puts the centre
// itself at that truncated pixel, up to a pixel off its own tiles.)
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

// describeMissing says how many tiles are missing, why the first is (the
// others usually fail alike: a server down, a package without that zoom),
// and names a few of the others.
func describeMissing(m []MissingTile) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d tile(s)", len(m))
	if len(m) == 0 {
		return b.String()
	}
	t := m[0].Tile
	fmt.Fprintf(&b, "; %d/%d/%d: %v", t.Z, t.X, t.Y, m[0].Err)
	if len(m) > 1 {
		fmt.Fprintf(&b, "; also")
		for i, o := range m[1:] {
			if i == 4 {
				fmt.Fprintf(&b, " and %d more", len(m)-5)
				break
			}
			fmt.Fprintf(&b, " %d/%d/%d", o.Tile.Z, o.Tile.X, o.Tile.Y)
		}
	}
	return b.String()
}

package embedded

import (
	"context"
	"fmt"
	"image"
	"math"
	"sync"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	datarelief "github.com/perutraffickingatlas/atlas/data/relief"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/relief"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Source renders the embedded basemap. Create it with New; it is safe for
// concurrent use.
type Source struct {
	scale  float64
	data   *basemap.Data
	relief *relief.Model
	custom bool // data came from WithData or WithRelief, not the embedded files
	err    error

	initOnce sync.Once
	world    *world

	zooms    zoomCache
	painters sync.Pool // *painter of the tile size
}

// Option configures a Source.
type Option func(*Source)

// MinScale is the smallest pixel density a Source draws at: 64 px tiles.
const MinScale = 0.25

// WithScale sets the pixel density, any value from MinScale up: 2 gives
// 512 px tiles with proportionally thicker lines, 0.75 gives 192 px tiles
// (small exports of all of Peru need less than zoom 4 at density 1).
// Values below MinScale mean MinScale; zero or less mean 1.
func WithScale(s float64) Option {
	return func(src *Source) {
		if s > 0 {
			src.scale = math.Max(MinScale, s)
		}
	}
}

// New returns a Source. The vectors are decoded and projected on first use.
func New(opts ...Option) *Source {
	s := &Source{scale: 1}
	for _, o := range opts {
		o(s)
	}
	return s
}

// AtScale returns a Source drawing the same data at pixel density scale
// (see WithScale), so an export can draw tiles at exactly the density its
// zoom needs. It shares s's decoded vectors and relief model (about 25 MB
// and 150 ms to make again); the zoom levels it prepares are its own, as
// they depend on the density.
func (s *Source) AtScale(scale float64) tiles.Source {
	c := New(WithScale(scale))
	c.data, c.custom = s.data, s.custom
	if s.init() == nil {
		c.relief = s.relief
		c.initOnce.Do(func() { c.world = s.world })
	}
	return c
}

// Attribution is the credit line for the embedded basemap's data.
func Attribution() string { return basemap.Attribution }

var _ tiles.Source = (*Source)(nil)

// Info describes the source.
func (s *Source) Info() tiles.Info {
	return tiles.Info{
		ID:          "embedded",
		Name:        "Embedded offline basemap",
		Attribution: Attribution(),
		MinZoom:     minZoom,
		MaxZoom:     maxZoom,
		TileSize:    s.tileSize(),
		Version:     s.version(),
		Unlabelled:  true,
	}
}

// styleVersion changes whenever tiles of the same data are drawn
// differently, so disk caches drop tiles of an older style. 2: tiles carry
// no names (they moved to geo/placenames).
const styleVersion = "2"

// version fingerprints the embedded data and the style; a source drawing
// other data cannot tell its version.
func (s *Source) version() string {
	if s.custom {
		return ""
	}
	return basemap.Fingerprint() + "s" + styleVersion
}

func (s *Source) tileSize() int { return int(math.Round(256 * s.scale)) }

func (s *Source) init() error {
	s.initOnce.Do(func() {
		d := s.data
		if d == nil {
			var err error
			if d, err = basemap.Embedded(); err != nil {
				s.err = fmt.Errorf("embedded: load basemap: %w", err)
				return
			}
		}
		if s.relief == nil {
			rd, err := datarelief.Embedded()
			if err == nil {
				s.relief, err = relief.NewModel(rd)
			}
			if err != nil {
				s.err = fmt.Errorf("embedded: load relief: %w", err)
				return
			}
		}
		s.world = newWorld(d)
	})
	return s.err
}

// zoom returns the prepared data of zoom z, preparing it unless it is one
// of the recently used levels (see keptZooms).
func (s *Source) zoom(z int) (*zoomData, error) {
	return s.zooms.get(z, func() (*zoomData, error) {
		zd := buildZoom(s.world, z, 0.3/s.scale)
		// The relief is lit for the atlas's middle latitude at this zoom's
		// logical pixels, so that HiDPI tiles look like standard ones.
		lat := basemap.Extent().Center().Lat()
		var err error
		zd.relief, err = s.relief.Shading(geo.MetersPerPixel(lat, float64(z)), lat)
		return zd, err
	})
}

// Tile renders tile t. It returns tiles.ErrNoTile outside the zoom range
// and ctx.Err() when ctx is cancelled while drawing.
func (s *Source) Tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	if t.Z < minZoom || t.Z > maxZoom || t.X >= 1<<t.Z || t.Y >= 1<<t.Z {
		return nil, fmt.Errorf("embedded: tile %d/%d/%d: %w", t.Z, t.X, t.Y, tiles.ErrNoTile)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := s.init(); err != nil {
		return nil, err
	}
	zd, err := s.zoom(int(t.Z))
	if err != nil {
		return nil, fmt.Errorf("embedded: zoom %d: %w", t.Z, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n := s.tileSize()
	p, _ := s.painters.Get().(*painter)
	if p == nil {
		p = newPainter(n)
	}
	defer s.painters.Put(p)
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	if err := s.draw(ctx, img, p, zd, t); err != nil {
		return nil, err
	}
	return img, nil
}

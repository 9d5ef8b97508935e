package tiles

import (
	"context"
	"errors"
	"image"

	"github.com/paulmach/orb/maptile"
)

// ErrNoTile is returned by a Source for a tile it does not cover: outside
// its zoom range or bounds, or absent from a tile package. Callers show the
// parent tile or the embedded basemap instead.
var ErrNoTile = errors.New("tiles: no such tile")

// ErrBadTile is returned when a tile's bytes are not a decodable image.
var ErrBadTile = errors.New("tiles: tile is not a valid image")

// MaxOnlineTiles is the most tiles one export may ask an online source
// for unless the user allows a bulk download: tile servers' usage
// policies forbid bulk downloading, and a 10000-pixel export at zoom 12
// would otherwise send some 850 requests.
const MaxOnlineTiles = 500

// Info describes a tile source.
type Info struct {
	// ID is a short, stable, file-name-safe identifier, e.g. "embedded", "osm".
	ID string
	// Name is shown to users, e.g. "OpenStreetMap".
	Name string
	// Attribution must be visible whenever the source's tiles are shown.
	Attribution string
	// MinZoom and MaxZoom bound the zooms the source serves.
	MinZoom, MaxZoom maptile.Zoom
	// TileSize is the edge of one tile image in pixels (256, or 512 for HiDPI).
	TileSize int
	// Unlabelled is true when the tiles carry no place names (the embedded
	// basemap): the map then adds them per view (geo/placenames) with its
	// own labels. Online and MBTiles tiles are lettered already.
	Unlabelled bool
	// Online is true when the tiles come from a server over the network,
	// whose usage policy an export must respect (see MaxOnlineTiles).
	Online bool
	// Version changes whenever the tiles the source draws change (e.g. a
	// fingerprint of embedded data); "" when the source cannot tell. Disk
	// caches of drawn tiles key on it.
	Version string
}

// Source produces map tiles in the Web Mercator XYZ scheme (y grows south).
// Implementations must be safe for concurrent use, must honour ctx
// cancellation, and must never be called from a draw or refresh path.
type Source interface {
	Info() Info
	Tile(ctx context.Context, t maptile.Tile) (image.Image, error)
}

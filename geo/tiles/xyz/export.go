package xyz

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"sync"

	sm "github.com/flopp/go-staticmaps"
	"github.com/paulmach/orb/maptile"
)

// MaxFillTiles bounds how many tiles FillCache fetches for one export, so
// that an export can never become a bulk download.
const MaxFillTiles = 500

// ErrTooManyTiles is returned by FillCache for more than MaxFillTiles.
var ErrTooManyTiles = errors.New("xyz: too many tiles for one export")

// StaticMapsProvider returns a go-staticmaps provider that reads p's tiles
// from a cache filled by a Source: its Name is p.ID, so with
// sm.NewTileCache(root, 0o755) it finds <root>/<p.ID>/<z>/<x>/<y>.
//
// Use it with SetOnline(false). As a safeguard its URL pattern uses a
// scheme no HTTP client speaks, so even an sm.Context left online cannot
// reach the provider with go-staticmaps' own client (no timeout, a
// User-Agent the OpenStreetMap policy rejects, a/b/c shards).
func StaticMapsProvider(p Provider) *sm.TileProvider {
	size := p.TileSize
	if size <= 0 {
		size = 256
	}
	return &sm.TileProvider{
		Name:        p.ID,
		Attribution: p.Attribution,
		TileSize:    size,
		URLPattern:  "atlas-cache-only://" + p.ID + "/%[2]d/%[3]d/%[4]d",
	}
}

// TilesForTransformer returns the tiles an sm.Context renders for the
// transformer it reports (ctx.Transformer()), in the order go-staticmaps
// fetches them, wrapped across the antimeridian and without rows beyond
// the poles. tileSize must be the provider's tile size.
func TilesForTransformer(tr *sm.Transformer, tileSize int) []maptile.Tile {
	if tr == nil || tileSize <= 0 {
		return nil
	}
	// One tile spans 360/2^z degrees of longitude.
	a := tr.XYToLatLng(0, 0)
	b := tr.XYToLatLng(float64(tileSize), 0)
	span := b.Lng.Degrees() - a.Lng.Degrees()
	if span <= 0 {
		span += 360
	}
	z := int(math.Round(math.Log2(360 / span)))
	if z < 0 || z > 30 {
		return nil
	}
	n := 1 << z
	r := tr.Rect()
	perTile := 2 * math.Pi / float64(n)
	x0 := int(math.Round((r.Lng.Lo + math.Pi) / perTile))
	countX := int(math.Round((r.Lng.Hi - r.Lng.Lo) / perTile))
	latToY := func(lat float64) int {
		return int(math.Round((1 - math.Log(math.Tan(lat)+1/math.Cos(lat))/math.Pi) / 2 * float64(n)))
	}
	y0, y1 := latToY(r.Lat.Hi), latToY(r.Lat.Lo)
	var out []maptile.Tile
	for xx := range countX {
		x := ((x0+xx)%n + n) % n
		for y := y0; y < y1; y++ {
			if y < 0 || y >= n {
				continue
			}
			t := maptile.New(uint32(x), uint32(y), maptile.Zoom(z))
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// MissingTiles returns the tiles of want that go-staticmaps would not find
// (or could not decode) under root for provider p: the holes an export
// would have. An export reports them instead of writing holes silently.
func MissingTiles(root string, p Provider, want []maptile.Tile) []maptile.Tile {
	var missing []maptile.Tile
	for _, t := range want {
		body, err := os.ReadFile(TilePath(root, p.ID, t))
		if err == nil {
			_, _, err = DecodeTile(body)
		}
		if err != nil {
			missing = append(missing, t)
		}
	}
	return missing
}

// FillCache asks src for every tile of want, so that they are on disk for
// an offline sm.Context, and returns the tiles still missing afterwards
// with the reasons joined in err. Stale tiles served because the network
// failed count as present. src must use a DiskCache (Options.Cache unset).
// More than MaxFillTiles tiles is refused with ErrTooManyTiles.
func FillCache(ctx context.Context, src *Source, want []maptile.Tile) ([]maptile.Tile, error) {
	if len(want) > MaxFillTiles {
		return want, fmt.Errorf("%w: %d > %d", ErrTooManyTiles, len(want), MaxFillTiles)
	}
	if src.CacheRoot() == "" {
		return want, errors.New("xyz: FillCache needs a Source with a disk cache")
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
		jobs = make(chan maptile.Tile)
	)
	for range 4 {
		wg.Go(func() {
			for t := range jobs {
				if _, err := src.Tile(ctx, t); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		})
	}
	for _, t := range want {
		jobs <- t
	}
	close(jobs)
	wg.Wait()
	missing := MissingTiles(src.CacheRoot(), src.Provider(), want)
	if len(missing) == 0 {
		return nil, nil
	}
	if len(errs) == 0 {
		errs = append(errs, fmt.Errorf("xyz: %d tiles fetched but not cached (no-store?)", len(missing)))
	}
	return missing, errors.Join(errs...)
}

// FormatTiles lists tiles as "z/x/y, z/x/y, …" for messages, at most limit
// of them (all when limit <= 0).
func FormatTiles(ts []maptile.Tile, limit int) string {
	var b strings.Builder
	for i, t := range ts {
		if limit > 0 && i == limit {
			fmt.Fprintf(&b, ", … (%d more)", len(ts)-limit)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d/%d/%d", t.Z, t.X, t.Y)
	}
	return b.String()
}

package xyz

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
	"github.com/perutraffickingatlas/atlas/internal/safefile"
)

// ErrCacheMiss is returned by a Cache that does not hold the tile.
var ErrCacheMiss = errors.New("xyz: tile not in cache")

// metaSuffix names the sidecar beside a cached tile. go-staticmaps only
// opens <root>/<provider>/<z>/<x>/<y>, so a sidecar <y>.meta never
// confuses it.
const metaSuffix = ".meta"

// Meta is the HTTP caching metadata kept beside a cached tile.
type Meta struct {
	// ETag is the validator sent back as If-None-Match.
	ETag string `json:"etag,omitempty"`
	// LastModified is the validator sent back as If-Modified-Since.
	LastModified string `json:"last_modified,omitempty"`
	// Expires is when the tile stops being fresh.
	Expires time.Time `json:"expires"`
	// Fetched is when the tile was last fetched or revalidated.
	Fetched time.Time `json:"fetched"`
	// URL is where the tile came from.
	URL string `json:"url,omitempty"`
}

// Fresh reports whether the tile may be served without asking the server.
func (m Meta) Fresh(now time.Time) bool { return now.Before(m.Expires) }

// Cache stores tile bodies with their Meta. Implementations must be safe
// for concurrent use.
type Cache interface {
	// Load returns the tile's body and metadata, or ErrCacheMiss. A tile
	// whose sidecar is missing or unreadable comes back with a zero Meta
	// (stale, no validators).
	Load(ctx context.Context, providerID string, t maptile.Tile) ([]byte, Meta, error)
	// Store writes body and metadata, replacing any previous version.
	Store(ctx context.Context, providerID string, t maptile.Tile, body []byte, m Meta) error
	// StoreMeta replaces only the metadata (after a 304).
	StoreMeta(ctx context.Context, providerID string, t maptile.Tile, m Meta) error
	// Remove deletes the tile and its metadata; a missing tile is no error.
	Remove(ctx context.Context, providerID string, t maptile.Tile) error
}

// DiskCache is a Cache in a directory, laid out as go-staticmaps expects:
// <root>/<providerID>/<z>/<x>/<y>, with a JSON sidecar <y>.meta. Writes
// are atomic (temporary file in the same directory, then rename).
type DiskCache struct {
	root string
}

var _ Cache = (*DiskCache)(nil)

// NewDiskCache returns a DiskCache rooted at root. Nothing is created
// until the first Store.
func NewDiskCache(root string) *DiskCache { return &DiskCache{root: root} }

// Root returns the cache's root directory, the one to hand to
// sm.NewTileCache.
func (c *DiskCache) Root() string { return c.root }

// TilePath returns where tile t of the provider is (or would be) stored.
func (c *DiskCache) TilePath(providerID string, t maptile.Tile) string {
	return TilePath(c.root, providerID, t)
}

// TilePath returns <root>/<providerID>/<z>/<x>/<y>, the path go-staticmaps
// reads for the tile.
func TilePath(root, providerID string, t maptile.Tile) string {
	return filepath.Join(root, providerID,
		strconv.Itoa(int(t.Z)),
		strconv.FormatUint(uint64(t.X), 10),
		strconv.FormatUint(uint64(t.Y), 10))
}

func checkID(providerID string) error {
	if providerID == "" || providerID == "." || providerID == ".." || strings.ContainsAny(providerID, `/\:`) {
		return fmt.Errorf("tile cache: provider ID %q is not file-name safe", providerID)
	}
	return nil
}

// Load implements Cache.
func (c *DiskCache) Load(ctx context.Context, providerID string, t maptile.Tile) ([]byte, Meta, error) {
	if err := ctx.Err(); err != nil {
		return nil, Meta{}, err
	}
	if err := checkID(providerID); err != nil {
		return nil, Meta{}, err
	}
	p := c.TilePath(providerID, t)
	fi, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, Meta{}, ErrCacheMiss
	}
	if err != nil {
		return nil, Meta{}, fmt.Errorf("tile cache: %w", err)
	}
	if !fi.Mode().IsRegular() || fi.Size() > tiles.MaxTileBytes {
		return nil, Meta{}, fmt.Errorf("tile cache: %s is not a tile file", p)
	}
	body, err := safefile.ReadFile(p, tiles.MaxTileBytes)
	if err != nil {
		return nil, Meta{}, fmt.Errorf("tile cache: %w", err)
	}
	var m Meta
	if raw, err := safefile.ReadFile(p+metaSuffix, 64<<10); err == nil {
		if json.Unmarshal(raw, &m) != nil {
			m = Meta{}
		}
	}
	return body, m, nil
}

// Store implements Cache.
func (c *DiskCache) Store(ctx context.Context, providerID string, t maptile.Tile, body []byte, m Meta) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := checkID(providerID); err != nil {
		return err
	}
	p := c.TilePath(providerID, t)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("tile cache: %w", err)
	}
	// Body first: a tile without a matching sidecar is merely stale.
	_ = os.Remove(p + metaSuffix)
	if err := writeAtomic(p, body); err != nil {
		return err
	}
	return c.StoreMeta(ctx, providerID, t, m)
}

// StoreMeta implements Cache.
func (c *DiskCache) StoreMeta(ctx context.Context, providerID string, t maptile.Tile, m Meta) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := checkID(providerID); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("tile cache: %w", err)
	}
	return writeAtomic(c.TilePath(providerID, t)+metaSuffix, raw)
}

// Remove implements Cache.
func (c *DiskCache) Remove(ctx context.Context, providerID string, t maptile.Tile) error {
	if err := checkID(providerID); err != nil {
		return err
	}
	p := c.TilePath(providerID, t)
	var errs []error
	for _, f := range []string{p + metaSuffix, p} {
		if err := os.Remove(f); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("tile cache: %w", err)
	}
	return nil
}

// writeAtomic writes data to a temporary file beside path and renames it
// into place, so readers (including go-staticmaps) never see half a file.
func writeAtomic(path string, data []byte) error {
	if err := atomicfile.WriteCache(path, 0o644, atomicfile.Bytes(data)); err != nil {
		return fmt.Errorf("tile cache: write %s: %w", path, err)
	}
	return nil
}

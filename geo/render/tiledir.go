package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
)

// ErrMissingTiles is returned when a composed image would have holes
// because some basemap tiles could not be produced.
var ErrMissingTiles = errors.New("render: basemap tiles missing")

// TileDir is a directory of tile images laid out as go-staticmaps reads
// them: <Root>/<name>/<z>/<x>/<y>. It implements sm.TileCache.
type TileDir struct {
	Root string
}

// Path is the cache root, for sm.TileCache.
func (d TileDir) Path() string { return d.Root }

// Perm is the mode of directories sm might create, for sm.TileCache.
func (d TileDir) Perm() os.FileMode { return 0o755 }

// File is where tile t of the named store lives.
func (d TileDir) File(name string, t maptile.Tile) string {
	return filepath.Join(d.Root, name, strconv.Itoa(int(t.Z)), strconv.Itoa(int(t.X)), strconv.Itoa(int(t.Y)))
}

// MissingTile is a tile that could not be materialized, and why.
type MissingTile struct {
	Tile maptile.Tile
	Err  error
}

// Fill makes sure every tile in ts exists under name, asking src for the
// ones that do not and writing them as PNG atomically (temp file, then
// rename). Existing files that do not decode are replaced. It works on
// `workers` goroutines and stops early when ctx is cancelled. Tiles src
// cannot produce are returned, not treated as a failure of Fill; err is
// only for ctx cancellation or a directory that cannot be written.
func (d TileDir) Fill(ctx context.Context, src tiles.Source, name string, ts []maptile.Tile, workers int) ([]MissingTile, error) {
	if workers < 1 {
		workers = 1
	}
	var (
		mu      sync.Mutex
		missing []MissingTile
		fatal   error
		wg      sync.WaitGroup
	)
	jobs := make(chan maptile.Tile)
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			defer wg.Done()
			for t := range jobs {
				if err := d.fillOne(ctx, src, name, t); err != nil {
					mu.Lock()
					var werr *writeError
					if errors.As(err, &werr) && fatal == nil {
						fatal = err
					} else {
						missing = append(missing, MissingTile{Tile: t, Err: err})
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, t := range ts {
		if ctx.Err() != nil {
			break
		}
		jobs <- t
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return missing, fmt.Errorf("fill tiles: %w", err)
	}
	return missing, fatal
}

// writeError marks a failure to write the tile directory, which is fatal
// for an export, unlike a tile the source cannot produce.
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }

func (d TileDir) fillOne(ctx context.Context, src tiles.Source, name string, t maptile.Tile) error {
	path := d.File(name, t)
	if f, err := os.Open(path); err == nil {
		_, _, derr := image.Decode(f)
		f.Close()
		if derr == nil {
			return nil
		}
		// A corrupt cached tile is replaced below.
	}
	img, err := src.Tile(ctx, t)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return fmt.Errorf("encode tile %v: %w", t, err)
	}
	if err := writeAtomic(path, buf.Bytes()); err != nil {
		return &writeError{fmt.Errorf("write tile %s: %w", path, err)}
	}
	return nil
}

// writeAtomic writes data to a temp file beside path and renames it into
// place, so readers never see a partial file.
func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteCache(path, 0o644, atomicfile.Bytes(data))
}

// CacheDir is the tile directory exports use: dir when given, else the
// online tile cache's root (tiles.DefaultCacheRoot, so both caches share one
// place), else a directory under the system temp dir. It is created if
// missing.
func CacheDir(dir string) (string, error) {
	if dir == "" {
		root, err := tiles.DefaultCacheRoot()
		if err != nil {
			root = filepath.Join(os.TempDir(), "peru-trafficking-atlas", "tiles")
		}
		dir = root
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("tile cache %s: %w", dir, err)
	}
	return dir, nil
}

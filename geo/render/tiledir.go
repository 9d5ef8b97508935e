package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
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
// rename). Existing files that are not intact PNGs of the source's tile
// size (see checkPNG) are replaced. It works on `workers` goroutines and
// stops early when ctx is cancelled. Tiles src cannot produce are
// returned, not treated as a failure of Fill; err is only for ctx
// cancellation or a directory that cannot be written.
func (d TileDir) Fill(ctx context.Context, src tiles.Source, name string, ts []maptile.Tile, workers int) ([]MissingTile, error) {
	return d.FillSplit(ctx, src, name, ts, 0, workers)
}

// FillSplit is Fill for a store of split tiles: every tile of src is kept
// as 4^level tiles, level zooms deeper, each 1/2^level of its size (the
// same pixels, on a finer grid: go-staticmaps, which draws whole tiles,
// then draws less outside its frame). ts are tiles of the store; src's
// tile size must divide by 2^level. Missing tiles are src's.
func (d TileDir) FillSplit(ctx context.Context, src tiles.Source, name string, ts []maptile.Tile, level, workers int) ([]MissingTile, error) {
	workers = max(1, workers)
	size := src.Info().TileSize
	if size <= 0 {
		size = geo.TileSize
	}
	if level < 0 || size%(1<<level) != 0 {
		return nil, fmt.Errorf("fill tiles: %d px tiles cannot be split %d times", size, level)
	}
	// The store's tiles, by the source tile they are cut from.
	var parents []maptile.Tile
	children := map[maptile.Tile][]maptile.Tile{}
	for _, t := range ts {
		p := maptile.New(t.X>>level, t.Y>>level, t.Z-maptile.Zoom(level))
		if _, ok := children[p]; !ok {
			parents = append(parents, p)
		}
		children[p] = append(children[p], t)
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
			for p := range jobs {
				if err := d.fillParent(ctx, src, name, p, children[p], size, level); err != nil {
					mu.Lock()
					var werr *writeError
					if errors.As(err, &werr) && fatal == nil {
						fatal = err
					} else {
						missing = append(missing, MissingTile{Tile: p, Err: err})
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, p := range parents {
		if ctx.Err() != nil {
			break
		}
		jobs <- p
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

// fillParent makes sure the store tiles ts cut from source tile p (of
// size pixels, split level times) exist and are intact, drawing p and
// cutting it again when any is not.
func (d TileDir) fillParent(ctx context.Context, src tiles.Source, name string, p maptile.Tile, ts []maptile.Tile, size, level int) error {
	sub := size >> level
	var todo []maptile.Tile
	for _, t := range ts {
		if checkPNG(d.File(name, t), sub) != nil {
			todo = append(todo, t) // missing or damaged: drawn (again)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	img, err := src.Tile(ctx, p)
	if err != nil {
		return err
	}
	b := img.Bounds()
	if b.Dx() != size || b.Dy() != size {
		return fmt.Errorf("tile %v is %dx%d, want %dx%d", p, b.Dx(), b.Dy(), size, size)
	}
	for _, t := range todo {
		part := img
		if level > 0 {
			x, y := int(t.X-p.X<<level)*sub, int(t.Y-p.Y<<level)*sub
			r := image.Rect(x, y, x+sub, y+sub).Add(b.Min)
			rgba := image.NewRGBA(image.Rect(0, 0, sub, sub))
			draw.Draw(rgba, rgba.Bounds(), img, r.Min, draw.Src)
			part = rgba
		}
		var buf bytes.Buffer
		if err := EncodePNG(&buf, part); err != nil {
			return fmt.Errorf("encode tile %v: %w", t, err)
		}
		path := d.File(name, t)
		if err := writeAtomic(path, buf.Bytes()); err != nil {
			return &writeError{fmt.Errorf("write tile %s: %w", path, err)}
		}
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

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
	"strings"
	"sync"
	"time"

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
//
// It is not a cache of its own: tiles of a source whose Info.Version says
// when they change (the embedded basemap) are kept under a store named
// with that version and reused; every other source's tiles (online, with
// their HTTP cache in the source; MBTiles, which a user may rewrite) go
// to a store private to one export, removed when it ends (see
// ForExport), so nothing here can go stale or outlive a bad tile.
type TileDir struct {
	Root string

	private bool // a store of one export: gaps may be filled with blank tiles
}

// Path is the cache root, for sm.TileCache.
func (d TileDir) Path() string { return d.Root }

// Perm is the mode of directories sm might create, for sm.TileCache.
func (d TileDir) Perm() os.FileMode { return 0o755 }

// privatePrefix starts the name of an export's private store under Root.
const privatePrefix = ".export-"

// privateStaleAge is how old a private store must be before a later export
// removes it: one left by a killed process.
const privateStaleAge = 24 * time.Hour

// ForExport is the directory an export of src's tiles uses: d itself for
// a source whose tiles are versioned (Info.Version), else a new private
// directory under d.Root, which done removes. Private directories left by
// killed exports are removed once a day old.
func (d TileDir) ForExport(info tiles.Info) (dir TileDir, done func(), err error) {
	if info.Version != "" {
		return d, func() {}, nil
	}
	if err := os.MkdirAll(d.Root, 0o755); err != nil {
		return d, nil, fmt.Errorf("render: tile directory: %w", err)
	}
	removeStalePrivate(d.Root)
	tmp, err := os.MkdirTemp(d.Root, privatePrefix+"*")
	if err != nil {
		return d, nil, fmt.Errorf("render: tile directory: %w", err)
	}
	return TileDir{Root: tmp, private: true}, func() { os.RemoveAll(tmp) }, nil
}

// removeStalePrivate removes private stores under root older than
// privateStaleAge, best effort.
func removeStalePrivate(root string) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), privatePrefix) {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > privateStaleAge {
			os.RemoveAll(filepath.Join(root, e.Name()))
		}
	}
}

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
	return d.FillSplit(ctx, src, name, ts, 0, workers, nil)
}

// FillSplit is Fill for a store of split tiles: every tile of src is kept
// as 4^level tiles, level zooms deeper, each 1/2^level of its size (the
// same pixels, on a finer grid: go-staticmaps, which draws whole tiles,
// then draws less outside its frame). ts are tiles of the store; src's
// tile size must divide by 2^level. Missing tiles are src's. progress,
// when not nil, is called after each source tile with how many are done
// of how many, on the filling goroutines.
func (d TileDir) FillSplit(ctx context.Context, src tiles.Source, name string, ts []maptile.Tile, level, workers int, progress func(done, total int)) ([]MissingTile, error) {
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
		done    int
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
				err := d.fillParent(ctx, src, name, p, children[p], size, level)
				mu.Lock()
				done++
				n := done
				if err != nil {
					var werr *writeError
					if errors.As(err, &werr) && fatal == nil {
						fatal = err
					} else {
						missing = append(missing, MissingTile{Tile: p, Err: err})
					}
				}
				mu.Unlock()
				if progress != nil {
					progress(n, len(parents))
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
// place, so readers never see a partial file. Whatever else is at path in
// the store (a directory, a FIFO: damage) is removed first.
func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		if err := os.RemoveAll(path); err != nil {
			return err
		}
	}
	return atomicfile.WriteCache(path, 0o644, atomicfile.Bytes(data))
}

// fillGaps writes a blank (transparent) tile for every store tile cut from
// a missing source tile, so go-staticmaps finds every tile it reads (and
// logs nothing) and the sea painted under the tiles shows through. Only a
// private store gets them: a kept one must never hold a stand-in.
func (d TileDir) fillGaps(name string, ts []maptile.Tile, missing []MissingTile, size, level int) error {
	if !d.private || len(missing) == 0 {
		return nil
	}
	gone := map[maptile.Tile]bool{}
	for _, m := range missing {
		gone[m.Tile] = true
	}
	var blank bytes.Buffer
	if err := EncodePNG(&blank, image.NewNRGBA(image.Rect(0, 0, size, size))); err != nil {
		return err
	}
	for _, t := range ts {
		if gone[maptile.New(t.X>>level, t.Y>>level, t.Z-maptile.Zoom(level))] {
			if err := writeAtomic(d.File(name, t), blank.Bytes()); err != nil {
				return fmt.Errorf("write tile: %w", err)
			}
		}
	}
	return nil
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

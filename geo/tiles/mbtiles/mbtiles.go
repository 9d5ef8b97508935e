package mbtiles

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb/maptile"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/internal/safefile"
)

// ErrNotMBTiles is returned for a file that is not an SQLite database, is
// damaged, or lacks the metadata or tiles table.
var ErrNotMBTiles = errors.New("mbtiles: not a readable MBTiles file")

// Source serves the raster tiles of one MBTiles file. It is safe for
// concurrent use. Close it when done.
type Source struct {
	path string
	db   *sql.DB
	md   Metadata
	info tiles.Info
}

var _ tiles.Source = (*Source)(nil)

// Open opens the MBTiles file at path read-only, checks its tables and
// metadata, and returns a Source. Every error names the file; errors.Is
// tells ErrNotMBTiles, ErrVectorTiles, ErrUnsupportedFormat,
// ErrBadMetadata and fs.ErrNotExist apart.
func Open(ctx context.Context, path string) (*Source, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("mbtiles: %s: %w", path, err)
	}
	// A regular file we may read: a FIFO or a directory is refused at
	// once, and a file we may not read says so (not "damaged").
	f, err := safefile.Open(abs)
	if err != nil {
		if errors.Is(err, safefile.ErrNotRegular) {
			return nil, fmt.Errorf("%w: %w", ErrNotMBTiles, err)
		}
		return nil, fmt.Errorf("mbtiles: open %s: %w", path, err)
	}
	f.Close()
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("mbtiles: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	s := &Source{path: abs, db: db}
	if err := s.load(ctx, path); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// dsn builds a read-only SQLite URI for an absolute path, percent-encoding
// characters such as '?', '#' and '%'. It is not "immutable": SQLite's
// locks then keep reads consistent while another program rewrites the
// file.
func dsn(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: /C:/...
	}
	u := url.URL{Scheme: "file", Path: p}
	return u.String() + "?mode=ro"
}

// load checks the schema, reads metadata and fills in what it lacks.
func (s *Source) load(ctx context.Context, path string) error {
	broken := func(why string, err error) error {
		if err != nil {
			return fmt.Errorf("%w: %s: %s: %v", ErrNotMBTiles, path, why, err)
		}
		return fmt.Errorf("%w: %s: %s", ErrNotMBTiles, path, why)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name IN ('metadata','tiles')`)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return broken("not an SQLite database or damaged", err)
	}
	have := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return broken("reading schema", err)
		}
		have[n] = true
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return broken("reading schema", err)
	}
	for _, t := range []string{"metadata", "tiles"} {
		if !have[t] {
			return broken("no "+t+" table", nil)
		}
	}

	kv := map[string]string{}
	rows, err = s.db.QueryContext(ctx, `SELECT name, value FROM metadata`)
	if err != nil {
		return broken("reading metadata", err)
	}
	for rows.Next() {
		var k, v sql.NullString
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return broken("reading metadata", err)
		}
		if k.Valid {
			kv[strings.ToLower(strings.TrimSpace(k.String))] = v.String
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return broken("reading metadata", err)
	}
	md, err := ParseMetadata(kv)
	if err != nil {
		return fmt.Errorf("mbtiles: %s: %w", path, err)
	}

	// A sample tile gives the format when metadata lacks it, and the size.
	var sample []byte
	// The first 64 KiB hold any tile's header; a huge blob is not read.
	err = s.db.QueryRowContext(ctx, `SELECT substr(tile_data, 1, 65536) FROM tiles LIMIT 1`).Scan(&sample)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return broken("reading tiles", err)
	}
	size := 256
	if len(sample) > 0 {
		format, cfg, err := tiles.Sniff(sample)
		if err != nil {
			if md.Format == "" && (isGzip(sample) || isZlib(sample)) {
				return fmt.Errorf("mbtiles: %s: %w", path, ErrVectorTiles)
			}
			if md.Format == "" {
				return fmt.Errorf("mbtiles: %s: first tile: %w", path, err)
			}
		} else {
			if md.Format == "" {
				md.Format = strings.Replace(format, "jpeg", "jpg", 1) // MBTiles says "jpg"
			}
			if cfg.Width == cfg.Height && cfg.Width >= 64 && cfg.Width <= 1024 {
				size = cfg.Width
			}
		}
	}
	if md.Format == "" {
		md.Format = "png"
	}

	if md.MinZoom < 0 || md.MaxZoom < 0 {
		var lo, hi sql.NullInt64
		if err := s.db.QueryRowContext(ctx, `SELECT min(zoom_level), max(zoom_level) FROM tiles`).Scan(&lo, &hi); err != nil {
			return broken("reading zoom levels", err)
		}
		if md.MinZoom < 0 {
			md.MinZoom = int(min(max(lo.Int64, 0), maxZoom))
		}
		if md.MaxZoom < 0 {
			md.MaxZoom = int(min(max(hi.Int64, 0), maxZoom))
		}
		if md.MinZoom > md.MaxZoom {
			md.MinZoom = md.MaxZoom
		}
	}

	name := md.Name
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	}
	sum := sha256.Sum256([]byte(s.path))
	s.md = md
	s.info = tiles.Info{
		ID:          "mbtiles-" + hex.EncodeToString(sum[:])[:10],
		Name:        name,
		Attribution: md.Attribution,
		MinZoom:     maptile.Zoom(md.MinZoom),
		MaxZoom:     maptile.Zoom(md.MaxZoom),
		TileSize:    size,
	}
	return nil
}

// Info implements tiles.Source. ID is "mbtiles-" and a short hash of the
// file's absolute path; Name is the metadata name or the file name.
func (s *Source) Info() tiles.Info { return s.info }

// Metadata returns the file's parsed metadata, with format and zooms
// filled in from the tiles when the metadata table lacked them.
func (s *Source) Metadata() Metadata { return s.md }

// Path returns the absolute path of the file.
func (s *Source) Path() string { return s.path }

// Close closes the database.
func (s *Source) Close() error { return s.db.Close() }

// TileData returns the stored bytes of XYZ tile t, or an error wrapping
// tiles.ErrNoTile when the file does not hold it.
func (s *Source) TileData(ctx context.Context, t maptile.Tile) ([]byte, error) {
	if t.Z > maxZoom || int(t.Z) < s.md.MinZoom || int(t.Z) > s.md.MaxZoom {
		return nil, fmt.Errorf("mbtiles: %s tile %d/%d/%d: %w", filepath.Base(s.path), t.Z, t.X, t.Y, tiles.ErrNoTile)
	}
	n := uint64(1) << t.Z
	if uint64(t.X) >= n || uint64(t.Y) >= n {
		return nil, fmt.Errorf("mbtiles: %s tile %d/%d/%d: %w", filepath.Base(s.path), t.Z, t.X, t.Y, tiles.ErrNoTile)
	}
	row := n - 1 - uint64(t.Y) // TMS: rows count from the south
	var (
		data []byte
		size int64
	)
	// A blob over the limit is measured, never read into memory.
	err := s.db.QueryRowContext(ctx,
		`SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END, length(tile_data) FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`,
		int64(tiles.MaxTileBytes), int64(t.Z), int64(t.X), int64(row)).Scan(&data, &size)
	switch {
	case err == nil && size > tiles.MaxTileBytes:
		return nil, fmt.Errorf("mbtiles: %s tile %d/%d/%d: %w: %d bytes, more than %d", filepath.Base(s.path), t.Z, t.X, t.Y, tiles.ErrBadTile, size, tiles.MaxTileBytes)
	case errors.Is(err, sql.ErrNoRows):
		return nil, fmt.Errorf("mbtiles: %s tile %d/%d/%d: %w", filepath.Base(s.path), t.Z, t.X, t.Y, tiles.ErrNoTile)
	case err != nil:
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%w: %s tile %d/%d/%d: %w", ErrNotMBTiles, s.path, t.Z, t.X, t.Y, err)
	case len(data) == 0:
		return nil, fmt.Errorf("mbtiles: %s tile %d/%d/%d: %w", filepath.Base(s.path), t.Z, t.X, t.Y, tiles.ErrNoTile)
	}
	return data, nil
}

// Tile implements tiles.Source: it reads and decodes XYZ tile t. A tile
// that is not PNG, JPEG or WebP, or does not decode, is an error wrapping
// tiles.ErrBadTile.
func (s *Source) Tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	data, err := s.TileData(ctx, t)
	if err != nil {
		return nil, err
	}
	img, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("mbtiles: %s tile %d/%d/%d: %w", filepath.Base(s.path), t.Z, t.X, t.Y, err)
	}
	return img, nil
}

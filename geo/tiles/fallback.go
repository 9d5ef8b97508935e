package tiles

import (
	"context"
	"errors"
	"image"

	"github.com/paulmach/orb/maptile"
)

// Fallback serves tiles from a primary source and, where the primary
// fails (offline, server errors, garbage, no such tile), from a secondary
// one, usually the embedded basemap, so the map never shows holes. It
// reports each fallback so the UI can say so in its status line.
type Fallback struct {
	primary, secondary Source
	onFallback         func(t maptile.Tile, err error)
}

// NewFallback returns a source that tries primary first, then secondary.
// onFallback (may be nil) is called, on the fetching goroutine, with the
// primary's error whenever the secondary stood in.
func NewFallback(primary, secondary Source, onFallback func(t maptile.Tile, err error)) *Fallback {
	return &Fallback{primary: primary, secondary: secondary, onFallback: onFallback}
}

// Info describes the primary source.
func (f *Fallback) Info() Info { return f.primary.Info() }

// Primary returns the source tried first.
func (f *Fallback) Primary() Source { return f.primary }

// Tile returns the primary's tile, or the secondary's when the primary
// fails for any reason but cancellation.
func (f *Fallback) Tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	img, err := f.primary.Tile(ctx, t)
	if err == nil || ctx.Err() != nil || errors.Is(err, context.Canceled) {
		return img, err
	}
	alt, err2 := f.secondary.Tile(ctx, t)
	if err2 != nil {
		return nil, err
	}
	if f.onFallback != nil {
		f.onFallback(t, err)
	}
	return alt, nil
}

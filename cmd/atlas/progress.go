package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
)

// progressDelay is how long a fetch of basemap tiles runs before its
// progress is shown, and then how often a line is printed.
const progressDelay = time.Second

// tileProgress prints on stderr how a long fetch of basemap tiles goes:
// nothing for a fetch shorter than progressDelay, then a line at most every
// progressDelay and the count reached at the end. It is safe for the
// fetching goroutines to call report at once.
type tileProgress struct {
	w   io.Writer
	now func() time.Time

	mu          sync.Mutex
	start, last time.Time
	done, total int
	shown       bool
}

func newTileProgress(w io.Writer) *tileProgress { return &tileProgress{w: w, now: time.Now} }

// report is render.Scene.Progress: done of total source tiles are ready.
func (p *tileProgress) report(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if p.start.IsZero() || total != p.total {
		p.start, p.last, p.total, p.shown = now, now, total, false
	}
	p.done = max(p.done, done)
	if now.Sub(p.last) >= progressDelay {
		fmt.Fprintf(p.w, "basemap tiles: %d of %d\n", p.done, p.total)
		p.last, p.shown = now, true
	}
}

// finish prints the last count of a fetch whose progress was shown, and
// readies p for the next one.
func (p *tileProgress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprintf(p.w, "basemap tiles: %d of %d\n", p.done, p.total)
	}
	p.start, p.done, p.total, p.shown = time.Time{}, 0, 0, false
}

// explainRenderError adds to a render error what the user can do about
// it with this command's flags.
func explainRenderError(err error, basemap string) error {
	switch {
	case errors.Is(err, render.ErrBulk):
		return fmt.Errorf("%w\n(-allow-bulk lifts the limit, for a tile server you run yourself)", err)
	case errors.Is(err, render.ErrMissingTiles) && basemap == catalog.Embedded:
		return fmt.Errorf("%w\n(pass -allow-gaps to write the image with holes)", err)
	case errors.Is(err, render.ErrMissingTiles):
		return fmt.Errorf("%w\n(the basemap %q could not supply them; try again online, pick another -basemap, or pass -allow-gaps to write the image with holes)", err, basemap)
	}
	return err
}

package tiles

import (
	"context"
	"image"
	"sync"
	"time"

	"github.com/paulmach/orb/maptile"
)

// ReadyFunc is told when a requested tile has been produced or has failed.
// It runs on a loader goroutine, never the caller's: UI code must hand the
// result to its own goroutine (fyne.Do) before touching widgets.
type ReadyFunc func(t maptile.Tile, img image.Image, err error)

// LoaderOptions tune a Loader. Zero values pick sensible defaults.
type LoaderOptions struct {
	Workers    int           // concurrent Tile calls; default 2
	CacheSize  int           // decoded tiles kept in memory; default 512
	RetryAfter time.Duration // how long a failed tile is not asked for again; default 15s
}

// Loader fetches tiles from a Source off the caller's goroutine. Each call
// to Want replaces the previous request: queued tiles no longer wanted are
// dropped and in-flight ones are cancelled, so the newest request wins.
type Loader struct {
	src     Source
	cache   *Cache
	onReady ReadyFunc
	retry   time.Duration
	now     func() time.Time

	mu       sync.Mutex
	cond     *sync.Cond
	queue    []maptile.Tile
	inflight map[maptile.Tile]context.CancelFunc
	failed   map[maptile.Tile]time.Time
	closed   bool
	base     context.Context
	stop     context.CancelFunc
	wg       sync.WaitGroup
}

// NewLoader starts a loader's workers. Call Close to stop them.
func NewLoader(src Source, opts LoaderOptions, onReady ReadyFunc) *Loader {
	if opts.Workers <= 0 {
		opts.Workers = 2
	}
	if opts.CacheSize <= 0 {
		opts.CacheSize = 512
	}
	if opts.RetryAfter <= 0 {
		opts.RetryAfter = 15 * time.Second
	}
	base, stop := context.WithCancel(context.Background())
	l := &Loader{src: src, cache: NewCache(opts.CacheSize), onReady: onReady, retry: opts.RetryAfter,
		now: time.Now, inflight: map[maptile.Tile]context.CancelFunc{}, failed: map[maptile.Tile]time.Time{},
		base: base, stop: stop}
	l.cond = sync.NewCond(&l.mu)
	l.wg.Add(opts.Workers)
	for i := 0; i < opts.Workers; i++ {
		go l.work()
	}
	return l
}

// Source returns the source the loader fetches from.
func (l *Loader) Source() Source { return l.src }

// Cached returns a tile if it is in memory. It never does I/O, so it is
// safe to call from a draw path.
func (l *Loader) Cached(t maptile.Tile) (image.Image, bool) { return l.cache.Get(t) }

// SetCacheSize sets how many decoded tiles the loader keeps in memory (at
// least 1); when it shrinks, the least recently used go at once.
func (l *Loader) SetCacheSize(n int) { l.cache.Resize(n) }

// Want declares the tiles needed now, most important first. Tiles already
// cached, in flight or recently failed are not asked for again; in-flight
// tiles missing from the list are cancelled.
func (l *Loader) Want(tiles []maptile.Tile) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	wanted := make(map[maptile.Tile]bool, len(tiles))
	l.queue = l.queue[:0]
	now := l.now()
	for _, t := range tiles {
		if wanted[t] {
			continue
		}
		wanted[t] = true
		if _, ok := l.inflight[t]; ok {
			continue
		}
		if at, ok := l.failed[t]; ok && now.Sub(at) < l.retry {
			continue
		}
		if _, ok := l.cache.Get(t); ok {
			continue
		}
		l.queue = append(l.queue, t)
	}
	for t, cancel := range l.inflight {
		if !wanted[t] {
			cancel()
		}
	}
	l.cond.Broadcast()
}

// Pending reports how many tiles are queued or in flight.
func (l *Loader) Pending() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue) + len(l.inflight)
}

// Close cancels all work and waits for the workers to stop.
func (l *Loader) Close() {
	l.mu.Lock()
	l.closed = true
	l.queue = nil
	l.mu.Unlock()
	l.stop()
	l.cond.Broadcast()
	l.wg.Wait()
}

func (l *Loader) next() (maptile.Tile, context.Context, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for len(l.queue) == 0 && !l.closed {
		l.cond.Wait()
	}
	if l.closed {
		return maptile.Tile{}, nil, false
	}
	t := l.queue[0]
	l.queue = l.queue[1:]
	ctx, cancel := context.WithCancel(l.base)
	l.inflight[t] = cancel
	return t, ctx, true
}

func (l *Loader) work() {
	defer l.wg.Done()
	for {
		t, ctx, ok := l.next()
		if !ok {
			return
		}
		img, err := l.src.Tile(ctx, t)
		cancelled := ctx.Err() != nil
		l.mu.Lock()
		if cancel, ok := l.inflight[t]; ok {
			cancel()
			delete(l.inflight, t)
		}
		switch {
		case err == nil:
			l.cache.Add(t, img)
			delete(l.failed, t)
		case !cancelled:
			l.failed[t] = l.now()
		}
		l.mu.Unlock()
		if cancelled || l.onReady == nil {
			continue
		}
		l.onReady(t, img, err)
	}
}

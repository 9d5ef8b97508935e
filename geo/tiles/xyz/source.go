package xyz

import (
	"context"
	"errors"
	"fmt"
	"image"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Source is a tiles.Source for one XYZ provider, backed by a Cache. It is
// safe for concurrent use. It fetches only the tiles it is asked for.
type Source struct {
	p      Provider
	opt    Options
	ua     string
	root   string // DiskCache root, "" for an injected Cache
	cache  Cache
	client *http.Client
	sem    chan struct{}

	mu           sync.Mutex
	notBefore    time.Time     // no request before this (after a 429)
	held         time.Duration // how long requests were held for 429s since the last tile came
	timeouts     int           // requests in a row that timed out
	offlineUntil time.Time
	offlineWhy   error // why the provider counts as unreachable
	status       Status
	inflight     map[maptile.Tile]*call
}

var _ tiles.Source = (*Source)(nil)

// call is one in-flight Tile computation shared by concurrent callers.
type call struct {
	done chan struct{}
	img  image.Image
	err  error
}

// New returns a Source for p. It validates p, resolves the cache root and
// builds the Source's own http.Client; it makes no request.
func New(p Provider, opt Options) (*Source, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	opt = opt.withDefaults(p)
	s := &Source{
		p:        p,
		opt:      opt,
		ua:       opt.UserAgent(),
		cache:    opt.Cache,
		sem:      make(chan struct{}, opt.MaxConns),
		inflight: make(map[maptile.Tile]*call),
	}
	s.status.Provider = p.Name
	if s.cache == nil {
		root := opt.CacheRoot
		if root == "" {
			var err error
			if root, err = tiles.DefaultCacheRoot(); err != nil {
				return nil, err
			}
		}
		s.root = root
		s.cache = NewDiskCache(root)
	}
	dialer := &net.Dialer{Timeout: opt.DialTimeout, KeepAlive: 30 * time.Second}
	s.client = &http.Client{
		Timeout: opt.RequestTimeout,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   opt.TLSTimeout,
			ResponseHeaderTimeout: opt.HeaderTimeout,
			MaxConnsPerHost:       opt.MaxConns,
			MaxIdleConnsPerHost:   opt.MaxConns,
			IdleConnTimeout:       90 * time.Second,
			ForceAttemptHTTP2:     true,
		},
	}
	return s, nil
}

// Info implements tiles.Source.
func (s *Source) Info() tiles.Info { return s.p.Info() }

// Provider returns the provider the Source fetches from.
func (s *Source) Provider() Provider { return s.p }

// UserAgent returns the User-Agent header the Source sends.
func (s *Source) UserAgent() string { return s.ua }

// CacheRoot returns the DiskCache root (the directory to give
// sm.NewTileCache), or "" when Options.Cache replaced the disk cache.
func (s *Source) CacheRoot() string { return s.root }

// Status returns a snapshot of the Source's health.
func (s *Source) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.status
	st.Offline = s.opt.Now().Before(s.offlineUntil)
	return st
}

// Close releases idle connections. Calls in flight finish normally.
func (s *Source) Close() error {
	s.client.CloseIdleConnections()
	return nil
}

// Tile implements tiles.Source. A fresh cached tile is served with no
// request; a stale one is revalidated and, if the server cannot be
// reached or misbehaves, served anyway (reported as EventStale). Tiles
// outside the provider's zoom range yield tiles.ErrNoTile without a
// request. Other failures are *FetchError.
func (s *Source) Tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	if !s.p.covers(t) {
		return nil, fmt.Errorf("%s tile %d/%d/%d: %w", s.p.ID, t.Z, t.X, t.Y, tiles.ErrNoTile)
	}
	for {
		s.mu.Lock()
		c, busy := s.inflight[t]
		if !busy {
			c = &call{done: make(chan struct{})}
			s.inflight[t] = c
		}
		s.mu.Unlock()
		if !busy {
			c.img, c.err = s.tile(ctx, t)
			s.mu.Lock()
			delete(s.inflight, t)
			s.mu.Unlock()
			close(c.done)
			return c.img, c.err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-c.done:
		}
		// The leader may have been cancelled while we still want the tile.
		if c.err != nil && ctx.Err() == nil &&
			(errors.Is(c.err, context.Canceled) || errors.Is(c.err, context.DeadlineExceeded)) {
			continue
		}
		return c.img, c.err
	}
}

// tile does the work of Tile for one caller.
func (s *Source) tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	var (
		cached image.Image
		meta   Meta
	)
	body, m, err := s.cache.Load(ctx, s.p.ID, t)
	switch {
	case err == nil:
		img, derr := s.decode(body)
		if derr != nil {
			rerr := s.cache.Remove(ctx, s.p.ID, t)
			s.event(Event{Kind: EventCorrupt, Tile: t, Err: errors.Join(derr, rerr)})
			break
		}
		if m.Fresh(s.opt.Now()) {
			s.event(Event{Kind: EventCache, Tile: t})
			return img, nil
		}
		cached, meta = img, m
	case errors.Is(err, ErrCacheMiss):
	case ctx.Err() != nil:
		return nil, err
	default:
		// An unreadable cache entry is treated as corrupt.
		rerr := s.cache.Remove(ctx, s.p.ID, t)
		s.event(Event{Kind: EventCorrupt, Tile: t, Err: errors.Join(err, rerr)})
	}

	url := s.p.URL(t)
	var cond *Meta
	if cached != nil {
		cond = &meta
	}
	resp, ferr := s.fetch(ctx, t, url, cond)
	if ferr == nil && resp.status == http.StatusNotModified {
		if cached == nil {
			ferr = s.fetchErr(t, url, resp.status, resp.attempts, fmt.Errorf("%w: 304 without a conditional request", ErrHTTPStatus))
		} else {
			now := s.opt.Now()
			pol := policyFor(resp.header, now, s.opt.DefaultTTL)
			meta.Expires, meta.Fetched, meta.URL = pol.expires, now, url
			if et := resp.header.Get("ETag"); et != "" {
				meta.ETag = et
			}
			if lm := resp.header.Get("Last-Modified"); lm != "" {
				meta.LastModified = lm
			}
			if err := s.cache.StoreMeta(ctx, s.p.ID, t, meta); err != nil && ctx.Err() == nil {
				s.event(Event{Kind: EventRevalidated, Tile: t, Err: err})
				return cached, nil
			}
			s.event(Event{Kind: EventRevalidated, Tile: t})
			return cached, nil
		}
	}
	var img image.Image
	if ferr == nil {
		var derr error
		img, derr = s.decode(resp.body)
		if derr != nil {
			ferr = s.fetchErr(t, url, resp.status, resp.attempts, derr) // never cached
		}
	}
	if ferr != nil {
		if ctx.Err() != nil {
			// The caller gave up; that is no fault of the provider.
			return nil, ferr
		}
		if errors.Is(ferr, tiles.ErrNoTile) {
			if cached != nil {
				_ = s.cache.Remove(ctx, s.p.ID, t)
			}
			s.event(Event{Kind: EventFailed, Tile: t, Err: ferr})
			return nil, ferr
		}
		if cached != nil {
			s.event(Event{Kind: EventStale, Tile: t, Err: ferr})
			return cached, nil
		}
		s.event(Event{Kind: EventFailed, Tile: t, Err: ferr})
		return nil, ferr
	}
	now := s.opt.Now()
	pol := policyFor(resp.header, now, s.opt.DefaultTTL)
	if pol.storable {
		m := Meta{
			ETag:         resp.header.Get("ETag"),
			LastModified: resp.header.Get("Last-Modified"),
			Expires:      pol.expires,
			Fetched:      now,
			URL:          url,
		}
		if err := s.cache.Store(ctx, s.p.ID, t, resp.body, m); err != nil && ctx.Err() == nil {
			// The tile is good; only caching failed. Report, still serve.
			s.event(Event{Kind: EventNetwork, Tile: t, Err: err})
			return img, nil
		}
	}
	s.event(Event{Kind: EventNetwork, Tile: t})
	return img, nil
}

// decode decodes a tile's bytes (headers checked first, see tiles.Decode)
// and refuses an image that is not of the provider's tile size: a server
// sending the wrong tiles would otherwise fill the map with them, and the
// cache would keep them.
func (s *Source) decode(body []byte) (image.Image, error) {
	img, _, err := tiles.Decode(body)
	if err != nil {
		return nil, err
	}
	size := s.p.Info().TileSize
	if b := img.Bounds(); size > 0 && (b.Dx() != size || b.Dy() != size) {
		return nil, fmt.Errorf("%w: %dx%d pixels, not the provider's %dx%d", tiles.ErrBadTile, b.Dx(), b.Dy(), size, size)
	}
	return img, nil
}

// event updates Status and calls Options.OnEvent.
func (s *Source) event(e Event) {
	e.Provider = s.p.ID
	s.mu.Lock()
	switch e.Kind {
	case EventNetwork:
		s.status.Network++
	case EventCache:
		s.status.Cache++
	case EventRevalidated:
		s.status.Revalidated++
	case EventStale:
		s.status.Stale++
	case EventCorrupt:
		s.status.Corrupt++
	case EventFailed:
		s.status.Failed++
	}
	switch {
	case e.Kind == EventNetwork || e.Kind == EventRevalidated:
		s.status.LastErr = nil
		s.status.LastErrAt = time.Time{}
	case (e.Kind == EventStale || e.Kind == EventFailed) && !errors.Is(e.Err, tiles.ErrNoTile):
		s.status.LastErr = e.Err
		s.status.LastErrAt = s.opt.Now()
	}
	s.mu.Unlock()
	if s.opt.OnEvent != nil {
		s.opt.OnEvent(e)
	}
}

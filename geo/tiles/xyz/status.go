package xyz

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// EventKind says how a Tile call ended.
type EventKind int

const (
	// EventNetwork: the tile was downloaded (200).
	EventNetwork EventKind = iota
	// EventCache: a fresh tile was served from disk with no request.
	EventCache
	// EventRevalidated: a stale tile was confirmed by a 304.
	EventRevalidated
	// EventStale: refreshing failed and the stale cached tile was served;
	// Event.Err says why.
	EventStale
	// EventCorrupt: a cached file did not decode and was removed; a fetch
	// follows.
	EventCorrupt
	// EventFailed: no tile could be served; Event.Err says why.
	EventFailed
)

// String implements fmt.Stringer.
func (k EventKind) String() string {
	switch k {
	case EventNetwork:
		return "network"
	case EventCache:
		return "cache"
	case EventRevalidated:
		return "revalidated"
	case EventStale:
		return "stale"
	case EventCorrupt:
		return "corrupt-cache"
	case EventFailed:
		return "failed"
	}
	return fmt.Sprintf("EventKind(%d)", int(k))
}

// Event reports one outcome of a Source.
type Event struct {
	Kind     EventKind
	Provider string
	Tile     maptile.Tile
	Err      error
}

// Status is a snapshot of a Source's health for a status line.
type Status struct {
	// Provider is the provider's display name.
	Provider string
	// Counters of outcomes since the Source was made.
	Network, Cache, Revalidated, Stale, Corrupt, Failed int
	// Offline is true while the provider is considered unreachable.
	Offline bool
	// LastErr is the most recent failure (tiles.ErrNoTile excluded),
	// cleared by the next successful request to the server.
	LastErr error
	// LastErrAt is when LastErr happened.
	LastErrAt time.Time
}

// Line returns a short sentence for the status bar, or "" when the
// provider is healthy.
func (s Status) Line() string {
	switch {
	case s.Offline:
		return s.Provider + ": offline, showing cached tiles and the built-in basemap"
	case s.LastErr != nil:
		return s.Provider + ": " + Describe(s.LastErr)
	}
	return ""
}

// Describe turns a Source error into a few words for users, e.g.
// "offline", "server error (HTTP 503)", "tile is not an image".
func Describe(err error) string {
	var fe *FetchError
	code := 0
	if errors.As(err, &fe) {
		code = fe.StatusCode
	}
	withCode := func(s string) string {
		if code != 0 {
			return fmt.Sprintf("%s (HTTP %d)", s, code)
		}
		return s
	}
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrOffline):
		return "offline"
	case errors.Is(err, ErrTimeout):
		return "server too slow (timed out)"
	case errors.Is(err, ErrRateLimited):
		return withCode("server is rate limiting, try later")
	case errors.Is(err, ErrServer):
		return withCode("server error")
	case errors.Is(err, ErrHTTPStatus):
		return withCode("server refused the request")
	case errors.Is(err, tiles.ErrBadTile):
		return "server sent something that is not a tile image"
	case errors.Is(err, tiles.ErrNoTile):
		return "no tile here"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "cancelled"
	}
	return "error: " + err.Error()
}

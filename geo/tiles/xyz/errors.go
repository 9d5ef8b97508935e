package xyz

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/paulmach/orb/maptile"
)

// ErrUnknownProvider is returned by ProviderByName for a name that is
// neither a preset nor a URL template.
var ErrUnknownProvider = errors.New("xyz: unknown tile provider")

// ErrBadTemplate is returned for a URL template without http(s), a host,
// or all of {z}, {x} and {y}.
var ErrBadTemplate = errors.New("xyz: bad tile URL template")

// ErrOffline is returned when the provider cannot be reached: DNS failure,
// connection refused, no route, or a recent such failure (see
// Options.OfflineCooldown).
var ErrOffline = errors.New("xyz: tile server unreachable (offline?)")

// ErrTimeout is returned when a request exceeds one of the client's
// timeouts.
var ErrTimeout = errors.New("xyz: tile request timed out")

// ErrRateLimited is returned when the server still answers 429 after the
// allowed attempts, or asks to wait longer than Options.MaxRetryAfter.
var ErrRateLimited = errors.New("xyz: tile server is rate limiting")

// ErrServer is returned when the server still answers 5xx after the
// allowed attempts.
var ErrServer = errors.New("xyz: tile server error")

// ErrHTTPStatus is returned for any other unexpected HTTP status, such as
// 403 from a provider that blocks the client.
var ErrHTTPStatus = errors.New("xyz: unexpected HTTP status")

// FetchError describes a failed tile fetch. Err is one of the package's
// sentinels, tiles.ErrNoTile, tiles.ErrBadTile or a context error, so
// errors.Is works through it.
type FetchError struct {
	// Provider is the provider ID.
	Provider string
	// Tile is the tile that was asked for.
	Tile maptile.Tile
	// URL is the address that was fetched.
	URL string
	// StatusCode is the last HTTP status seen, 0 if none.
	StatusCode int
	// Attempts is how many requests were made.
	Attempts int
	// Err is the cause.
	Err error
}

// Error implements error.
func (e *FetchError) Error() string {
	msg := fmt.Sprintf("fetch %s tile %d/%d/%d from %s", e.Provider, e.Tile.Z, e.Tile.X, e.Tile.Y, e.URL)
	if e.StatusCode != 0 {
		msg += fmt.Sprintf(": HTTP %d %s", e.StatusCode, http.StatusText(e.StatusCode))
	}
	if e.Attempts > 1 {
		msg += fmt.Sprintf(" after %d attempts", e.Attempts)
	}
	return msg + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *FetchError) Unwrap() error { return e.Err }

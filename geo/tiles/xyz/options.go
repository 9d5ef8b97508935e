package xyz

import (
	"time"
)

// DefaultContact is put in the User-Agent when Options.Contact is empty.
const DefaultContact = "https://github.com/perutraffickingatlas/atlas"

// Options configure a Source. The zero value gives production defaults;
// tests shorten the durations so that faults take milliseconds.
type Options struct {
	// Version is the application version named in the User-Agent
	// ("PeruTraffickingAtlas/<Version> (+<Contact>)"). Default "dev".
	Version string
	// Contact is a project URL or e-mail address for the User-Agent.
	Contact string

	// CacheRoot is the DiskCache root. Default tiles.DefaultCacheRoot().
	CacheRoot string
	// Cache replaces the DiskCache entirely when set (CacheRoot is then
	// ignored).
	Cache Cache
	// DefaultTTL is the freshness of a tile sent without caching headers.
	// Default DefaultTTL (seven days).
	DefaultTTL time.Duration

	// MaxConns bounds concurrent requests. Default the provider's
	// MaxConns, else 2.
	MaxConns int
	// DialTimeout bounds connecting. Default 5 s.
	DialTimeout time.Duration
	// TLSTimeout bounds the TLS handshake. Default 10 s.
	TLSTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers. Default 15 s.
	HeaderTimeout time.Duration
	// RequestTimeout bounds one whole request, body included. Default 30 s.
	RequestTimeout time.Duration

	// MaxAttempts bounds requests per tile, retries included. Default 4.
	MaxAttempts int
	// BackoffBase is the first retry delay; it doubles per attempt, with
	// jitter. Default 500 ms.
	BackoffBase time.Duration
	// BackoffMax caps one computed backoff delay. Default 8 s.
	BackoffMax time.Duration
	// MaxRetryAfter is the longest Retry-After the Source will wait; a
	// longer one ends the fetch with ErrRateLimited or ErrServer.
	// Default 60 s.
	MaxRetryAfter time.Duration
	// RateLimitBudget bounds the time the Source holds all its requests
	// for a rate-limiting server (429) in one run of them, until a tile
	// comes through: past it, requests fail with ErrRateLimited at once.
	// Default 30 s.
	RateLimitBudget time.Duration
	// MaxTimeouts is how many requests in a row may time out before the
	// provider counts as unreachable (see OfflineCooldown), so a hung
	// server fails the remaining tiles at once. Default 3.
	MaxTimeouts int
	// OfflineCooldown is how long, after the provider was unreachable,
	// requests fail fast with ErrOffline instead of dialling again (stale
	// cached tiles are still served). Default 15 s; negative disables.
	OfflineCooldown time.Duration

	// OnEvent, when set, is called after every Tile call with what
	// happened. It runs on the fetching goroutine and must not block;
	// a UI hands it to its own goroutine (e.g. fyne.Do).
	OnEvent func(Event)
	// Now replaces time.Now (tests).
	Now func() time.Time
}

func (o Options) withDefaults(p Provider) Options {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.Version == "" {
		o.Version = "dev"
	}
	if o.Contact == "" {
		o.Contact = DefaultContact
	}
	def(&o.DefaultTTL, DefaultTTL)
	if o.MaxConns <= 0 {
		o.MaxConns = p.MaxConns
	}
	if o.MaxConns <= 0 {
		o.MaxConns = 2
	}
	def(&o.DialTimeout, 5*time.Second)
	def(&o.TLSTimeout, 10*time.Second)
	def(&o.HeaderTimeout, 15*time.Second)
	def(&o.RequestTimeout, 30*time.Second)
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 4
	}
	def(&o.BackoffBase, 500*time.Millisecond)
	def(&o.BackoffMax, 8*time.Second)
	def(&o.MaxRetryAfter, 60*time.Second)
	def(&o.RateLimitBudget, 30*time.Second)
	if o.MaxTimeouts <= 0 {
		o.MaxTimeouts = 3
	}
	if o.OfflineCooldown == 0 {
		o.OfflineCooldown = 15 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// UserAgent returns the User-Agent a Source with these options sends.
func (o Options) UserAgent() string {
	o = o.withDefaults(Provider{})
	return "PeruTraffickingAtlas/" + o.Version + " (+" + o.Contact + ")"
}

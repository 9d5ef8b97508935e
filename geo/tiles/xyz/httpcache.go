package xyz

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// DefaultTTL is how long a tile stays fresh when the server sends neither
// Cache-Control max-age nor Expires: seven days, as the OpenStreetMap tile
// usage policy asks.
const DefaultTTL = 7 * 24 * time.Hour

// cachePolicy is what the response headers allow.
type cachePolicy struct {
	expires  time.Time
	storable bool
}

// policyFor computes the expiry of a response received at now.
// Cache-Control max-age (minus Age) wins over Expires; no-cache makes the
// tile stale at once (revalidate on every use); no-store forbids writing
// it to disk; with neither header the tile is fresh for defaultTTL.
func policyFor(h http.Header, now time.Time, defaultTTL time.Duration) cachePolicy {
	pol := cachePolicy{storable: true}
	maxAge := -1
	noCache := false
	for _, field := range h.Values("Cache-Control") {
		for _, d := range strings.Split(field, ",") {
			name, val, _ := strings.Cut(strings.TrimSpace(d), "=")
			switch strings.ToLower(strings.TrimSpace(name)) {
			case "no-store":
				pol.storable = false
			case "no-cache":
				noCache = true
			case "max-age":
				n, err := strconv.Atoi(strings.Trim(strings.TrimSpace(val), `"`))
				if err == nil && n >= 0 {
					maxAge = n
				} else {
					maxAge = 0
				}
			}
		}
	}
	switch {
	case noCache:
		pol.expires = now
	case maxAge >= 0:
		age := 0
		if a, err := strconv.Atoi(strings.TrimSpace(h.Get("Age"))); err == nil && a > 0 {
			age = a
		}
		pol.expires = now.Add(time.Duration(maxAge-age) * time.Second)
	case h.Get("Expires") != "":
		exp, err := http.ParseTime(h.Get("Expires"))
		if err != nil {
			// RFC 9111: an invalid Expires means already expired.
			pol.expires = now
			break
		}
		// Correct for clock skew with the server's Date when present.
		if date, err := http.ParseTime(h.Get("Date")); err == nil {
			pol.expires = now.Add(exp.Sub(date))
		} else {
			pol.expires = exp
		}
	default:
		pol.expires = now.Add(defaultTTL)
	}
	return pol
}

package xyz

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// response is a completed HTTP exchange worth acting on (200 or 304).
type response struct {
	status   int
	header   http.Header
	body     []byte
	attempts int
}

func (s *Source) fetchErr(t maptile.Tile, url string, code, attempts int, err error) *FetchError {
	return &FetchError{Provider: s.p.ID, Tile: t, URL: url, StatusCode: code, Attempts: attempts, Err: err}
}

// fetch GETs url, conditionally when cond is non-nil, retrying 429 and
// 5xx with backoff. It returns a 200 or 304 response or a *FetchError.
func (s *Source) fetch(ctx context.Context, t maptile.Tile, url string, cond *Meta) (response, error) {
	lastCode := 0
	for attempt := 1; ; attempt++ {
		if err := s.waitTurn(ctx); err != nil {
			return response{}, s.fetchErr(t, url, lastCode, attempt-1, err)
		}
		if why := s.offline(); why != nil {
			return response{}, s.fetchErr(t, url, 0, attempt-1, why)
		}
		resp, err := s.do(ctx, url, cond)
		if err != nil {
			switch {
			case errors.Is(err, ErrOffline):
				s.markOffline(fmt.Errorf("%w: recently unreachable", ErrOffline))
			case errors.Is(err, ErrTimeout) && s.timedOut():
				s.markOffline(fmt.Errorf("%w: %d requests in a row timed out", ErrOffline, s.opt.MaxTimeouts))
			}
			return response{}, s.fetchErr(t, url, 0, attempt, err)
		}
		s.answered()
		resp.attempts = attempt
		lastCode = resp.status
		var retryErr error
		switch {
		case resp.status == http.StatusOK, resp.status == http.StatusNotModified:
			s.cameThrough()
			return resp, nil
		case resp.status == http.StatusNotFound, resp.status == http.StatusNoContent, resp.status == http.StatusGone:
			return response{}, s.fetchErr(t, url, resp.status, attempt, tiles.ErrNoTile)
		case resp.status == http.StatusTooManyRequests:
			retryErr = ErrRateLimited
		case resp.status >= 500:
			retryErr = ErrServer
		default:
			return response{}, s.fetchErr(t, url, resp.status, attempt, ErrHTTPStatus)
		}
		if attempt >= s.opt.MaxAttempts {
			return response{}, s.fetchErr(t, url, resp.status, attempt, retryErr)
		}
		delay, told := retryAfter(resp.header, s.opt.Now())
		if told && delay > s.opt.MaxRetryAfter {
			return response{}, s.fetchErr(t, url, resp.status, attempt,
				fmt.Errorf("%w: server asks to wait %s", retryErr, delay.Round(time.Second)))
		}
		if !told {
			delay = backoff(s.opt.BackoffBase, s.opt.BackoffMax, attempt)
		}
		if resp.status == http.StatusTooManyRequests {
			// Hold every request to this provider, not just this one,
			// within the budget of holds until a tile comes through.
			if !s.hold(delay) {
				return response{}, s.fetchErr(t, url, resp.status, attempt,
					fmt.Errorf("%w: held %s in all for it, the most allowed", retryErr, s.opt.RateLimitBudget))
			}
			continue
		}
		if err := sleep(ctx, delay); err != nil {
			return response{}, s.fetchErr(t, url, resp.status, attempt, err)
		}
	}
}

// do performs one request under the connection semaphore.
func (s *Source) do(ctx context.Context, url string, cond *Meta) (response, error) {
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return response{}, ctx.Err()
	}
	defer func() { <-s.sem }()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return response{}, fmt.Errorf("%w: %v", ErrHTTPStatus, err)
	}
	req.Header.Set("User-Agent", s.ua)
	req.Header.Set("Accept", "image/png,image/jpeg;q=0.9,*/*;q=0.1")
	if cond != nil {
		if cond.ETag != "" {
			req.Header.Set("If-None-Match", cond.ETag)
		}
		if cond.LastModified != "" {
			req.Header.Set("If-Modified-Since", cond.LastModified)
		}
	}
	res, err := s.client.Do(req)
	if err != nil {
		return response{}, classify(ctx, err)
	}
	defer res.Body.Close()
	r := response{status: res.StatusCode, header: res.Header}
	if res.StatusCode != http.StatusOK {
		// Drain a little so the connection can be reused.
		_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		return r, nil
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, tiles.MaxTileBytes+1))
	if err != nil {
		if c := classify(ctx, err); ctx.Err() != nil || errors.Is(c, ErrTimeout) {
			return response{}, c
		}
		return response{}, fmt.Errorf("%w: truncated body: %v", tiles.ErrBadTile, err)
	}
	if len(body) > tiles.MaxTileBytes {
		return response{}, fmt.Errorf("%w: body larger than %d bytes", tiles.ErrBadTile, tiles.MaxTileBytes)
	}
	r.body = body
	return r, nil
}

// classify maps a transport error to the package's sentinels.
func classify(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var (
		dnsErr *net.DNSError
		opErr  *net.OpError
		netErr net.Error
	)
	switch {
	case errors.As(err, &dnsErr):
		return fmt.Errorf("%w: %v", ErrOffline, err)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("%w: %v", ErrTimeout, err)
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ENETUNREACH),
		errors.Is(err, syscall.EHOSTUNREACH), errors.As(err, &opErr) && opErr.Op == "dial":
		return fmt.Errorf("%w: %v", ErrOffline, err)
	}
	return fmt.Errorf("%w: %v", ErrHTTPStatus, err)
}

// retryAfter parses Retry-After as seconds or an HTTP date.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			n = 0
		}
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

// backoff returns base·2^(attempt-1), capped at max, with jitter in
// [d/2, d].
func backoff(base, max time.Duration, attempt int) time.Duration {
	d := base
	for i := 1; i < attempt && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + rand.N(half+1)
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// waitTurn sleeps until any provider-wide hold (after a 429) is over.
func (s *Source) waitTurn(ctx context.Context) error {
	for {
		s.mu.Lock()
		d := s.notBefore.Sub(s.opt.Now())
		s.mu.Unlock()
		if d <= 0 {
			return ctx.Err()
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}

// hold holds every request for d after a 429, unless that would take the
// holds since a tile last came through past Options.RateLimitBudget; it
// reports whether it held.
func (s *Source) hold(d time.Duration) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held+d > s.opt.RateLimitBudget {
		return false
	}
	s.held += d
	if t := s.opt.Now().Add(d); t.After(s.notBefore) {
		s.notBefore = t
	}
	return true
}

// cameThrough resets the rate-limit budget: the server served a tile.
func (s *Source) cameThrough() {
	s.mu.Lock()
	s.held = 0
	s.mu.Unlock()
}

// answered resets the run of timeouts: the server answered.
func (s *Source) answered() {
	s.mu.Lock()
	s.timeouts = 0
	s.mu.Unlock()
}

// timedOut counts a timed-out request and reports whether that makes
// Options.MaxTimeouts in a row.
func (s *Source) timedOut() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.timeouts++
	return s.timeouts >= s.opt.MaxTimeouts
}

// offline returns why the provider counts as unreachable, or nil.
func (s *Source) offline() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.opt.Now().Before(s.offlineUntil) {
		return s.offlineWhy
	}
	return nil
}

// markOffline makes requests fail with why for Options.OfflineCooldown.
func (s *Source) markOffline(why error) {
	if s.opt.OfflineCooldown < 0 {
		return
	}
	s.mu.Lock()
	s.offlineUntil = s.opt.Now().Add(s.opt.OfflineCooldown)
	s.offlineWhy = why
	s.timeouts = 0
	s.mu.Unlock()
}

package xyz

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb/maptile"
)

// wait blocks until ch is closed, failing tb if that takes 10 seconds.
func wait(tb testing.TB, ch <-chan struct{}, what string) {
	tb.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		tb.Errorf("%s did not happen within 10 s", what)
	}
}

// crowd is a server-side latch: requests wait until n are in flight at
// once, then all go on, and later ones pass straight through.
type crowd struct {
	mu   sync.Mutex
	in   int
	n    int
	full chan struct{}
	once sync.Once
}

func newCrowd(n int) *crowd { return &crowd{n: n, full: make(chan struct{})} }

// handler answers like okPNG once the crowd has been full.
func (c *crowd) handler(tb testing.TB, n int, t maptile.Tile, w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	if c.in++; c.in >= c.n {
		c.once.Do(func() { close(c.full) })
	}
	c.mu.Unlock()
	wait(tb, c.full, fmt.Sprintf("%d requests in flight at once", c.n))
	c.mu.Lock()
	c.in--
	c.mu.Unlock()
	okPNG(tb, n, t, w, r)
}

func TestConcurrencyBound(t *testing.T) {
	tests := []struct {
		desc     string
		maxConns int
	}{
		{desc: "OpenStreetMap policy: two connections", maxConns: 2},
		{desc: "one connection", maxConns: 1},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			// The first requests are held until maxConns of them are in
			// flight together, so the bound is reached, never by luck.
			c := newCrowd(tc.maxConns)
			ts := newTileServer(t, c.handler)
			p := ts.provider(t)
			p.MaxConns = tc.maxConns
			src, err := New(p, fastOptions(t.TempDir()))
			if err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			for i := range 12 {
				wg.Go(func() {
					if _, err := src.Tile(context.Background(), maptile.New(uint32(i), 3, 5)); err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
			if got := ts.maxIn.Load(); got != int32(tc.maxConns) {
				t.Errorf("max in flight %d, want %d", got, tc.maxConns)
			}
			if n := len(ts.seen()); n != 12 {
				t.Errorf("%d requests, want 12", n)
			}
		})
	}
}

func TestSameTileFetchedOnce(t *testing.T) {
	arrived, release := make(chan struct{}), make(chan struct{})
	var first sync.Once
	ts := newTileServer(t, func(tb testing.TB, n int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
		first.Do(func() { close(arrived) })
		wait(tb, release, "the release of the first request")
		okPNG(tb, n, tl, w, r)
	})
	src, err := New(ts.provider(t), fastOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	// The server holds the first request until all ten callers are
	// under way, so they ask while it is in flight.
	var wg, started sync.WaitGroup
	started.Add(10)
	for range 10 {
		wg.Go(func() {
			started.Done()
			if _, err := src.Tile(context.Background(), tile); err != nil {
				t.Error(err)
			}
		})
	}
	started.Wait()
	wait(t, arrived, "the first request")
	close(release)
	wg.Wait()
	if n := len(ts.seen()); n != 1 {
		t.Errorf("%d requests for one tile, want 1", n)
	}
}

func TestCancelReturnsPromptly(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	ts := newTileServer(t, func(_ testing.TB, _ int, _ maptile.Tile, _ http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	opt := fastOptions(t.TempDir())
	opt.HeaderTimeout = 10 * time.Second
	opt.RequestTimeout = 10 * time.Second
	src, err := New(ts.provider(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = src.Tile(ctx, tile)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v, want the caller's deadline", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %s after cancel", d)
	}
	if st := src.Status(); st.Failed != 0 || st.LastErr != nil {
		t.Errorf("a cancelled call is no provider failure: %+v", st)
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	ts := newTileServer(t, func(tb testing.TB, n int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		okPNG(tb, n, tl, w, r)
	})
	src, err := New(ts.provider(t), fastOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := src.Tile(context.Background(), tile); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 900*time.Millisecond {
		t.Errorf("retried after %s, want the 1 s Retry-After", d)
	}
}

func TestOfflineCooldownFailsFast(t *testing.T) {
	ts := newTileServer(t, okPNG)
	p := ts.provider(t)
	ts.Close()
	opt := fastOptions(t.TempDir())
	opt.OfflineCooldown = time.Hour
	src, err := New(p, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := src.Tile(context.Background(), tile); !errors.Is(err, ErrOffline) {
		t.Fatalf("first: %v", err)
	}
	_, err = src.Tile(context.Background(), maptile.New(1, 1, 1))
	var fe *FetchError
	if !errors.As(err, &fe) || !errors.Is(err, ErrOffline) || fe.Attempts != 0 {
		t.Errorf("second: %#v, want ErrOffline without a request", err)
	}
	if !src.Status().Offline {
		t.Error("Status().Offline is false")
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		desc     string
		attempt  int
		min, max time.Duration
	}{
		{desc: "first retry", attempt: 1, min: 50 * time.Millisecond, max: 100 * time.Millisecond},
		{desc: "third retry doubles twice", attempt: 3, min: 200 * time.Millisecond, max: 400 * time.Millisecond},
		{desc: "capped", attempt: 30, min: 500 * time.Millisecond, max: time.Second},
	}
	for _, tc := range tests {
		for range 50 {
			d := backoff(100*time.Millisecond, time.Second, tc.attempt)
			if d < tc.min || d > tc.max {
				t.Errorf("%s: %s not in [%s, %s]", tc.desc, d, tc.min, tc.max)
			}
		}
	}
}

func TestRetryAfterParse(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		desc   string
		value  string
		want   time.Duration
		wantOK bool
	}{
		{desc: "absent", value: "", wantOK: false},
		{desc: "seconds", value: "120", want: 2 * time.Minute, wantOK: true},
		{desc: "negative seconds", value: "-5", want: 0, wantOK: true},
		{desc: "HTTP date", value: now.Add(30 * time.Second).Format(http.TimeFormat), want: 30 * time.Second, wantOK: true},
		{desc: "past date", value: now.Add(-time.Hour).Format(http.TimeFormat), want: 0, wantOK: true},
		{desc: "garbage", value: "soon", wantOK: false},
	}
	for _, tc := range tests {
		h := http.Header{}
		if tc.value != "" {
			h.Set("Retry-After", tc.value)
		}
		got, ok := retryAfter(h, now)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("%s: got %s %v, want %s %v", tc.desc, got, ok, tc.want, tc.wantOK)
		}
	}
}

// TestHungServerFailsFast: after MaxTimeouts requests in a row time out,
// the provider counts as unreachable and the remaining tiles fail at once,
// naming the timeouts, instead of each waiting out its own timeout.
func TestHungServerFailsFast(t *testing.T) {
	release := make(chan struct{})
	ts := newTileServer(t, func(_ testing.TB, _ int, _ maptile.Tile, _ http.ResponseWriter, _ *http.Request) {
		<-release // never answers while the test runs
	})
	defer close(release)
	opt := fastOptions(t.TempDir())
	shortTimeouts(&opt)
	opt.MaxAttempts, opt.MaxConns, opt.MaxTimeouts, opt.OfflineCooldown = 1, 1, 3, time.Minute
	src, err := New(ts.provider(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	var fails []error
	for x := range 10 {
		_, err := src.Tile(context.Background(), maptile.New(uint32(x), 0, 4))
		fails = append(fails, err)
	}
	if n := len(ts.seen()); n != 3 {
		t.Errorf("the hung server got %d requests, want 3 (then the rest fail at once)", n)
	}
	for i, err := range fails {
		if !errors.Is(err, ErrTimeout) && !errors.Is(err, ErrOffline) {
			t.Errorf("tile %d: %v, want a timeout or unreachable error", i, err)
		}
	}
	if last := fails[len(fails)-1]; !strings.Contains(last.Error(), "timed out") {
		t.Errorf("the fast failure %q does not say the requests timed out", last)
	}
}

// TestRateLimitBudget: a server that answers 429 with Retry-After for
// every request holds the client at most RateLimitBudget in all; then
// every tile fails at once with ErrRateLimited.
func TestRateLimitBudget(t *testing.T) {
	ts := newTileServer(t, func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	opt := fastOptions(t.TempDir())
	opt.MaxAttempts, opt.RateLimitBudget = 10, 2*time.Second
	src, err := New(ts.provider(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for x := range 5 {
		if _, err := src.Tile(context.Background(), maptile.New(uint32(x), 0, 4)); !errors.Is(err, ErrRateLimited) {
			t.Fatalf("tile %d: %v, want ErrRateLimited", x, err)
		}
	}
	// two 1 s holds fit the budget; the five tiles together may not wait
	// much longer than that (a generous bound for a loaded machine)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("five rate-limited tiles took %s with a 2 s budget", d)
	}
	if n := len(ts.seen()); n > 8 {
		t.Errorf("%d requests to a rate-limiting server, want few", n)
	}
}

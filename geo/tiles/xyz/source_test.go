package xyz

import (
	"bytes"
	"context"
	"errors"
	"image/color"
	"image/png"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

var tile = maptile.New(300, 500, 10)

// seedCache writes body and meta for tile into the provider's cache.
func seedCache(tb testing.TB, root string, p Provider, body []byte, m Meta) {
	tb.Helper()
	if err := NewDiskCache(root).Store(context.Background(), p.ID, tile, body, m); err != nil {
		tb.Fatal(err)
	}
}

func TestSourceFaults(t *testing.T) {
	staleMeta := Meta{ETag: `"v1"`, LastModified: "Mon, 02 Jan 2006 15:04:05 GMT", Expires: time.Now().Add(-time.Hour)}
	tests := []struct {
		desc string
		// handler scripts the server; nil means the server is down
		// (closed listener: connection refused).
		handler handlerFunc
		// seed prepares the cache before the call.
		seed func(tb testing.TB, root string, p Provider)
		// wantErr is the sentinel expected, nil for success.
		wantErr error
		// wantRequests is how many requests the server must see (-1: any).
		wantRequests int
		wantKind     EventKind
		// opts adjusts the options (nil: fastOptions as they are).
		opts  func(*Options)
		check func(t *testing.T, root string, p Provider, reqs []seen, src *Source)
	}{
		{
			desc: "OK png is served, cached with sidecar, UA sent",
			handler: func(tb testing.TB, n int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Cache-Control", "max-age=86400")
				okPNG(tb, n, tl, w, r)
			},
			wantRequests: 1, wantKind: EventNetwork,
			check: func(t *testing.T, root string, p Provider, reqs []seen, _ *Source) {
				if ua := reqs[0].header.Get("User-Agent"); ua != "PeruTraffickingAtlas/9.9.9-test (+"+DefaultContact+")" {
					t.Errorf("User-Agent = %q", ua)
				}
				if h := reqs[0].header.Get("If-None-Match"); h != "" {
					t.Errorf("unconditional request sent If-None-Match %q", h)
				}
				path := TilePath(root, p.ID, tile)
				body, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("tile not cached: %v", err)
				}
				if _, f, err := tiles.Decode(body); err != nil || f != "png" {
					t.Errorf("cached tile: %s %v", f, err)
				}
				_, m, err := NewDiskCache(root).Load(context.Background(), p.ID, tile)
				if err != nil {
					t.Fatal(err)
				}
				if m.ETag != `"300-500"` || m.LastModified == "" {
					t.Errorf("sidecar validators = %+v", m)
				}
				if d := time.Until(m.Expires); d < 23*time.Hour || d > 25*time.Hour {
					t.Errorf("expiry in %s, want about 24h from max-age", d)
				}
			},
		},
		{
			desc: "OK jpeg without caching headers is fresh for seven days",
			handler: func(tb testing.TB, _ int, tl maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "image/jpeg")
				_, _ = w.Write(jpegBytes(tb, tileColor(tl)))
			},
			wantRequests: 1, wantKind: EventNetwork,
			check: func(t *testing.T, root string, p Provider, _ []seen, _ *Source) {
				_, m, err := NewDiskCache(root).Load(context.Background(), p.ID, tile)
				if err != nil {
					t.Fatal(err)
				}
				if d := time.Until(m.Expires); d < DefaultTTL-time.Minute {
					t.Errorf("expiry in %s, want at least %s", d, DefaultTTL)
				}
			},
		},
		{
			desc: "404 is ErrNoTile and nothing is cached",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, r *http.Request) {
				http.NotFound(w, r)
			},
			wantErr: tiles.ErrNoTile, wantRequests: 1, wantKind: EventFailed,
			check: func(t *testing.T, root string, p Provider, _ []seen, src *Source) {
				if _, err := os.Stat(TilePath(root, p.ID, tile)); err == nil {
					t.Error("404 left a cache file")
				}
				if src.Status().LastErr != nil {
					t.Errorf("404 must not set LastErr: %v", src.Status().LastErr)
				}
			},
		},
		{
			desc: "429 with Retry-After 0 then OK",
			handler: func(tb testing.TB, n int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
				if n == 1 {
					w.Header().Set("Retry-After", "0")
					w.WriteHeader(http.StatusTooManyRequests)
					return
				}
				okPNG(tb, n, tl, w, r)
			},
			wantRequests: 2, wantKind: EventNetwork,
		},
		{
			desc: "429 asking to wait an hour gives up at once",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Retry-After", "3600")
				w.WriteHeader(http.StatusTooManyRequests)
			},
			wantErr: ErrRateLimited, wantRequests: 1, wantKind: EventFailed,
		},
		{
			desc: "429 forever gives up after MaxAttempts",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				w.WriteHeader(http.StatusTooManyRequests)
			},
			wantErr: ErrRateLimited, wantRequests: 3, wantKind: EventFailed,
		},
		{
			desc: "500 then OK",
			handler: func(tb testing.TB, n int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
				if n == 1 {
					http.Error(w, "boom", http.StatusInternalServerError)
					return
				}
				okPNG(tb, n, tl, w, r)
			},
			wantRequests: 2, wantKind: EventNetwork,
		},
		{
			desc: "500 forever gives up with a typed error after MaxAttempts",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				http.Error(w, "boom", http.StatusInternalServerError)
			},
			wantErr: ErrServer, wantRequests: 3, wantKind: EventFailed,
			check: func(t *testing.T, _ string, _ Provider, _ []seen, src *Source) {
				var fe *FetchError
				if !errors.As(src.Status().LastErr, &fe) || fe.StatusCode != 500 || fe.Attempts != 3 {
					t.Errorf("LastErr = %#v, want FetchError 500 after 3 attempts", src.Status().LastErr)
				}
				if line := src.Status().Line(); !strings.Contains(line, "server error (HTTP 500)") {
					t.Errorf("status line %q", line)
				}
			},
		},
		{
			desc: "403 is not retried",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				http.Error(w, "blocked", http.StatusForbidden)
			},
			wantErr: ErrHTTPStatus, wantRequests: 1, wantKind: EventFailed,
		},
		{
			desc: "slow server beyond the header timeout",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, _ http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(3 * time.Second):
				}
			},
			wantErr: ErrTimeout, wantRequests: 1, wantKind: EventFailed, opts: shortTimeouts,
		},
		{
			desc: "slow body beyond the request timeout",
			handler: func(tb testing.TB, _ int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
				body := pngBytes(tb, tileColor(tl))
				w.Header().Set("Content-Length", "100000")
				_, _ = w.Write(body[:20])
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
				case <-time.After(3 * time.Second):
				}
			},
			wantErr: ErrTimeout, wantRequests: 1, wantKind: EventFailed, opts: shortTimeouts,
		},
		{
			desc:    "connection refused is ErrOffline",
			handler: nil,
			wantErr: ErrOffline, wantRequests: -1, wantKind: EventFailed,
			check: func(t *testing.T, _ string, _ Provider, _ []seen, src *Source) {
				if line := src.Status().Line(); !strings.Contains(line, "offline") {
					t.Errorf("status line %q", line)
				}
			},
		},
		{
			desc: "truncated body (short of Content-Length) is ErrBadTile",
			handler: func(tb testing.TB, _ int, tl maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				body := pngBytes(tb, tileColor(tl))
				w.Header().Set("Content-Length", "100000")
				_, _ = w.Write(body[:len(body)/2])
			},
			wantErr: tiles.ErrBadTile, wantRequests: 1, wantKind: EventFailed,
		},
		{
			desc: "truncated PNG with matching length is ErrBadTile and not cached",
			handler: func(tb testing.TB, _ int, tl maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				body := pngBytes(tb, tileColor(tl))
				_, _ = w.Write(body[:len(body)-30])
			},
			wantErr: tiles.ErrBadTile, wantRequests: 1, wantKind: EventFailed,
			check: func(t *testing.T, root string, p Provider, _ []seen, _ *Source) {
				if _, err := os.Stat(TilePath(root, p.ID, tile)); err == nil {
					t.Error("bad tile was cached")
				}
			},
		},
		{
			desc: "HTML body is ErrBadTile naming the type",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				_, _ = w.Write([]byte("<!DOCTYPE html><html><body>Access denied</body></html>"))
			},
			wantErr: tiles.ErrBadTile, wantRequests: 1, wantKind: EventFailed,
			check: func(t *testing.T, _ string, _ Provider, _ []seen, src *Source) {
				if err := src.Status().LastErr; err == nil || !strings.Contains(err.Error(), "text/html") {
					t.Errorf("error %v should name text/html", err)
				}
			},
		},
		{
			desc:    "corrupt cache file is discarded and refetched",
			handler: okPNG,
			seed: func(tb testing.TB, root string, p Provider) {
				seedCache(tb, root, p, []byte("\x89PNG\r\n\x1a\ngarbage"), Meta{Expires: time.Now().Add(time.Hour)})
			},
			wantRequests: 1, wantKind: EventNetwork,
			check: func(t *testing.T, root string, p Provider, _ []seen, src *Source) {
				if src.Status().Corrupt != 1 {
					t.Errorf("Corrupt = %d, want 1", src.Status().Corrupt)
				}
				body, err := os.ReadFile(TilePath(root, p.ID, tile))
				if err == nil {
					_, _, err = tiles.Decode(body)
				}
				if err != nil {
					t.Errorf("refetched tile not in cache: %v", err)
				}
			},
		},
		{
			desc:    "fresh cache is served with no request",
			handler: okPNG,
			seed: func(tb testing.TB, root string, p Provider) {
				seedCache(tb, root, p, pngBytes(tb, tileColor(tile)), Meta{Expires: time.Now().Add(time.Hour)})
			},
			wantRequests: 0, wantKind: EventCache,
		},
		{
			desc: "stale cache is revalidated; 304 refreshes the expiry",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, r *http.Request) {
				if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") != "" {
					w.Header().Set("Cache-Control", "max-age=3600")
					w.WriteHeader(http.StatusNotModified)
					return
				}
				http.Error(w, "expected a conditional request", http.StatusBadRequest)
			},
			seed: func(tb testing.TB, root string, p Provider) {
				seedCache(tb, root, p, pngBytes(tb, tileColor(tile)), staleMeta)
			},
			wantRequests: 1, wantKind: EventRevalidated,
			check: func(t *testing.T, root string, p Provider, reqs []seen, _ *Source) {
				if got := reqs[0].header.Get("If-Modified-Since"); got != staleMeta.LastModified {
					t.Errorf("If-Modified-Since = %q", got)
				}
				_, m, err := NewDiskCache(root).Load(context.Background(), p.ID, tile)
				if err != nil {
					t.Fatal(err)
				}
				if d := time.Until(m.Expires); d < 50*time.Minute || d > 70*time.Minute {
					t.Errorf("expiry after 304 in %s, want about 1h", d)
				}
				if m.ETag != `"v1"` {
					t.Errorf("ETag lost: %+v", m)
				}
			},
		},
		{
			desc: "stale cache is served when the server fails",
			handler: func(_ testing.TB, _ int, _ maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				http.Error(w, "down", http.StatusServiceUnavailable)
			},
			seed: func(tb testing.TB, root string, p Provider) {
				seedCache(tb, root, p, pngBytes(tb, tileColor(tile)), staleMeta)
			},
			wantRequests: 3, wantKind: EventStale,
			check: func(t *testing.T, _ string, _ Provider, _ []seen, src *Source) {
				st := src.Status()
				if st.Stale != 1 || !errors.Is(st.LastErr, ErrServer) {
					t.Errorf("status %+v", st)
				}
			},
		},
		{
			desc:    "stale cache is served when the server is unreachable",
			handler: nil,
			seed: func(tb testing.TB, root string, p Provider) {
				seedCache(tb, root, p, pngBytes(tb, tileColor(tile)), staleMeta)
			},
			wantRequests: -1, wantKind: EventStale,
			check: func(t *testing.T, _ string, _ Provider, _ []seen, src *Source) {
				if !errors.Is(src.Status().LastErr, ErrOffline) {
					t.Errorf("LastErr = %v", src.Status().LastErr)
				}
			},
		},
		{
			desc: "no-store tile is served but not cached",
			handler: func(tb testing.TB, n int, tl maptile.Tile, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Cache-Control", "no-store")
				okPNG(tb, n, tl, w, r)
			},
			wantRequests: 1, wantKind: EventNetwork,
			check: func(t *testing.T, root string, p Provider, _ []seen, _ *Source) {
				if _, err := os.Stat(TilePath(root, p.ID, tile)); err == nil {
					t.Error("no-store tile was cached")
				}
			},
		},
		{
			desc: "a tile of the wrong size is ErrBadTile and not cached",
			handler: func(tb testing.TB, _ int, tl maptile.Tile, w http.ResponseWriter, _ *http.Request) {
				var b bytes.Buffer
				png.Encode(&b, solid(tileColor(tl), 100))
				w.Header().Set("Content-Type", "image/png")
				_, _ = w.Write(b.Bytes())
			},
			wantErr: tiles.ErrBadTile, wantRequests: 1, wantKind: EventFailed,
			check: func(t *testing.T, root string, p Provider, _ []seen, _ *Source) {
				if _, err := os.Stat(TilePath(root, p.ID, tile)); err == nil {
					t.Error("the wrong-size tile was cached")
				}
			},
		},
		{
			desc: "a cached tile of the wrong size is discarded and refetched",
			seed: func(tb testing.TB, root string, p Provider) {
				var b bytes.Buffer
				png.Encode(&b, solid(color.RGBA{R: 255, A: 255}, 100))
				seedCache(tb, root, p, b.Bytes(), Meta{Expires: time.Now().Add(time.Hour)})
			},
			handler: okPNG, wantRequests: 1, wantKind: EventNetwork,
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			root := t.TempDir()
			var ts *tileServer
			var p Provider
			if tc.handler != nil {
				ts = newTileServer(t, tc.handler)
				p = ts.provider(t)
			} else {
				ln, err := net.Listen("tcp", "127.0.0.1:0")
				if err != nil {
					t.Fatal(err)
				}
				addr := ln.Addr().String()
				ln.Close()
				if p, err = Custom("http://" + addr + "/{z}/{x}/{y}.png"); err != nil {
					t.Fatal(err)
				}
			}
			if tc.seed != nil {
				tc.seed(t, root, p)
			}
			var events []Event
			opt := fastOptions(root)
			opt.OnEvent = func(e Event) { events = append(events, e) }
			if tc.opts != nil {
				tc.opts(&opt)
			}
			src, err := New(p, opt)
			if err != nil {
				t.Fatal(err)
			}
			defer src.Close()

			img, err := src.Tile(context.Background(), tile)
			switch {
			case tc.wantErr == nil && err != nil:
				t.Fatalf("Tile: %v", err)
			case tc.wantErr != nil && !errors.Is(err, tc.wantErr):
				t.Fatalf("Tile error = %v, want %v", err, tc.wantErr)
			case tc.wantErr == nil && !sameColor(img.At(10, 10), tileColor(tile)):
				t.Errorf("tile colour %v, want %v", img.At(10, 10), tileColor(tile))
			case tc.wantErr != nil && img != nil:
				t.Error("image returned with an error")
			}
			if tc.wantErr != nil && !errors.Is(err, tiles.ErrNoTile) {
				var fe *FetchError
				if !errors.As(err, &fe) || fe.URL != p.URL(tile) || fe.Provider != p.ID {
					t.Errorf("error %#v is not a FetchError naming the URL", err)
				}
			}
			var reqs []seen
			if ts != nil {
				reqs = ts.seen()
			}
			if tc.wantRequests >= 0 && len(reqs) != tc.wantRequests {
				t.Errorf("server saw %d requests, want %d", len(reqs), tc.wantRequests)
			}
			if len(events) != 1 && !(len(events) == 2 && events[0].Kind == EventCorrupt) {
				t.Fatalf("events %v", events)
			}
			if got := events[len(events)-1].Kind; got != tc.wantKind {
				t.Errorf("event %v, want %v", got, tc.wantKind)
			}
			if tc.check != nil {
				tc.check(t, root, p, reqs, src)
			}
		})
	}
}

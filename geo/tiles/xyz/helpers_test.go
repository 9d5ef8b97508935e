package xyz

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/paulmach/orb/maptile"
)

// tileColor is the solid colour the test server paints tile t with.
func tileColor(t maptile.Tile) color.RGBA {
	return color.RGBA{R: uint8(40 + 50*t.X%200), G: uint8(40 + 50*t.Y%200), B: uint8(100 + 10*int(t.Z)), A: 255}
}

func solid(c color.Color, size int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	for y := range size {
		for x := range size {
			img.Set(x, y, c)
		}
	}
	return img
}

func pngBytes(tb testing.TB, c color.Color) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, solid(c, 256)); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func jpegBytes(tb testing.TB, c color.Color) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, solid(c, 256), nil); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// seen is one request as the test server saw it.
type seen struct {
	path   string
	header http.Header
}

// tileServer is a loopback httptest server whose answers a test scripts.
type tileServer struct {
	*httptest.Server
	mu       sync.Mutex
	requests []seen
	inFlight atomic.Int32
	maxIn    atomic.Int32
}

// handlerFunc answers request number n (1-based) for tile t.
type handlerFunc func(tb testing.TB, n int, t maptile.Tile, w http.ResponseWriter, r *http.Request)

func newTileServer(tb testing.TB, h handlerFunc) *tileServer {
	tb.Helper()
	ts := &tileServer{}
	ts.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cur := ts.inFlight.Add(1)
		defer ts.inFlight.Add(-1)
		for {
			m := ts.maxIn.Load()
			if cur <= m || ts.maxIn.CompareAndSwap(m, cur) {
				break
			}
		}
		ts.mu.Lock()
		ts.requests = append(ts.requests, seen{path: r.URL.Path, header: r.Header.Clone()})
		n := len(ts.requests)
		ts.mu.Unlock()
		t, ok := parseTilePath(r.URL.Path)
		if !ok {
			http.Error(w, "bad path", http.StatusBadRequest)
			return
		}
		h(tb, n, t, w, r)
	}))
	tb.Cleanup(ts.Close)
	return ts
}

func (ts *tileServer) seen() []seen {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]seen(nil), ts.requests...)
}

// parseTilePath reads /z/x/y.png.
func parseTilePath(p string) (maptile.Tile, bool) {
	parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(p, "/"), ".png"), "/")
	if len(parts) != 3 {
		return maptile.Tile{}, false
	}
	var v [3]int
	for i, s := range parts {
		n, err := strconv.Atoi(s)
		if err != nil {
			return maptile.Tile{}, false
		}
		v[i] = n
	}
	return maptile.New(uint32(v[1]), uint32(v[2]), maptile.Zoom(v[0])), true
}

// provider returns a custom provider pointing at ts.
func (ts *tileServer) provider(tb testing.TB) Provider {
	tb.Helper()
	p, err := Custom(ts.URL + "/{z}/{x}/{y}.png")
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// fastOptions makes every retry take milliseconds. Its timeouts are
// generous so that a loaded machine running -race does not trip them;
// tests of timeouts use shortTimeouts.
func fastOptions(root string) Options {
	return Options{
		Version:         "9.9.9-test",
		CacheRoot:       root,
		DialTimeout:     5 * time.Second,
		TLSTimeout:      5 * time.Second,
		HeaderTimeout:   5 * time.Second,
		RequestTimeout:  10 * time.Second,
		MaxAttempts:     3,
		BackoffBase:     time.Millisecond,
		BackoffMax:      4 * time.Millisecond,
		MaxRetryAfter:   2 * time.Second,
		OfflineCooldown: -1,
	}
}

// shortTimeouts makes a slow server time out in a few hundred ms.
func shortTimeouts(o *Options) {
	o.HeaderTimeout = 300 * time.Millisecond
	o.RequestTimeout = 400 * time.Millisecond
}

// okPNG serves the tile's solid colour as PNG with an ETag.
func okPNG(tb testing.TB, _ int, t maptile.Tile, w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("ETag", `"`+strconv.Itoa(int(t.X))+`-`+strconv.Itoa(int(t.Y))+`"`)
	w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
	_, _ = w.Write(pngBytes(tb, tileColor(t)))
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	near := func(x, y uint32) bool { return x>>8 <= y>>8+6 && y>>8 <= x>>8+6 }
	return near(r1, r2) && near(g1, g2) && near(b1, b2) && near(a1, a2)
}

package tiles

import (
	"context"
	"errors"
	"image"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb/maptile"
)

// fakeSource serves plain images, counts calls and can block until
// released so tests can observe cancellation.
type fakeSource struct {
	mu      sync.Mutex
	calls   map[maptile.Tile]int
	block   chan struct{} // nil: answer at once
	started chan maptile.Tile
	fail    error
}

func newFake() *fakeSource {
	return &fakeSource{calls: map[maptile.Tile]int{}, started: make(chan maptile.Tile, 64)}
}

func (f *fakeSource) Info() Info { return Info{ID: "fake", TileSize: 256, MaxZoom: 20} }

func (f *fakeSource) Tile(ctx context.Context, t maptile.Tile) (image.Image, error) {
	f.mu.Lock()
	f.calls[t]++
	block, fail := f.block, f.fail
	f.mu.Unlock()
	f.started <- t
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if fail != nil {
		return nil, fail
	}
	return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
}

func (f *fakeSource) count(t maptile.Tile) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[t]
}

type result struct {
	t   maptile.Tile
	err error
}

func collect() (ReadyFunc, chan result) {
	ch := make(chan result, 64)
	return func(t maptile.Tile, _ image.Image, err error) { ch <- result{t, err} }, ch
}

func waitResult(t *testing.T, ch chan result) result {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("no tile arrived")
		return result{}
	}
}

func TestCacheEvictsLeastRecentlyUsed(t *testing.T) {
	c := NewCache(2)
	a, b, d := maptile.New(0, 0, 1), maptile.New(1, 0, 1), maptile.New(0, 1, 1)
	img := image.NewRGBA(image.Rect(0, 0, 1, 1))
	c.Add(a, img)
	c.Add(b, img)
	c.Get(a) // a is now more recent than b
	c.Add(d, img)
	tests := []struct {
		desc string
		t    maptile.Tile
		want bool
	}{
		{desc: "recently read survives", t: a, want: true},
		{desc: "least recent evicted", t: b, want: false},
		{desc: "newest present", t: d, want: true},
	}
	for _, tc := range tests {
		if _, ok := c.Get(tc.t); ok != tc.want {
			t.Errorf("%s: Get(%v) ok=%v, want %v", tc.desc, tc.t, ok, tc.want)
		}
	}
	if c.Len() != 2 {
		t.Errorf("Len = %d, want 2", c.Len())
	}
}

func TestLoaderFetchesOnceThenServesFromCache(t *testing.T) {
	src := newFake()
	ready, ch := collect()
	l := NewLoader(src, LoaderOptions{Workers: 2}, ready)
	defer l.Close()
	tl := maptile.New(10, 20, 6)
	l.Want([]maptile.Tile{tl})
	if r := waitResult(t, ch); r.t != tl || r.err != nil {
		t.Fatalf("got %+v", r)
	}
	if _, ok := l.Cached(tl); !ok {
		t.Fatal("tile not cached after it arrived")
	}
	l.Want([]maptile.Tile{tl})
	if n := src.count(tl); n != 1 {
		t.Errorf("source called %d times for a cached tile, want 1", n)
	}
}

func TestLoaderNewestRequestWins(t *testing.T) {
	src := newFake()
	src.block = make(chan struct{})
	ready, ch := collect()
	l := NewLoader(src, LoaderOptions{Workers: 1}, ready)
	defer l.Close()
	old := []maptile.Tile{maptile.New(0, 0, 5), maptile.New(1, 0, 5), maptile.New(2, 0, 5)}
	l.Want(old)
	<-src.started // the first old tile is in flight and blocked
	fresh := maptile.New(9, 9, 7)
	l.Want([]maptile.Tile{fresh})
	if got := <-src.started; got != fresh {
		t.Fatalf("after the newer request the loader started %v, want %v", got, fresh)
	}
	close(src.block)
	if r := waitResult(t, ch); r.t != fresh {
		t.Fatalf("first delivered tile %v, want the newest request %v", r.t, fresh)
	}
	for _, o := range old[1:] {
		if src.count(o) != 0 {
			t.Errorf("queued tile %v was fetched although no longer wanted", o)
		}
	}
	if l.Pending() != 0 {
		t.Errorf("Pending = %d after the only wanted tile arrived", l.Pending())
	}
}

func TestLoaderRemembersFailures(t *testing.T) {
	src := newFake()
	boom := errors.New("server down")
	src.fail = boom
	ready, ch := collect()
	l := NewLoader(src, LoaderOptions{Workers: 1, RetryAfter: time.Hour}, ready)
	defer l.Close()
	tl := maptile.New(3, 3, 4)
	l.Want([]maptile.Tile{tl})
	if r := waitResult(t, ch); !errors.Is(r.err, boom) {
		t.Fatalf("error %v, want %v", r.err, boom)
	}
	l.Want([]maptile.Tile{tl})
	if l.Pending() != 0 || src.count(tl) != 1 {
		t.Errorf("failed tile asked for again at once (calls %d, pending %d)", src.count(tl), l.Pending())
	}
}

func TestLoaderCloseCancelsInFlight(t *testing.T) {
	src := newFake()
	src.block = make(chan struct{}) // never released
	l := NewLoader(src, LoaderOptions{Workers: 2}, nil)
	l.Want([]maptile.Tile{maptile.New(0, 0, 3), maptile.New(1, 0, 3)})
	<-src.started
	done := make(chan struct{})
	go func() { l.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not return while a tile was blocked")
	}
	l.Want([]maptile.Tile{maptile.New(5, 5, 5)}) // after Close: ignored, no panic
}

func BenchmarkCachedTile(b *testing.B) {
	l := NewLoader(newFake(), LoaderOptions{}, nil)
	defer l.Close()
	tiles := make([]maptile.Tile, 64)
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for i := range tiles {
		tiles[i] = maptile.New(uint32(i%8), uint32(i/8), 8)
		l.cache.Add(tiles[i], img)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := l.Cached(tiles[i%len(tiles)]); !ok {
			b.Fatal("miss")
		}
	}
}

func TestCacheResize(t *testing.T) {
	tiles := []maptile.Tile{maptile.New(0, 0, 2), maptile.New(1, 0, 2), maptile.New(2, 0, 2), maptile.New(3, 0, 2)}
	img := image.NewRGBA(image.Rect(0, 0, 1, 1))
	tests := []struct {
		desc     string
		capacity int
		addAfter bool   // whether a fifth tile is added after the resize
		kept     []bool // per tile, at the end
	}{
		{desc: "shrinking drops the least recently used at once", capacity: 2, kept: []bool{false, false, true, true}},
		{desc: "growing keeps everything", capacity: 8, kept: []bool{true, true, true, true}},
		{desc: "zero is read as one", capacity: 0, kept: []bool{false, false, false, true}},
		{desc: "the new size holds for later additions", capacity: 3, addAfter: true, kept: []bool{false, false, true, true}},
	}
	for _, tc := range tests {
		c := NewCache(4)
		for _, tl := range tiles {
			c.Add(tl, img)
		}
		c.Resize(tc.capacity)
		if tc.addAfter {
			c.Add(maptile.New(0, 1, 2), img)
		}
		for i, tl := range tiles {
			if _, ok := c.Get(tl); ok != tc.kept[i] {
				t.Errorf("%s: tile %d kept=%v, want %v", tc.desc, i, ok, tc.kept[i])
			}
		}
		if want := max(tc.capacity, 1); c.Len() > want {
			t.Errorf("%s: Len = %d, over the capacity %d", tc.desc, c.Len(), want)
		}
	}
}

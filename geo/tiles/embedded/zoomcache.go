package embedded

import "sync"

// keptZooms is how many prepared zoom levels a Source keeps: the one on
// screen and the one a zoom in or out shows next. Each takes 2 to 6 MB and
// is prepared again in about 60 ms (BenchmarkZoomPrep), while the map shows
// the tiles of the level above, scaled, so keeping more costs a school
// laptop more than rebuilding one: all of them would be about 30 MB for
// zooms 5 to 12, and heap profiles taken during scripts/soak found the
// vectors of four levels (kept until 1 Dec 2026) at about 16 MB live, of
// two at about 11.
const keptZooms = 2

// zoomCache holds the most recently used prepared zoom levels. A level is
// prepared once however many tiles ask for it at the same time; the least
// recently used level is dropped when a new one is prepared, and a tile
// still drawing from a dropped level keeps it alive until it is done.
type zoomCache struct {
	mu      sync.Mutex
	entries map[int]*zoomEntry
	clock   uint64
}

// zoomEntry is one zoom level, prepared or being prepared: done is closed
// when zd and err are set.
type zoomEntry struct {
	done chan struct{}
	zd   *zoomData
	err  error
	used uint64
}

// get returns zoom z's prepared data, preparing it with build if it is
// not kept.
func (c *zoomCache) get(z int, build func() (*zoomData, error)) (*zoomData, error) {
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[int]*zoomEntry{}
	}
	c.clock++
	e := c.entries[z]
	if e != nil {
		e.used = c.clock
		c.mu.Unlock()
		<-e.done
		return e.zd, e.err
	}
	e = &zoomEntry{done: make(chan struct{}), used: c.clock}
	c.entries[z] = e
	c.dropOldest()
	c.mu.Unlock()
	e.zd, e.err = build()
	close(e.done)
	return e.zd, e.err
}

// dropOldest forgets the least recently used levels beyond keptZooms.
// The caller holds c.mu.
func (c *zoomCache) dropOldest() {
	for len(c.entries) > keptZooms {
		oldest, first := 0, true
		for z, e := range c.entries {
			if first || e.used < c.entries[oldest].used {
				oldest, first = z, false
			}
		}
		delete(c.entries, oldest)
	}
}

// kept lists the zoom levels held now (for tests).
func (c *zoomCache) kept() []int {
	c.mu.Lock()
	defer c.mu.Unlock()
	var zs []int
	for z := range c.entries {
		zs = append(zs, z)
	}
	return zs
}

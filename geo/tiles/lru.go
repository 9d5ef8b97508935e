package tiles

import (
	"container/list"
	"image"
	"sync"

	"github.com/paulmach/orb/maptile"
)

// Cache is a bounded, concurrency-safe, least-recently-used store of
// decoded tiles for one source.
type Cache struct {
	mu    sync.Mutex
	cap   int
	order *list.List // front = most recent; values are *entry
	items map[maptile.Tile]*list.Element
}

type entry struct {
	tile maptile.Tile
	img  image.Image
}

// NewCache returns a cache holding at most capacity tiles (at least 1).
func NewCache(capacity int) *Cache {
	if capacity < 1 {
		capacity = 1
	}
	return &Cache{cap: capacity, order: list.New(), items: make(map[maptile.Tile]*list.Element, capacity)}
}

// Get returns a cached tile and marks it recently used.
func (c *Cache) Get(t maptile.Tile) (image.Image, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[t]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).img, true
}

// Add stores a tile, evicting the least recently used one when full.
func (c *Cache) Add(t maptile.Tile, img image.Image) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[t]; ok {
		el.Value.(*entry).img = img
		c.order.MoveToFront(el)
		return
	}
	c.items[t] = c.order.PushFront(&entry{tile: t, img: img})
	c.evict()
}

// Resize sets how many tiles the cache holds (at least 1), dropping the
// least recently used ones beyond that at once.
func (c *Cache) Resize(capacity int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cap = max(capacity, 1)
	c.evict()
}

// evict drops the least recently used tiles beyond the capacity; c.mu is
// held.
func (c *Cache) evict() {
	for c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry).tile)
	}
}

// Len reports how many tiles are cached.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

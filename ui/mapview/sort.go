package mapview

import (
	"sort"

	"github.com/paulmach/orb/maptile"
)

// sortTiles orders tiles by ascending key, stably.
func sortTiles(ts []maptile.Tile, key func(maptile.Tile) float64) {
	sort.SliceStable(ts, func(i, j int) bool { return key(ts[i]) < key(ts[j]) })
}

package render

import (
	"fmt"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// StoreName names a source's tile store in a TileDir: its ID, tile size,
// the source's own version (info.Version) and the app's version, so tiles
// of a changed basemap are never mixed with old ones.
func StoreName(info tiles.Info, version string) string {
	name := fmt.Sprintf("%s-%d", info.ID, info.TileSize)
	for _, v := range []string{info.Version, version} {
		if v != "" {
			name += "-" + v
		}
	}
	return name
}

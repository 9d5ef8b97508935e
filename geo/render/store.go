package render

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
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

// FitFrame returns the frame of the given size that shows all of b at the
// largest whole zoom, for tiles of tileSize pixels.
func FitFrame(b orb.Bound, width, height, tileSize int) Frame {
	density := math.Log2(float64(tileSize) / geo.TileSize)
	f := geo.Fit(b, float64(width), float64(height), 0) // fractional: the density may be too
	return Frame{Center: f.Center, Zoom: int(math.Floor(f.Zoom - density + 1e-9)), Width: width, Height: height}
}

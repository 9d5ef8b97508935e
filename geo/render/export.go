package render

import (
	"context"

	"errors"
	"fmt"
	sm "github.com/flopp/go-staticmaps"
	"image"
	"math"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Export is a request for a finished map image.
type Export struct {
	Source    tiles.Source // the basemap
	Dir       TileDir      // where tiles are materialized for go-staticmaps
	StoreName string       // sub-directory of Dir for this source; see StoreName
	Frame     Frame
	AllowGaps bool           // when false, missing basemap tiles fail the export
	Objects   []sm.MapObject // overlays, drawn by go-staticmaps over the tiles
}

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

// Render produces the image: basemap composed by go-staticmaps, then the
// furniture. With AllowGaps, missing tiles are left as holes but still
// reported through the returned slice.
func (e Export) Render(ctx context.Context, fonts *Fonts) (*image.RGBA, []MissingTile, error) {
	img, missing, err := Basemap(ctx, e.Source, e.Dir, e.StoreName, e.Frame, e.Objects)
	if err != nil && !(e.AllowGaps && errors.Is(err, ErrMissingTiles)) {
		return nil, missing, err
	}
	info := e.Source.Info()
	density := math.Log2(float64(info.TileSize) / geo.TileSize)
	fu := Furniture{
		Attribution:    info.Attribution,
		MetersPerPixel: geo.MetersPerPixel(e.Frame.Center.Lat(), float64(e.Frame.Zoom)+density),
	}
	fu.Draw(img, fonts)
	return img, missing, nil
}

// FitFrame returns the frame of the given size that shows all of b at the
// largest whole zoom, for tiles of tileSize pixels.
func FitFrame(b orb.Bound, width, height, tileSize int) Frame {
	density := math.Log2(float64(tileSize) / geo.TileSize)
	f := geo.Fit(b, float64(width), float64(height), 0) // fractional: the density may be too
	return Frame{Center: f.Center, Zoom: int(math.Floor(f.Zoom - density + 1e-9)), Width: width, Height: height}
}

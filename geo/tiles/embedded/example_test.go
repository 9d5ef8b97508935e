package embedded_test

import (
	"context"
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

func ExampleNew() {
	src := embedded.New(embedded.WithScale(2))
	info := src.Info()
	img, err := src.Tile(context.Background(), maptile.At(orb.Point{-77.03, -12.04}, 8)) // Lima
	if err != nil {
		panic(err)
	}
	fmt.Println(info.ID, info.TileSize, img.Bounds().Dx(), embedded.Attribution())
	// Output: embedded 512 512 GSHHG, DCW, Natural Earth, GeoNames, SRTM30, ETOPO5
}

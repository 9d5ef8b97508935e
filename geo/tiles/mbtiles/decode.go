package mbtiles

import (
	"fmt"
	"image"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// decode decodes a PNG, JPEG or WebP tile.
func decode(data []byte) (image.Image, error) {
	if isGzip(data) || isZlib(data) {
		return nil, fmt.Errorf("%w: compressed (vector?) tile data", tiles.ErrBadTile)
	}
	img, _, err := tiles.Decode(data)
	return img, err
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

func isZlib(b []byte) bool {
	return len(b) >= 2 && b[0] == 0x78 && (b[1] == 0x01 || b[1] == 0x5e || b[1] == 0x9c || b[1] == 0xda)
}

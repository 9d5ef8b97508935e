package xyz

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"net/http"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// maxTileEdge bounds decoded tile dimensions so that a hostile or broken
// body cannot make the decoder allocate gigabytes.
const maxTileEdge = 1024

// maxBodyBytes bounds a tile body read from the network or the cache.
const maxBodyBytes = 16 << 20

var (
	pngMagic  = []byte("\x89PNG\r\n\x1a\n")
	jpegMagic = []byte{0xff, 0xd8, 0xff}
)

// DecodeTile decodes a PNG or JPEG tile body. Anything else (HTML error
// pages, WebP, empty or truncated bodies, absurd dimensions) yields an
// error wrapping tiles.ErrBadTile. The format is "png" or "jpeg".
func DecodeTile(data []byte) (image.Image, string, error) {
	var (
		format    string
		decode    func([]byte) (image.Image, error)
		decodeCfg func([]byte) (image.Config, error)
	)
	switch {
	case bytes.HasPrefix(data, pngMagic):
		format = "png"
		decode = func(b []byte) (image.Image, error) { return png.Decode(bytes.NewReader(b)) }
		decodeCfg = func(b []byte) (image.Config, error) { return png.DecodeConfig(bytes.NewReader(b)) }
	case bytes.HasPrefix(data, jpegMagic):
		format = "jpeg"
		decode = func(b []byte) (image.Image, error) { return jpeg.Decode(bytes.NewReader(b)) }
		decodeCfg = func(b []byte) (image.Config, error) { return jpeg.DecodeConfig(bytes.NewReader(b)) }
	case len(data) == 0:
		return nil, "", fmt.Errorf("%w: empty body", tiles.ErrBadTile)
	default:
		return nil, "", fmt.Errorf("%w: body is %s, not PNG or JPEG", tiles.ErrBadTile, http.DetectContentType(data))
	}
	cfg, err := decodeCfg(data)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %s header: %v", tiles.ErrBadTile, format, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > maxTileEdge || cfg.Height > maxTileEdge {
		return nil, "", fmt.Errorf("%w: %s of %dx%d pixels", tiles.ErrBadTile, format, cfg.Width, cfg.Height)
	}
	img, err := decode(data)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %s (truncated?): %v", tiles.ErrBadTile, format, err)
	}
	return img, format, nil
}

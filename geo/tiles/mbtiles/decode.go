package mbtiles

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"net/http"

	"golang.org/x/image/webp"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// maxTileEdge bounds tile dimensions so a hostile file cannot make the
// decoder allocate gigabytes.
const maxTileEdge = 1024

type codec struct {
	format string
	config func(*bytes.Reader) (image.Config, error)
	decode func(*bytes.Reader) (image.Image, error)
}

func codecFor(data []byte) (codec, bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return codec{"png",
			func(r *bytes.Reader) (image.Config, error) { return png.DecodeConfig(r) },
			func(r *bytes.Reader) (image.Image, error) { return png.Decode(r) }}, true
	case bytes.HasPrefix(data, []byte{0xff, 0xd8, 0xff}):
		return codec{"jpg",
			func(r *bytes.Reader) (image.Config, error) { return jpeg.DecodeConfig(r) },
			func(r *bytes.Reader) (image.Image, error) { return jpeg.Decode(r) }}, true
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return codec{"webp",
			func(r *bytes.Reader) (image.Config, error) { return webp.DecodeConfig(r) },
			func(r *bytes.Reader) (image.Image, error) { return webp.Decode(r) }}, true
	}
	return codec{}, false
}

// sniff returns the format and header of an image tile.
func sniff(data []byte) (string, image.Config, error) {
	c, ok := codecFor(data)
	if !ok {
		return "", image.Config{}, fmt.Errorf("%w: %s is not PNG, JPEG or WebP", tiles.ErrBadTile, http.DetectContentType(data))
	}
	cfg, err := c.config(bytes.NewReader(data))
	if err != nil {
		return c.format, cfg, fmt.Errorf("%w: %s header: %v", tiles.ErrBadTile, c.format, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > maxTileEdge || cfg.Height > maxTileEdge {
		return c.format, cfg, fmt.Errorf("%w: %s of %dx%d pixels", tiles.ErrBadTile, c.format, cfg.Width, cfg.Height)
	}
	return c.format, cfg, nil
}

// decode decodes a PNG, JPEG or WebP tile.
func decode(data []byte) (image.Image, error) {
	if isGzip(data) || isZlib(data) {
		return nil, fmt.Errorf("%w: compressed (vector?) tile data", tiles.ErrBadTile)
	}
	format, _, err := sniff(data)
	if err != nil {
		return nil, err
	}
	c, _ := codecFor(data)
	img, err := c.decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", tiles.ErrBadTile, format, err)
	}
	return img, nil
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

func isZlib(b []byte) bool {
	return len(b) >= 2 && b[0] == 0x78 && (b[1] == 0x01 || b[1] == 0x5e || b[1] == 0x9c || b[1] == 0xda)
}

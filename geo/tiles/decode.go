package tiles

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"net/http"

	"golang.org/x/image/webp"
)

// MaxTileEdge bounds a tile image's sides in pixels: a header claiming
// more (a 74-byte PNG can claim 100000 x 100000) is refused before any
// pixel is decoded, so no tile can make a decoder allocate gigabytes.
const MaxTileEdge = 1024

// MaxTileBytes bounds an encoded tile, from the network, a cache or a tile
// package.
const MaxTileBytes = 16 << 20

// codec decodes one image format.
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
		return codec{"jpeg",
			func(r *bytes.Reader) (image.Config, error) { return jpeg.DecodeConfig(r) },
			func(r *bytes.Reader) (image.Image, error) { return jpeg.Decode(r) }}, true
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return codec{"webp",
			func(r *bytes.Reader) (image.Config, error) { return webp.DecodeConfig(r) },
			func(r *bytes.Reader) (image.Image, error) { return webp.Decode(r) }}, true
	}
	return codec{}, false
}

// Sniff returns a tile's format ("png", "jpeg" or "webp") and header,
// checked against MaxTileEdge, without decoding its pixels. Anything else
// (an HTML error page, an empty or gzipped body) is an error wrapping
// ErrBadTile.
func Sniff(data []byte) (string, image.Config, error) {
	if len(data) == 0 {
		return "", image.Config{}, fmt.Errorf("%w: empty body", ErrBadTile)
	}
	if len(data) > MaxTileBytes {
		return "", image.Config{}, fmt.Errorf("%w: %d bytes, more than %d", ErrBadTile, len(data), MaxTileBytes)
	}
	c, ok := codecFor(data)
	if !ok {
		return "", image.Config{}, fmt.Errorf("%w: %s, not PNG, JPEG or WebP", ErrBadTile, http.DetectContentType(data))
	}
	cfg, err := c.config(bytes.NewReader(data))
	if err != nil {
		return c.format, cfg, fmt.Errorf("%w: %s header: %v", ErrBadTile, c.format, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > MaxTileEdge || cfg.Height > MaxTileEdge {
		return c.format, cfg, fmt.Errorf("%w: %s of %dx%d pixels (at most %d a side)", ErrBadTile, c.format, cfg.Width, cfg.Height, MaxTileEdge)
	}
	return c.format, cfg, nil
}

// Decode decodes a PNG, JPEG or WebP tile after Sniff has checked its
// header; the format is "png", "jpeg" or "webp". A tile that does not
// decode is an error wrapping ErrBadTile.
func Decode(data []byte) (image.Image, string, error) {
	format, _, err := Sniff(data)
	if err != nil {
		return nil, format, err
	}
	c, _ := codecFor(data)
	img, err := c.decode(bytes.NewReader(data))
	if err != nil {
		return nil, format, fmt.Errorf("%w: %s (truncated?): %v", ErrBadTile, format, err)
	}
	return img, format, nil
}

package xyz

import (
	"errors"
	"testing"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

func FuzzDecodeTile(f *testing.F) {
	f.Add(pngBytes(f, tileColor(tile)))
	f.Add(jpegBytes(f, tileColor(tile)))
	f.Add([]byte("<html>nope</html>"))
	f.Add([]byte{})
	f.Add(pngBytes(f, tileColor(tile))[:40])
	f.Fuzz(func(t *testing.T, data []byte) {
		img, format, err := DecodeTile(data)
		if err != nil {
			if !errors.Is(err, tiles.ErrBadTile) || img != nil {
				t.Fatalf("error %v (image %v) does not wrap ErrBadTile", err, img != nil)
			}
			return
		}
		if img == nil || (format != "png" && format != "jpeg") {
			t.Fatalf("nil image or format %q", format)
		}
		if b := img.Bounds(); b.Dx() > maxTileEdge || b.Dy() > maxTileEdge {
			t.Fatalf("decoded %v", b)
		}
	})
}

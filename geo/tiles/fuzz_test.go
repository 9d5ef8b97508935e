package tiles

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

func FuzzDecode(f *testing.F) {
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for i := range img.Pix {
		img.Pix[i] = uint8(i)
	}
	img.Set(1, 1, color.White)
	var p, j bytes.Buffer
	png.Encode(&p, img)
	jpeg.Encode(&j, img, nil)
	f.Add(p.Bytes())
	f.Add(j.Bytes())
	f.Add(bombPNG(100000, 100000))
	f.Add([]byte("<html>nope</html>"))
	f.Add([]byte{})
	f.Add(p.Bytes()[:40])
	f.Fuzz(func(t *testing.T, data []byte) {
		img, format, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrBadTile) || img != nil {
				t.Fatalf("error %v (image %v) does not wrap ErrBadTile", err, img != nil)
			}
			return
		}
		if img == nil || (format != "png" && format != "jpeg" && format != "webp") {
			t.Fatalf("nil image or format %q", format)
		}
		if b := img.Bounds(); b.Dx() > MaxTileEdge || b.Dy() > MaxTileEdge {
			t.Fatalf("decoded %v", b)
		}
	})
}

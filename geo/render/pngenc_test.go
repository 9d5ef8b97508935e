package render

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

func TestEncodePNGRoundTrips(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noisy := func(w, h int, alpha bool) *image.RGBA {
		m := image.NewRGBA(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				// runs of a colour with noise, like a map
				c := color.NRGBA{R: uint8(x / 7 * 13), G: uint8(y / 5 * 29), B: uint8(rng.IntN(4)), A: 0xff}
				if alpha {
					c.A = uint8(rng.IntN(256))
				}
				m.Set(x, y, c)
			}
		}
		return m
	}
	big := noisy(700, 900, false)
	tests := []struct {
		desc string
		img  image.Image
	}{
		{desc: "opaque, many stripes", img: big},
		{desc: "opaque, one row", img: noisy(37, 1, false)},
		{desc: "translucent", img: noisy(300, 400, true)},
		{desc: "a sub-image away from the origin", img: big.SubImage(image.Rect(13, 250, 613, 777))},
		{desc: "not RGBA: through image/png", img: image.NewGray(image.Rect(0, 0, 20, 10))},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var buf bytes.Buffer
			if err := EncodePNG(&buf, tc.img); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&buf)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			b := tc.img.Bounds()
			if got.Bounds().Size() != b.Size() {
				t.Fatalf("size %v, want %v", got.Bounds().Size(), b.Size())
			}
			for y := 0; y < b.Dy(); y++ {
				for x := 0; x < b.Dx(); x++ {
					w := color.NRGBAModel.Convert(tc.img.At(b.Min.X+x, b.Min.Y+y))
					g := color.NRGBAModel.Convert(got.At(x, y))
					if w != g {
						t.Fatalf("pixel %d,%d is %v, want %v", x, y, g, w)
					}
				}
			}
		})
	}
}

func TestAdler32Combine(t *testing.T) {
	data := bytes.Repeat([]byte("peru trafficking atlas \xff\x00"), 9000)
	for _, cut := range []int{0, 1, 5552, 65521, len(data) - 1, len(data)} {
		a, b := adler32.Checksum(data[:cut]), adler32.Checksum(data[cut:])
		if got, want := adler32Combine(a, b, len(data)-cut), adler32.Checksum(data); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
}

func TestCheckPNG(t *testing.T) {
	var buf bytes.Buffer
	if err := EncodePNG(&buf, image.NewRGBA(image.Rect(0, 0, 64, 64))); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	damaged := bytes.Clone(good)
	damaged[len(damaged)/2] ^= 0x40
	tests := []struct {
		desc  string
		data  []byte // nil: a directory
		size  int
		wantE bool
	}{
		{desc: "intact", data: good, size: 64},
		{desc: "another size", data: good, size: 256, wantE: true},
		{desc: "cut short", data: good[:len(good)-5], size: 64, wantE: true},
		{desc: "without IEND", data: good[:len(good)-12], size: 64, wantE: true},
		{desc: "a byte damaged in the middle", data: damaged, size: 64, wantE: true},
		{desc: "not a PNG", data: []byte("<html>not a png</html>"), size: 64, wantE: true},
		{desc: "empty", data: []byte{}, size: 64, wantE: true},
		{desc: "a directory", size: 64, wantE: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tile")
			if tc.data == nil {
				if err := os.Mkdir(path, 0o755); err != nil {
					t.Fatal(err)
				}
			} else if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := checkPNG(path, tc.size); (err != nil) != tc.wantE {
				t.Errorf("checkPNG: %v, want an error %v", err, tc.wantE)
			}
		})
	}
}

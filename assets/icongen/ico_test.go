package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/bmp"
)

// icoEntry is one directory entry of an .ico file as the format lays it out.
type icoEntry struct {
	Width, Height, Colours, Reserved byte
	Planes, BitCount                 uint16
	Size, Offset                     uint32
}

// readICO parses an .ico file the way Windows does: header, directory,
// then the PNG of every entry, checked against the size it declares.
func readICO(t *testing.T, data []byte) []image.Image {
	t.Helper()
	var head [3]uint16
	r := bytes.NewReader(data)
	if err := binary.Read(r, binary.LittleEndian, &head); err != nil {
		t.Fatalf("header: %v", err)
	}
	if head[0] != 0 || head[1] != 1 {
		t.Fatalf("header %v: want reserved 0, type 1", head)
	}
	entries := make([]icoEntry, head[2])
	if err := binary.Read(r, binary.LittleEndian, entries); err != nil {
		t.Fatalf("directory: %v", err)
	}
	var imgs []image.Image
	for i, e := range entries {
		end := int(e.Offset) + int(e.Size)
		if end > len(data) {
			t.Fatalf("entry %d runs to byte %d of %d", i, end, len(data))
		}
		img, err := png.Decode(bytes.NewReader(data[e.Offset:end]))
		if err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		edge := int(e.Width)
		if edge == 0 {
			edge = 256
		}
		if b := img.Bounds(); b.Dx() != edge || b.Dy() != edge || e.Height != e.Width {
			t.Errorf("entry %d declares %dx%d, holds %dx%d", i, e.Width, e.Height, b.Dx(), b.Dy())
		}
		imgs = append(imgs, img)
	}
	return imgs
}

func TestEncodeICO(t *testing.T) {
	square := func(n int) image.Image { return image.NewNRGBA(image.Rect(0, 0, n, n)) }
	tests := []struct {
		desc  string
		imgs  []image.Image
		sizes []int
		err   bool
	}{
		{desc: "every size of the app icon", imgs: []image.Image{square(16), square(48), square(256)}, sizes: []int{16, 48, 256}},
		{desc: "one image", imgs: []image.Image{square(32)}, sizes: []int{32}},
		{desc: "no image", imgs: nil, err: true},
		{desc: "larger than 256", imgs: []image.Image{square(512)}, err: true},
		{desc: "not square", imgs: []image.Image{image.NewNRGBA(image.Rect(0, 0, 32, 16))}, err: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var buf bytes.Buffer
			err := encodeICO(&buf, tc.imgs)
			if tc.err {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := readICO(t, buf.Bytes())
			if len(got) != len(tc.sizes) {
				t.Fatalf("%d images, want %d", len(got), len(tc.sizes))
			}
			for i, img := range got {
				if img.Bounds().Dx() != tc.sizes[i] {
					t.Errorf("image %d is %d px, want %d", i, img.Bounds().Dx(), tc.sizes[i])
				}
			}
		})
	}
	if err := encodeICO(&bytes.Buffer{}, []image.Image{square(300)}); !errors.Is(err, errICOSize) {
		t.Errorf("300 px: error %v, want errICOSize", err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	ico := filepath.Join(dir, "atlas.ico")
	theme := filepath.Join(dir, "hicolor")
	wizard := filepath.Join(dir, "wizard.bmp")
	if err := run([]string{"-ico", ico, "-hicolor", theme, "-name", "org.example.app", "-wizard", wizard}); err != nil {
		t.Fatal(err)
	}
	wf, err := os.Open(wizard)
	if err != nil {
		t.Fatal(err)
	}
	wimg, err := bmp.Decode(wf)
	wf.Close()
	if err != nil {
		t.Fatal(err)
	}
	if b := wimg.Bounds(); b.Dx() != 164 || b.Dy() != 314 || !wimg.(interface{ Opaque() bool }).Opaque() {
		t.Errorf("wizard image %v, want 164x314 and opaque (a 24-bit BMP)", b)
	}
	data, err := os.ReadFile(ico)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(readICO(t, data)); n != len(icoSizes) {
		t.Errorf("icon holds %d sizes, want %d", n, len(icoSizes))
	}
	for _, n := range hicolorSizes {
		path := filepath.Join(theme, fmt.Sprintf("%dx%d", n, n), "apps", "org.example.app.png")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != n || cfg.Height != n {
			t.Errorf("%s: %dx%d, %v; want %dx%d", path, cfg.Width, cfg.Height, err, n, n)
		}
	}
	// The icon is drawn at each size, not scaled: some pixel is opaque.
	f, err := os.Open(filepath.Join(theme, "16x16", "apps", "org.example.app.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, a := img.At(8, 8).RGBA(); a == 0 {
		t.Error("the 16 px icon is transparent in the middle")
	}

	bad := []struct {
		desc string
		args []string
	}{
		{desc: "hicolor without a name", args: []string{"-hicolor", theme}},
		{desc: "name with a folder", args: []string{"-hicolor", theme, "-name", "a/b"}},
		{desc: "size zero", args: []string{"-o", filepath.Join(dir, "x.png"), "-size", "0"}},
		{desc: "size too large", args: []string{"-o", filepath.Join(dir, "x.png"), "-size", "100000"}},
		{desc: "stray argument", args: []string{"-ico", ico, "extra"}},
	}
	for _, tc := range bad {
		if err := run(tc.args); err == nil {
			t.Errorf("%s: no error", tc.desc)
		}
	}
}

func TestRunDefaultOutput(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.Mkdir("assets", 0o755); err != nil {
		t.Fatal(err)
	}
	def := filepath.Join("assets", "icon.png")
	if err := run([]string{"-ico", "x.ico"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(def); err == nil {
		t.Fatalf("-ico alone also wrote %s", def)
	}
	if err := run(nil); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(def)
	if err != nil {
		t.Fatalf("no flags: %v", err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 512 || cfg.Height != 512 {
		t.Errorf("%s: %dx%d, %v; want 512x512", def, cfg.Width, cfg.Height, err)
	}
}

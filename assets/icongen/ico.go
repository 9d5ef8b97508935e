package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
)

// errICOSize is returned for an image an icon cannot hold.
var errICOSize = errors.New("icongen: icon images must be square, 1 to 256 px")

// encodeICO writes imgs as one Windows icon (.ico) whose entries are PNG
// images, the form Windows has read since Vista: a 6-byte header, a 16-byte
// directory entry per image (width and height 0 mean 256), then the PNGs.
func encodeICO(w io.Writer, imgs []image.Image) error {
	if len(imgs) == 0 || len(imgs) > 64 {
		return fmt.Errorf("icongen: %d images in an icon, want 1 to 64", len(imgs))
	}
	pngs := make([][]byte, len(imgs))
	for i, img := range imgs {
		b := img.Bounds()
		if b.Dx() != b.Dy() || b.Dx() < 1 || b.Dx() > 256 {
			return fmt.Errorf("%w: image %d is %dx%d", errICOSize, i, b.Dx(), b.Dy())
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			return fmt.Errorf("icongen: image %d: %w", i, err)
		}
		pngs[i] = buf.Bytes()
	}
	head := []uint16{0, 1, uint16(len(imgs))} // reserved, type 1 = icon, count
	if err := binary.Write(w, binary.LittleEndian, head); err != nil {
		return err
	}
	offset := 6 + 16*len(imgs)
	for i, img := range imgs {
		edge := byte(img.Bounds().Dx()) // 256 wraps to 0, as the format wants
		entry := struct {
			Width, Height, Colours, Reserved byte
			Planes, BitCount                 uint16
			Size, Offset                     uint32
		}{edge, edge, 0, 0, 1, 32, uint32(len(pngs[i])), uint32(offset)}
		if err := binary.Write(w, binary.LittleEndian, entry); err != nil {
			return err
		}
		offset += len(pngs[i])
	}
	for _, p := range pngs {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

package tiles

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"testing"
)

// bombPNG is a PNG whose header claims w x h pixels and whose data is a
// few bytes: what a hostile server or a corrupted cache can hold.
func bombPNG(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		c := crc32.NewIEEE()
		c.Write([]byte(typ))
		c.Write(data)
		binary.Write(&b, binary.BigEndian, c.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b.Bytes()
}

func TestDecode(t *testing.T) {
	var ok bytes.Buffer
	png.Encode(&ok, image.NewRGBA(image.Rect(0, 0, 256, 256)))
	tests := []struct {
		desc    string
		data    []byte
		wantErr bool
	}{
		{desc: "a tile", data: ok.Bytes()},
		{desc: "a 74-byte PNG claiming 100000 x 100000", data: bombPNG(100000, 100000), wantErr: true},
		{desc: "a PNG claiming 2000 x 10", data: bombPNG(2000, 10), wantErr: true},
		{desc: "an HTML error page", data: []byte("<html><body>502</body></html>"), wantErr: true},
		{desc: "nothing", data: nil, wantErr: true},
		{desc: "a truncated PNG", data: ok.Bytes()[:60], wantErr: true},
	}
	for _, tc := range tests {
		img, _, err := Decode(tc.data)
		if tc.wantErr {
			if !errors.Is(err, ErrBadTile) {
				t.Errorf("%s: Decode = %v, want ErrBadTile", tc.desc, err)
			}
			continue
		}
		if err != nil || img.Bounds().Dx() != 256 {
			t.Errorf("%s: Decode = %v", tc.desc, err)
		}
	}
	if len(bombPNG(1, 1)) > 80 {
		t.Errorf("the bomb is %d bytes; the audit's was 74", len(bombPNG(1, 1)))
	}
}

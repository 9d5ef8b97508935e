package render

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"

	"github.com/perutraffickingatlas/atlas/internal/safefile"
)

// maxTileFile bounds the size of a tile file read back: a 2048-pixel
// RGBA tile stored uncompressed is 16 MiB.
const maxTileFile = 64 << 20

// errBadPNG is wrapped by checkPNG for a file that is not an intact PNG.
var errBadPNG = errors.New("render: not an intact PNG")

// checkPNG reports whether the regular file at path is a whole PNG of
// size x size pixels without decoding it: the signature, every chunk's
// CRC, the IHDR's size and a closing IEND. A file cut short or damaged
// anywhere fails, as decoding it would, at a fraction of the cost (the
// export reads every tile it needs back this way on every export).
func checkPNG(path string, size int) error {
	f, err := safefile.Open(path) // a FIFO or directory is never opened as one
	if err != nil {
		return fmt.Errorf("%w: %v", errBadPNG, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() > maxTileFile {
		return fmt.Errorf("%w: %s is larger than %d bytes", errBadPNG, path, maxTileFile)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxTileFile))
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
		return fmt.Errorf("%w: %s has no PNG signature", errBadPNG, path)
	}
	b = b[8:]
	for first := true; ; first = false {
		if len(b) < 12 {
			return fmt.Errorf("%w: %s is cut short", errBadPNG, path)
		}
		n := binary.BigEndian.Uint32(b)
		if uint64(n) > uint64(len(b)-12) {
			return fmt.Errorf("%w: %s is cut short", errBadPNG, path)
		}
		typ, data := string(b[4:8]), b[8:8+n]
		if crc32.ChecksumIEEE(b[4:8+n]) != binary.BigEndian.Uint32(b[8+n:]) {
			return fmt.Errorf("%w: %s: chunk %q is damaged", errBadPNG, path, typ)
		}
		switch {
		case first && (typ != "IHDR" || n < 8):
			return fmt.Errorf("%w: %s does not start with IHDR", errBadPNG, path)
		case first && (binary.BigEndian.Uint32(data) != uint32(size) || binary.BigEndian.Uint32(data[4:]) != uint32(size)):
			return fmt.Errorf("%w: %s is not %dx%d", errBadPNG, path, size, size)
		case typ == "IEND":
			return nil
		}
		b = b[12+n:]
	}
}

package gunzip

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// ErrTooLarge is returned when a stream decompresses to more than the
// bound.
var ErrTooLarge = errors.New("gunzip: decompressed stream too large")

// ReadAll decompresses r, failing when it is not gzip, is corrupt or
// holds more than max bytes.
func ReadAll(r io.Reader, max int) ([]byte, error) {
	zr, err := gzip.NewReader(bufio.NewReader(r))
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(zr, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

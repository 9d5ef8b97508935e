package basemap

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/internal/gunzip"
)

// magic starts every decoded stream; the digit is the format version.
const magic = "PTABASEMAP2\n"

// perDegree is the number of coordinate steps per degree (1e-5 degrees,
// about a metre, per step).
const perDegree = 1e5

// ErrFormat is wrapped by every Decode error caused by malformed input.
var ErrFormat = errors.New("basemap: malformed data")

// maxDecoded bounds the decompressed size Decode accepts, against gzip bombs.
const maxDecoded = 64 << 20

// Encode writes d as a gzip-compressed stream. Inside the gzip the layout
// is: the magic line; the bound (two points); then each section as a
// uvarint count followed by its records: land (level, points), Peru
// (points), coast (points), rivers (level, name, points), borders (flag,
// points), places (kind, name, country, code, population, point); then the
// context bound and context rings (points). Integers are uvarints, names
// length-prefixed UTF-8, a point two zigzag varints of 1e-5 degrees, and a
// point list a count and deltas from the previous point.
func Encode(w io.Writer, d *Data) error {
	var e encoder
	e.buf.WriteString(magic)
	e.point(d.Bound.Min)
	e.point(d.Bound.Max)
	e.uint(uint64(len(d.Land)))
	for _, a := range d.Land {
		e.uint(uint64(a.Level))
		e.points(a.Ring)
	}
	e.uint(uint64(len(d.Peru)))
	for _, r := range d.Peru {
		e.points(r)
	}
	e.uint(uint64(len(d.Coast)))
	for _, l := range d.Coast {
		e.points(l)
	}
	e.uint(uint64(len(d.Rivers)))
	for _, r := range d.Rivers {
		e.uint(uint64(r.Level))
		e.str(r.Name)
		e.points(r.Line)
	}
	e.uint(uint64(len(d.Borders)))
	for _, b := range d.Borders {
		if b.Peru {
			e.uint(1)
		} else {
			e.uint(0)
		}
		e.points(b.Line)
	}
	e.uint(uint64(len(d.Places)))
	for _, p := range d.Places {
		e.uint(uint64(p.Kind))
		e.str(p.Name)
		e.str(p.Country)
		e.str(p.Code)
		e.uint(uint64(p.Population))
		e.point(p.Point)
	}
	e.point(d.ContextBound.Min)
	e.point(d.ContextBound.Max)
	e.uint(uint64(len(d.Context)))
	for _, r := range d.Context {
		e.points(r)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("basemap: encode: %w", err)
	}
	if _, err := zw.Write(e.buf.Bytes()); err != nil {
		return fmt.Errorf("basemap: encode: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("basemap: encode: %w", err)
	}
	return nil
}

type encoder struct {
	buf     bytes.Buffer
	scratch [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v uint64) {
	n := binary.PutUvarint(e.scratch[:], v)
	e.buf.Write(e.scratch[:n])
}

func (e *encoder) int(v int64) {
	n := binary.PutVarint(e.scratch[:], v)
	e.buf.Write(e.scratch[:n])
}

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.buf.WriteString(s)
}

func q(v float64) int64 { return int64(math.Round(v * perDegree)) }

func (e *encoder) point(p orb.Point) {
	e.int(q(p[0]))
	e.int(q(p[1]))
}

// points writes a count and delta-coded quantized coordinates.
func (e *encoder) points(ps []orb.Point) {
	e.uint(uint64(len(ps)))
	var x, y int64
	for _, p := range ps {
		nx, ny := q(p[0]), q(p[1])
		e.int(nx - x)
		e.int(ny - y)
		x, y = nx, ny
	}
}

// Decode reads a stream written by Encode. name is used in error messages.
func Decode(r io.Reader, name string) (*Data, error) {
	raw, err := gunzip.ReadAll(r, maxDecoded)
	if err != nil {
		return nil, fmt.Errorf("basemap %s: %w: %w", name, ErrFormat, err)
	}
	d, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("basemap %s: %w", name, err)
	}
	return d, nil
}

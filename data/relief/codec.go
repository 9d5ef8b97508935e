package relief

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/perutraffickingatlas/atlas/internal/gunzip"
)

// magic starts every decoded stream; the digit is the format version.
const magic = "PTARELIEF1\n"

// Limits of the format, checked by Encode and Decode.
const (
	maxGrids   = 8
	maxSide    = 8192    // samples along one side of a grid
	maxSamples = 1 << 23 // samples in all grids together
	maxStep    = 3600    // arc-seconds: one degree
	maxDecoded = 64 << 20
)

// ErrFormat is wrapped by every Decode and Encode error caused by
// malformed data.
var ErrFormat = errors.New("relief: malformed data")

// Encode writes d as a gzip-compressed stream. Inside the gzip the layout
// is: the magic line; a uvarint grid count; per grid the west and north
// arc-seconds (zigzag varints), the step, width and height (uvarints) and
// then width*height zigzag varints, each sample's difference from the
// planar prediction left+up-upleft (left or up alone on the first row and
// column, 0 for the first sample).
func Encode(w io.Writer, d *Data) error {
	if err := check(d); err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString(magic)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { buf.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	sv := func(v int64) { buf.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	uv(uint64(len(d.Grids)))
	for i := range d.Grids {
		g := &d.Grids[i]
		sv(int64(g.West))
		sv(int64(g.North))
		uv(uint64(g.Step))
		uv(uint64(g.W))
		uv(uint64(g.H))
		for j := range g.H {
			for k := range g.W {
				sv(int64(g.Z[j*g.W+k]) - predict(g.Z, g.W, k, j))
			}
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("relief: encode: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("relief: encode: %w", err)
	}
	return nil
}

// predict is the planar prediction of sample (k, j) from its decoded
// neighbours.
func predict(z []int16, w, k, j int) int64 {
	switch {
	case k == 0 && j == 0:
		return 0
	case j == 0:
		return int64(z[k-1])
	case k == 0:
		return int64(z[(j-1)*w])
	default:
		i := j*w + k
		return int64(z[i-1]) + int64(z[i-w]) - int64(z[i-w-1])
	}
}

// check validates every header field and size of d.
func check(d *Data) error {
	if len(d.Grids) == 0 || len(d.Grids) > maxGrids {
		return fmt.Errorf("%w: %d grids (1 to %d allowed)", ErrFormat, len(d.Grids), maxGrids)
	}
	total := 0
	for i := range d.Grids {
		if err := checkGrid(&d.Grids[i], i); err != nil {
			return err
		}
		total += d.Grids[i].W * d.Grids[i].H
		if total > maxSamples {
			return fmt.Errorf("%w: more than %d samples", ErrFormat, maxSamples)
		}
	}
	return nil
}

func checkGrid(g *Grid, i int) error {
	bad := func(what string, v any) error {
		return fmt.Errorf("%w: grid %d: bad %s %v", ErrFormat, i, what, v)
	}
	switch {
	case g.Step <= 0 || g.Step > maxStep:
		return bad("step", g.Step)
	case g.W < 2 || g.W > maxSide:
		return bad("width", g.W)
	case g.H < 2 || g.H > maxSide:
		return bad("height", g.H)
	case g.West < -180*3600 || int64(g.West)+int64(g.W-1)*int64(g.Step) > 180*3600:
		return bad("longitude extent from", g.West)
	case g.North > 90*3600 || int64(g.North)-int64(g.H-1)*int64(g.Step) < -90*3600:
		return bad("latitude extent from", g.North)
	case len(g.Z) != g.W*g.H:
		return bad("sample count", len(g.Z))
	}
	for k, z := range g.Z {
		if z < MinElevation || z > MaxElevation {
			return fmt.Errorf("%w: grid %d: sample %d: elevation %d m out of range", ErrFormat, i, k, z)
		}
	}
	return nil
}

// Decode reads a stream written by Encode; name labels errors. It never
// panics: bad input gives an error wrapping ErrFormat.
func Decode(r io.Reader, name string) (*Data, error) {
	b, err := gunzip.ReadAll(r, maxDecoded)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrFormat, err)
	}
	d, err := decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// decoder reads the uncompressed encoding; the first error sticks.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: bad %s at byte %d", ErrFormat, what, d.off)
	}
}

func (d *decoder) uint(what string, max uint64) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 || v > max {
		d.fail(what)
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) int(what string, lim int64) int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b[d.off:])
	if n <= 0 || v > lim || v < -lim {
		d.fail(what)
		return 0
	}
	d.off += n
	return v
}

func decode(b []byte) (*Data, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: missing header %q", ErrFormat, magic[:len(magic)-1])
	}
	d := &decoder{b: b, off: len(magic)}
	n := d.uint("grid count", maxGrids)
	if d.err == nil && n == 0 {
		d.fail("grid count")
	}
	out := &Data{Grids: make([]Grid, n)}
	total := 0
	for i := range out.Grids {
		g := &out.Grids[i]
		g.West = int32(d.int("west", 180*3600))
		g.North = int32(d.int("north", 90*3600))
		g.Step = int32(d.uint("step", maxStep))
		g.W = int(d.uint("width", maxSide))
		g.H = int(d.uint("height", maxSide))
		if d.err != nil {
			return nil, d.err
		}
		total += g.W * g.H
		// Each sample takes at least one byte: a count beyond the input is
		// rejected before anything is allocated for it.
		if total > maxSamples || g.W*g.H > len(b)-d.off {
			d.fail("grid size")
			return nil, d.err
		}
		g.Z = make([]int16, g.W*g.H)
		if err := checkGrid(g, i); err != nil { // Z is all zero: the header
			return nil, err
		}
		for j := range g.H {
			for k := range g.W {
				v := predict(g.Z, g.W, k, j) + d.int("sample", 1<<20)
				if d.err != nil {
					return nil, d.err
				}
				if v < MinElevation || v > MaxElevation {
					d.fail(fmt.Sprintf("elevation %d m", v))
					return nil, d.err
				}
				g.Z[j*g.W+k] = int16(v)
			}
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if d.off != len(b) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(b)-d.off)
	}
	return out, nil
}

package relief

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"testing"
)

// sample is a coarse 3x3 grid under a fine 4x4 one.
func sample() *Data {
	return &Data{Grids: []Grid{
		{West: -80 * 3600, North: -10 * 3600, Step: 1800, W: 3, H: 3, Z: []int16{0, 100, 200, 100, 200, 300, 200, 300, 400}},
		{West: -80 * 3600, North: -10 * 3600, Step: 600, W: 4, H: 4, Z: []int16{
			-50, 10, 20, 30,
			15, 4000, 35, 45,
			25, 35, -9000, 55,
			35, 45, 55, 8000,
		}},
	}}
}

func encode(t testing.TB, d *Data) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gz(raw []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(raw)
	zw.Close()
	return buf.Bytes()
}

// header builds an uncompressed stream with one grid header and the given
// residual bytes.
func header(west, north int64, step, w, h uint64, rest ...byte) []byte {
	b := []byte(magic)
	b = binary.AppendUvarint(b, 1)
	b = binary.AppendVarint(b, west)
	b = binary.AppendVarint(b, north)
	b = binary.AppendUvarint(b, step)
	b = binary.AppendUvarint(b, w)
	b = binary.AppendUvarint(b, h)
	return append(b, rest...)
}

func TestRoundTrip(t *testing.T) {
	want := sample()
	got, err := Decode(bytes.NewReader(encode(t, want)), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Grids) != len(want.Grids) {
		t.Fatalf("%d grids", len(got.Grids))
	}
	for i := range want.Grids {
		g, w := got.Grids[i], want.Grids[i]
		if g.West != w.West || g.North != w.North || g.Step != w.Step || g.W != w.W || g.H != w.H {
			t.Errorf("grid %d header = %+v", i, g)
		}
		for k := range w.Z {
			if g.Z[k] != w.Z[k] {
				t.Errorf("grid %d sample %d = %d, want %d", i, k, g.Z[k], w.Z[k])
			}
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	zeros := func(n int) []byte { return make([]byte, n) }
	good := encode(t, sample())
	for _, tc := range []struct {
		desc string
		in   []byte
	}{
		{desc: "not gzip", in: []byte("PTARELIEF1\n")},
		{desc: "truncated gzip", in: good[:len(good)/2]},
		{desc: "wrong magic", in: gz([]byte("PTABASEMAP2\n"))},
		{desc: "no grids", in: gz(binary.AppendUvarint([]byte(magic), 0))},
		{desc: "too many grids", in: gz(binary.AppendUvarint([]byte(magic), maxGrids+1))},
		{desc: "zero step", in: gz(header(0, 0, 0, 2, 2, zeros(4)...))},
		{desc: "step over a degree", in: gz(header(0, 0, maxStep+1, 2, 2, zeros(4)...))},
		{desc: "width of one", in: gz(header(0, 0, 60, 1, 2, zeros(2)...))},
		{desc: "huge width", in: gz(header(0, 0, 60, maxSide+1, 2, zeros(4)...))},
		{desc: "west beyond the antimeridian", in: gz(header(-181*3600, 0, 60, 2, 2, zeros(4)...))},
		{desc: "east beyond the antimeridian", in: gz(header(179*3600, 0, 3600, 3, 2, zeros(6)...))},
		{desc: "south beyond the pole", in: gz(header(0, -89*3600, 3600, 2, 3, zeros(6)...))},
		{desc: "more samples than bytes", in: gz(header(0, 0, 60, 100, 100, zeros(10)...))},
		{desc: "samples cut short", in: gz(header(0, 0, 60, 2, 2, zeros(3)...))},
		{desc: "elevation above range", in: gz(header(0, 0, 60, 2, 2, append(binary.AppendVarint(nil, MaxElevation+1), zeros(3)...)...))},
		{desc: "drift below range", in: gz(header(0, 0, 60, 2, 2, append(binary.AppendVarint(nil, -6000), binary.AppendVarint(nil, -6000)...)...))},
		{desc: "trailing bytes", in: gz(header(0, 0, 60, 2, 2, zeros(5)...))},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d, err := Decode(bytes.NewReader(tc.in), "bad.bin.gz")
			if !errors.Is(err, ErrFormat) || d != nil {
				t.Errorf("Decode = %v, %v; want ErrFormat", d, err)
			}
		})
	}
}

func TestEncodeRejects(t *testing.T) {
	for _, tc := range []struct {
		desc string
		edit func(d *Data)
	}{
		{desc: "no grids", edit: func(d *Data) { d.Grids = nil }},
		{desc: "short samples", edit: func(d *Data) { d.Grids[1].Z = d.Grids[1].Z[1:] }},
		{desc: "elevation out of range", edit: func(d *Data) { d.Grids[0].Z[4] = -12000 }},
		{desc: "negative step", edit: func(d *Data) { d.Grids[0].Step = -60 }},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := sample()
			tc.edit(d)
			if err := Encode(&bytes.Buffer{}, d); !errors.Is(err, ErrFormat) {
				t.Errorf("Encode = %v, want ErrFormat", err)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(encode(f, sample()))
	f.Add(gz(header(0, 0, 60, 2, 2, 0, 0, 0, 0)))
	f.Add(gz(header(0, 0, 60, 3, 2, 2, 4, 6, 8, 10)))
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := Decode(bytes.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		// Whatever decodes re-encodes and looks up without panicking.
		if err := Encode(&bytes.Buffer{}, d); err != nil {
			t.Fatalf("decoded data does not re-encode: %v", err)
		}
		w, s, e, n := d.Bounds()
		for _, p := range [][2]float64{{w, s}, {e, n}, {(w + e) / 2, (s + n) / 2}, {e + 1, n + 1}} {
			if v, ok := d.Elevation(p[0], p[1]); ok && (v < MinElevation || v > MaxElevation) {
				t.Fatalf("Elevation(%v) = %v", p, v)
			}
		}
	})
}

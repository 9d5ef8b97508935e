package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// A minimal reader of classic netCDF files (CDF-1 and CDF-2), enough to
// read one 2-D float or short variable of ETOPO5 as shipped by Debian's
// ferret-datasets. Only regular files are read.

const (
	ncDimension = 0x0a
	ncVariable  = 0x0b
	ncAttribute = 0x0c
)

// netCDF external types and their sizes.
var ncSize = map[uint32]int{1: 1, 2: 1, 3: 2, 4: 4, 5: 4, 6: 8}

const (
	ncShort  = 3
	ncInt    = 4
	ncFloat  = 5
	ncDouble = 6
)

// ncVar is one variable's header.
type ncVar struct {
	name  string
	dims  []int // lengths, outermost first
	typ   uint32
	begin int64
	attrs map[string][]float64
}

// ncFile is a parsed header.
type ncFile struct {
	path string
	vars map[string]*ncVar
	f    *os.File
}

// ncHeader reads r's header; off counts the bytes read, for messages.
type ncHeader struct {
	r       io.Reader
	off     int64
	version byte
	err     error
}

func (h *ncHeader) u32() uint32 {
	var b [4]byte
	if h.err != nil {
		return 0
	}
	if _, err := io.ReadFull(h.r, b[:]); err != nil {
		h.err = fmt.Errorf("byte %d: %w", h.off, err)
		return 0
	}
	h.off += 4
	return binary.BigEndian.Uint32(b[:])
}

func (h *ncHeader) bytes(n int) []byte {
	if h.err != nil {
		return nil
	}
	if n < 0 || n > 1<<20 {
		h.err = fmt.Errorf("byte %d: implausible length %d", h.off, n)
		return nil
	}
	pad := (4 - n%4) % 4
	b := make([]byte, n+pad)
	if _, err := io.ReadFull(h.r, b); err != nil {
		h.err = fmt.Errorf("byte %d: %w", h.off, err)
		return nil
	}
	h.off += int64(n + pad)
	return b[:n]
}

func (h *ncHeader) name() string { return string(h.bytes(int(h.u32()))) }

// count reads a list tag and its length; tag 0 with length 0 is an absent list.
func (h *ncHeader) count(tag uint32) int {
	t, n := h.u32(), h.u32()
	if h.err == nil && t != tag && !(t == 0 && n == 0) {
		h.err = fmt.Errorf("byte %d: list tag %#x, want %#x", h.off-8, t, tag)
	}
	if n > 1<<16 {
		h.err = fmt.Errorf("byte %d: implausible list length %d", h.off-4, n)
		return 0
	}
	return int(n)
}

// attrs reads an attribute list, keeping numeric values.
func (h *ncHeader) attrs() map[string][]float64 {
	out := map[string][]float64{}
	n := h.count(ncAttribute)
	for range n {
		name := h.name()
		typ, cnt := h.u32(), h.u32()
		sz, ok := ncSize[typ]
		if !ok {
			if h.err == nil {
				h.err = fmt.Errorf("byte %d: attribute %s: unknown type %d", h.off, name, typ)
			}
			return out
		}
		b := h.bytes(int(cnt) * sz)
		if h.err != nil {
			return out
		}
		if typ >= ncShort {
			vs := make([]float64, cnt)
			for i := range vs {
				vs[i] = ncValue(b[i*sz:], typ)
			}
			out[name] = vs
		}
	}
	return out
}

func ncValue(b []byte, typ uint32) float64 {
	switch typ {
	case ncShort:
		return float64(int16(binary.BigEndian.Uint16(b)))
	case ncInt:
		return float64(int32(binary.BigEndian.Uint32(b)))
	case ncFloat:
		return float64(math.Float32frombits(binary.BigEndian.Uint32(b)))
	default:
		return math.Float64frombits(binary.BigEndian.Uint64(b))
	}
}

// openNetCDF opens path and parses its header.
func openNetCDF(path string) (*ncFile, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	h := &ncHeader{r: f}
	magic := h.bytes(4)
	if h.err == nil && (string(magic[:3]) != "CDF" || (magic[3] != 1 && magic[3] != 2)) {
		h.err = errors.New("not a classic netCDF file")
	}
	if h.err == nil {
		h.version = magic[3]
	}
	h.u32() // numrecs
	ndims := h.count(ncDimension)
	dims := make([]int, ndims)
	for i := range dims {
		h.name()
		dims[i] = int(h.u32())
	}
	h.attrs()
	nc := &ncFile{path: path, vars: map[string]*ncVar{}, f: f}
	nvars := h.count(ncVariable)
	for range nvars {
		v := &ncVar{name: h.name()}
		nd := int(h.u32())
		if nd > 8 {
			h.err = fmt.Errorf("variable %s: %d dimensions", v.name, nd)
		}
		for range nd {
			id := int(h.u32())
			if h.err == nil && id >= len(dims) {
				h.err = fmt.Errorf("variable %s: dimension id %d", v.name, id)
			}
			if h.err == nil {
				v.dims = append(v.dims, dims[id])
			}
		}
		v.attrs = h.attrs()
		v.typ = h.u32()
		h.u32() // vsize
		if h.version == 2 {
			v.begin = int64(h.u32())<<32 | int64(h.u32())
		} else {
			v.begin = int64(h.u32())
		}
		if h.err == nil {
			nc.vars[v.name] = v
		}
	}
	if h.err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, h.err)
	}
	return nc, nil
}

func (nc *ncFile) Close() error { return nc.f.Close() }

// floats reads a whole non-record variable as float64s, scaled by its
// scale_factor and add_offset attributes when present.
func (nc *ncFile) floats(name string) (*ncVar, []float64, error) {
	v := nc.vars[name]
	if v == nil {
		return nil, nil, fmt.Errorf("%s: no variable %s", nc.path, name)
	}
	sz, ok := ncSize[v.typ]
	if !ok || v.typ < ncShort {
		return nil, nil, fmt.Errorf("%s: variable %s: unsupported type %d", nc.path, name, v.typ)
	}
	n := 1
	for _, d := range v.dims {
		if d <= 0 || n > (1<<28)/d {
			return nil, nil, fmt.Errorf("%s: variable %s: bad shape %v", nc.path, name, v.dims)
		}
		n *= d
	}
	b := make([]byte, n*sz)
	if _, err := nc.f.ReadAt(b, v.begin); err != nil {
		return nil, nil, fmt.Errorf("%s: variable %s: %w", nc.path, name, err)
	}
	scale, offset := 1.0, 0.0
	if s := v.attrs["scale_factor"]; len(s) == 1 {
		scale = s[0]
	}
	if o := v.attrs["add_offset"]; len(o) == 1 {
		offset = o[0]
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = ncValue(b[i*sz:], v.typ)*scale + offset
	}
	return v, out, nil
}

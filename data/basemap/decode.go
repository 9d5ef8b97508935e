package basemap

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

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

func (d *decoder) uint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) int(what string) int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b[d.off:])
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.off += n
	return v
}

// count reads a length and checks that at least min bytes per element remain.
func (d *decoder) count(what string, min int) int {
	v := d.uint(what)
	if d.err != nil {
		return 0
	}
	if v > uint64(len(d.b)-d.off)/uint64(min) {
		d.fail(what + " count")
		return 0
	}
	return int(v)
}

func (d *decoder) str(what string) string {
	n := d.count(what, 1)
	if d.err != nil {
		return ""
	}
	s := string(d.b[d.off : d.off+n])
	d.off += n
	return s
}

func (d *decoder) coord(v int64, lim float64, what string) float64 {
	f := float64(v) / perDegree
	if math.Abs(f) > lim {
		d.fail(what)
		return 0
	}
	return f
}

func (d *decoder) point(what string) orb.Point {
	x := d.coord(d.int(what), 180, what+" longitude")
	y := d.coord(d.int(what), 90, what+" latitude")
	return orb.Point{x, y}
}

func (d *decoder) points(what string) []orb.Point {
	n := d.count(what, 2)
	if d.err != nil {
		return nil
	}
	ps := make([]orb.Point, n)
	var x, y int64
	for i := range ps {
		dx, dy := d.int(what), d.int(what)
		if d.err != nil {
			return nil
		}
		// Bound deltas so the running sums cannot overflow.
		if dx > 1<<40 || dx < -(1<<40) || dy > 1<<40 || dy < -(1<<40) {
			d.fail(what + " delta")
			return nil
		}
		x, y = x+dx, y+dy
		ps[i] = orb.Point{d.coord(x, 180, what+" longitude"), d.coord(y, 90, what+" latitude")}
	}
	return ps
}

func (d *decoder) small(what string, max uint64) uint8 {
	v := d.uint(what)
	if v > max {
		d.fail(what)
		return 0
	}
	return uint8(v)
}

func decode(b []byte) (*Data, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: missing header %q", ErrFormat, magic[:len(magic)-1])
	}
	d := &decoder{b: b, off: len(magic)}
	out := &Data{}
	out.Bound.Min = d.point("bound")
	out.Bound.Max = d.point("bound")
	out.Land = make([]Area, d.count("land", 2))
	for i := range out.Land {
		out.Land[i].Level = d.small("land level", LevelLakeIsland)
		out.Land[i].Ring = d.points("land ring")
	}
	out.Peru = make([]orb.Ring, d.count("peru", 1))
	for i := range out.Peru {
		out.Peru[i] = d.points("peru ring")
	}
	out.Coast = make([]orb.LineString, d.count("coast", 1))
	for i := range out.Coast {
		out.Coast[i] = d.points("coast line")
	}
	out.Rivers = make([]River, d.count("rivers", 3))
	for i := range out.Rivers {
		out.Rivers[i].Level = d.small("river level", 10)
		out.Rivers[i].Name = d.str("river name")
		out.Rivers[i].Line = d.points("river line")
	}
	out.Borders = make([]Border, d.count("borders", 2))
	for i := range out.Borders {
		out.Borders[i].Peru = d.small("border flag", 1) == 1
		out.Borders[i].Line = d.points("border line")
	}
	out.Places = make([]Place, d.count("places", 7))
	for i := range out.Places {
		p := &out.Places[i]
		p.Kind = PlaceKind(d.small("place kind", uint64(KindLake)))
		if d.err == nil && p.Kind == 0 {
			d.fail("place kind")
		}
		p.Name = d.str("place name")
		p.Country = d.str("place country")
		p.Code = d.str("place code")
		pop := d.uint("population")
		if pop > math.MaxInt32 {
			d.fail("population")
		}
		p.Population = int(pop)
		p.Point = d.point("place")
	}
	out.ContextBound.Min = d.point("context bound")
	out.ContextBound.Max = d.point("context bound")
	out.Context = make([]orb.Ring, d.count("context", 1))
	for i := range out.Context {
		out.Context[i] = d.points("context ring")
	}
	if d.err != nil {
		return nil, d.err
	}
	if d.off != len(b) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(b)-d.off)
	}
	return out, nil
}

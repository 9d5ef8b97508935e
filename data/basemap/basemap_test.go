package basemap

import (
	"bytes"
	"compress/gzip"
	"errors"
	"testing"

	"github.com/paulmach/orb"
)

func sample() *Data {
	return &Data{
		Bound: orb.Bound{Min: orb.Point{-82, -19}, Max: orb.Point{-68, 1}},
		Land: []Area{
			{Level: LevelLand, Ring: orb.Ring{{-80, -10}, {-79, -10}, {-79, -9}, {-80, -10}}},
			{Level: LevelLake, Ring: orb.Ring{{-69.5, -15.5}, {-69.4, -15.5}, {-69.4, -15.4}, {-69.5, -15.5}}},
		},
		Peru:         []orb.Ring{{{-80, -10}, {-79, -10}, {-79, -9}, {-80, -10}}},
		Coast:        []orb.LineString{{{-80, -10}, {-79.5, -10.2}}},
		Rivers:       []River{{Level: 1, Name: "Huallaga", Line: orb.LineString{{-76, -9.3}, {-76.5, -8.2}}}, {Level: 4, Line: orb.LineString{{-75, -9}, {-75.1, -9.1}}}},
		Borders:      []Border{{Peru: true, Line: orb.LineString{{-78, -4}, {-77, -3}}}, {Line: orb.LineString{{-70, -10}, {-69, -11}}}},
		ContextBound: orb.Bound{Min: orb.Point{-100, -50}, Max: orb.Point{-25, 30}},
		Context:      []orb.Ring{{{-80, -10}, {-70, -10}, {-70, 0}, {-80, -10}}},
		Places: []Place{
			{Kind: KindCapital, Name: "Lima", Country: "PE", Code: "PPLC", Population: 7737002, Point: orb.Point{-77.02824, -12.04318}},
			{Kind: KindCountry, Name: "Brazil", Point: orb.Point{-70.07, -6.89}},
		},
	}
}

func encode(t testing.TB, d *Data) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	want := sample()
	got, err := Decode(bytes.NewReader(encode(t, want)), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Land) != 2 || got.Land[1].Level != LevelLake || !orb.Equal(got.Land[0].Ring, want.Land[0].Ring) {
		t.Errorf("land = %+v", got.Land)
	}
	if got.Rivers[0].Name != "Huallaga" || !orb.Equal(got.Rivers[0].Line, want.Rivers[0].Line) {
		t.Errorf("rivers = %+v", got.Rivers)
	}
	if !got.Borders[0].Peru || got.Borders[1].Peru {
		t.Errorf("borders = %+v", got.Borders)
	}
	lima := got.Places[0]
	if lima.Name != "Lima" || lima.Kind != KindCapital || lima.Code != "PPLC" || lima.Population != 7737002 ||
		lima.Point != want.Places[0].Point {
		t.Errorf("place = %+v", lima)
	}
	if got.ContextBound != want.ContextBound || len(got.Context) != 1 || !orb.Equal(got.Context[0], want.Context[0]) {
		t.Errorf("context = %v %v", got.ContextBound, got.Context)
	}
	if got.Bound != want.Bound {
		t.Errorf("bound = %v", got.Bound)
	}
}

func gz(t testing.TB, raw []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(raw)
	zw.Close()
	return buf.Bytes()
}

func raw(t testing.TB, d *Data) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(encode(t, d)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	buf.ReadFrom(zr)
	return buf.Bytes()
}

func TestDecodeErrors(t *testing.T) {
	good := raw(t, sample())
	for _, tc := range []struct {
		desc string
		in   []byte
	}{
		{desc: "empty", in: nil},
		{desc: "not gzip", in: []byte("hello")},
		{desc: "wrong header", in: gz(t, []byte("PTABASEMAP1\n"))},
		{desc: "truncated", in: gz(t, good[:len(good)/2])},
		{desc: "trailing bytes", in: gz(t, append(append([]byte(nil), good...), 0))},
		{desc: "huge count", in: gz(t, append([]byte(magic), 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f))},
		{desc: "coordinate out of range", in: gz(t, append([]byte(magic), 0xfe, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0))},
		{desc: "header only", in: gz(t, good[:len(magic)])},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d, err := Decode(bytes.NewReader(tc.in), tc.desc)
			if err == nil || d != nil {
				t.Fatalf("Decode = %v, %v; want an error", d, err)
			}
			if tc.desc != "empty" && tc.desc != "not gzip" && !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

func TestEmbedded(t *testing.T) {
	d, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc string
		n    int
		min  int
	}{
		{desc: "land rings", n: len(d.Land), min: 10},
		{desc: "Peru rings", n: len(d.Peru), min: 1},
		{desc: "coast lines", n: len(d.Coast), min: 10},
		{desc: "rivers", n: len(d.Rivers), min: 100},
		{desc: "borders", n: len(d.Borders), min: 5},
		{desc: "places", n: len(d.Places), min: 1000},
		{desc: "context rings", n: len(d.Context), min: 1},
	} {
		if tc.n < tc.min {
			t.Errorf("%s: %d, want at least %d", tc.desc, tc.n, tc.min)
		}
	}
	named := map[string]bool{}
	for _, r := range d.Rivers {
		if r.Name != "" {
			named[r.Name] = true
		}
	}
	for _, n := range []string{"Huallaga", "Apurímac", "Ene", "Mantaro", "Ucayali", "Marañón", "Putumayo", "Amazon"} {
		if !named[n] {
			t.Errorf("river %s is not named", n)
		}
	}
	if !d.Bound.Contains(Extent().Min) || !d.Bound.Contains(Extent().Max) {
		t.Errorf("bound %v does not hold the extent %v", d.Bound, Extent())
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(embedded)
	f.Add(encode(f, sample()))
	small := raw(f, sample())
	f.Add(small)
	f.Fuzz(func(t *testing.T, b []byte) {
		// Both the compressed stream and the raw encoding must fail cleanly.
		if d, err := Decode(bytes.NewReader(b), "fuzz"); err == nil && d == nil {
			t.Fatal("nil data without error")
		}
		if d, err := decode(b); err == nil && d == nil {
			t.Fatal("nil data without error")
		}
	})
}

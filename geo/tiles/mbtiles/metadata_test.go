package mbtiles

import (
	"errors"
	"fmt"
	"testing"

	"github.com/paulmach/orb"
)

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		desc    string
		kv      map[string]string
		wantErr error
		check   func(t *testing.T, md Metadata)
	}{
		{
			desc: "full metadata",
			kv:   peruMetadata("png"),
			check: func(t *testing.T, md Metadata) {
				want := orb.Bound{Min: orb.Point{-81.4, -18.4}, Max: orb.Point{-68.6, -0.03}}
				if !md.HasBounds || md.Bounds != want {
					t.Errorf("bounds %v", md.Bounds)
				}
				if !md.HasCenter || md.Center != (orb.Point{-75, -9}) || md.CenterZoom != 6 {
					t.Errorf("center %v z%d", md.Center, md.CenterZoom)
				}
				if md.MinZoom != 5 || md.MaxZoom != 7 || md.Format != "png" || md.Type != "baselayer" || md.Version != "1.3" {
					t.Errorf("%+v", md)
				}
				if md.Attribution != "© Example Data" {
					t.Errorf("attribution %q", md.Attribution)
				}
			},
		},
		{
			desc: "empty is fine, zooms unknown",
			kv:   map[string]string{},
			check: func(t *testing.T, md Metadata) {
				if md.MinZoom != -1 || md.MaxZoom != -1 || md.HasBounds || md.HasCenter || md.Format != "" {
					t.Errorf("%+v", md)
				}
			},
		},
		{desc: "jpeg spelled out", kv: map[string]string{"format": "JPEG"}, check: func(t *testing.T, md Metadata) {
			if md.Format != "jpg" {
				t.Errorf("format %q", md.Format)
			}
		}},
		{desc: "float zooms", kv: map[string]string{"minzoom": "2.0", "maxzoom": " 9 "}, check: func(t *testing.T, md Metadata) {
			if md.MinZoom != 2 || md.MaxZoom != 9 {
				t.Errorf("zooms %d %d", md.MinZoom, md.MaxZoom)
			}
		}},
		{desc: "center without zoom", kv: map[string]string{"center": "-75,-9"}},
		{desc: "pbf", kv: map[string]string{"format": "pbf", "name": "vec"}, wantErr: ErrVectorTiles,
			check: func(t *testing.T, md Metadata) {
				if md.Name != "vec" || md.Format != "pbf" {
					t.Errorf("metadata not returned with the error: %+v", md)
				}
			}},
		{desc: "unknown format", kv: map[string]string{"format": "gif"}, wantErr: ErrUnsupportedFormat},
		{desc: "three bounds", kv: map[string]string{"bounds": "1,2,3"}, wantErr: ErrBadMetadata},
		{desc: "bounds out of range", kv: map[string]string{"bounds": "-200,-10,10,10"}, wantErr: ErrBadMetadata},
		{desc: "bounds inverted", kv: map[string]string{"bounds": "10,-10,-10,10"}, wantErr: ErrBadMetadata},
		{desc: "NaN bounds", kv: map[string]string{"bounds": "NaN,0,1,1"}, wantErr: ErrBadMetadata},
		{desc: "bad center", kv: map[string]string{"center": "-75,-9,6.5"}, wantErr: ErrBadMetadata},
		{desc: "minzoom word", kv: map[string]string{"minzoom": "low"}, wantErr: ErrBadMetadata},
		{desc: "maxzoom too deep", kv: map[string]string{"maxzoom": "99"}, wantErr: ErrBadMetadata},
		{desc: "negative zoom", kv: map[string]string{"minzoom": "-1"}, wantErr: ErrBadMetadata},
		{desc: "min above max", kv: map[string]string{"minzoom": "9", "maxzoom": "3"}, wantErr: ErrBadMetadata},
	}
	for _, tc := range tests {
		md, err := ParseMetadata(tc.kv)
		if tc.wantErr == nil && err != nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: error %v, want %v", tc.desc, err, tc.wantErr)
			continue
		}
		if tc.check != nil {
			t.Run(tc.desc, func(t *testing.T) { tc.check(t, md) })
		}
	}
}

func FuzzParseMetadata(f *testing.F) {
	f.Add("Peru", "png", "-81.4,-18.4,-68.6,-0.03", "-75,-9,6", "5", "7", `<a href="x">&copy; A</a>`)
	f.Add("", "pbf", "", "", "", "", "")
	f.Add("x", "jpg", "1,2,3", "0,0", "2.0", "1e1", "&amp;")
	f.Add("x", "webp", "NaN,0,1,1", "-75,-9,6.5", "-1", "99", "<<>>")
	f.Fuzz(func(t *testing.T, name, format, bounds, center, minz, maxz, attribution string) {
		md, err := ParseMetadata(map[string]string{
			"name": name, "format": format, "bounds": bounds, "center": center,
			"minzoom": minz, "maxzoom": maxz, "attribution": attribution,
		})
		if err != nil {
			if !errors.Is(err, ErrBadMetadata) && !errors.Is(err, ErrVectorTiles) && !errors.Is(err, ErrUnsupportedFormat) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if md.MinZoom < -1 || md.MaxZoom > maxZoom || (md.MinZoom >= 0 && md.MaxZoom >= 0 && md.MinZoom > md.MaxZoom) {
			t.Fatalf("zooms %d..%d", md.MinZoom, md.MaxZoom)
		}
		if md.HasBounds && (md.Bounds.Min.X() > md.Bounds.Max.X() || md.Bounds.Min.Y() > md.Bounds.Max.Y() ||
			md.Bounds.Min.X() < -180 || md.Bounds.Max.X() > 180 || md.Bounds.Min.Y() < -90 || md.Bounds.Max.Y() > 90) {
			t.Fatalf("bounds %v", md.Bounds)
		}
		switch md.Format {
		case "", "png", "jpg", "webp":
		default:
			t.Fatalf("format %q accepted", md.Format)
		}
	})
}

func ExampleParseMetadata() {
	md, err := ParseMetadata(map[string]string{
		"name":        "Peru relief",
		"format":      "jpeg",
		"bounds":      "-81.4,-18.4,-68.6,-0.03",
		"minzoom":     "4",
		"maxzoom":     "11",
		"attribution": `<a href="https://example.org">&copy; Example</a>`,
	})
	fmt.Println(md.Name, md.Format, md.MinZoom, md.MaxZoom, md.Bounds.Min, md.Attribution, err)

	_, err = ParseMetadata(map[string]string{"format": "pbf"})
	fmt.Println(err)
	// Output:
	// Peru relief jpg 4 11 [-81.4 -18.4] © Example <nil>
	// mbtiles: vector tileset (format pbf) is not supported; use a raster png/jpg/webp MBTiles file
}

func FuzzDecode(f *testing.F) {
	f.Add(encode(f, colorOf(tileA), "png"))
	f.Add(encode(f, colorOf(tileA), "jpg"))
	f.Add([]byte("RIFF\x00\x00\x00\x00WEBPVP8L"))
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := decode(data)
		if err == nil && img == nil {
			t.Fatal("nil image without error")
		}
	})
}

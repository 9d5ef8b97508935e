package embedded

import (
	"context"
	"errors"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

var update = flag.Bool("update", false, "rewrite the golden tiles in testdata")

// goldenTiles are a few tiles worth keeping an eye on, named by what they show.
var goldenTiles = []struct {
	desc  string
	at    orb.Point // a point the tile contains
	z     maptile.Zoom
	scale float64
}{
	{desc: "peru-south-z5", at: orb.Point{-75, -12}, z: 5, scale: 1},
	{desc: "titicaca-z7", at: orb.Point{-69.5, -15.8}, z: 7, scale: 1},
	{desc: "tingo-maria-z8", at: orb.Point{-76, -9.3}, z: 8, scale: 1},
	{desc: "iquitos-z9", at: orb.Point{-73.25, -3.75}, z: 9, scale: 1},
	{desc: "lima-z10", at: orb.Point{-77.03, -12.04}, z: 10, scale: 1},
	{desc: "lima-z10-hidpi", at: orb.Point{-77.03, -12.04}, z: 10, scale: 2},
}

func TestGolden(t *testing.T) {
	d := testData(t)
	for _, tc := range goldenTiles {
		t.Run(tc.desc, func(t *testing.T) {
			src := New(WithData(d), WithRelief(sharedRelief.get(t)), WithScale(tc.scale))
			got, err := src.Tile(context.Background(), maptile.At(tc.at, tc.z))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tc.desc+".png")
			if *update {
				writePNG(t, path, got)
				return
			}
			want := readPNG(t, path)
			if bad := differing(got, want); bad > 0 {
				writePNG(t, filepath.Join(t.TempDir(), "got.png"), got)
				t.Errorf("%d pixels differ from %s (run with -update after checking the new tile)", bad, path)
			}
		})
	}
}

// differing counts pixels whose channels differ by more than a small
// tolerance, allowing a few (anti-aliasing on other CPUs).
func differing(a, b image.Image) int {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	bad := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) || far(a1, a2) {
				bad++
			}
		}
	}
	if bad <= r.Dx()*r.Dy()/1000 {
		return 0
	}
	return bad
}

func far(a, b uint32) bool { return a > b+0x800 || b > a+0x800 }

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

func TestInfo(t *testing.T) {
	for _, tc := range []struct {
		desc  string
		scale float64
		size  int
	}{
		{desc: "standard", scale: 1, size: 256},
		{desc: "hidpi", scale: 2, size: 512},
		{desc: "below one means one", scale: 0.5, size: 256},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			info := New(WithScale(tc.scale)).Info()
			if info.ID != "embedded" || info.TileSize != tc.size || info.MinZoom != minZoom || info.MaxZoom != maxZoom || info.Attribution == "" {
				t.Errorf("Info() = %+v", info)
			}
		})
	}
}

func TestTileErrors(t *testing.T) {
	src := New(testShared(t))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		desc string
		ctx  context.Context
		t    maptile.Tile
		want error
	}{
		{desc: "below min zoom", ctx: context.Background(), t: maptile.New(0, 0, minZoom-1), want: tiles.ErrNoTile},
		{desc: "above max zoom", ctx: context.Background(), t: maptile.New(0, 0, maxZoom+1), want: tiles.ErrNoTile},
		{desc: "x outside the world", ctx: context.Background(), t: maptile.New(1<<6, 3, 6), want: tiles.ErrNoTile},
		{desc: "cancelled", ctx: cancelled, t: maptile.At(orb.Point{-75, -10}, 7), want: context.Canceled},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			img, err := src.Tile(tc.ctx, tc.t)
			if !errors.Is(err, tc.want) || img != nil {
				t.Errorf("Tile(%v) = %v, %v; want error %v", tc.t, img, err, tc.want)
			}
		})
	}
}

func TestTileFarFromPeru(t *testing.T) {
	img, err := New(testShared(t)).Tile(context.Background(), maptile.New(0, 0, 4))
	if err != nil || img.Bounds().Dx() != 256 {
		t.Fatalf("Tile = %v, %v", img, err)
	}
}

func TestLabelsDoNotCollide(t *testing.T) {
	src := New(testShared(t))
	if err := src.init(); err != nil {
		t.Fatal(err)
	}
	for z := minZoom; z <= maxZoom; z++ {
		ls := mustZoom(t, src, z).labels.labels
		if len(ls) == 0 {
			t.Errorf("zoom %d: no labels", z)
		}
		for i := range ls {
			for j := i + 1; j < len(ls); j++ {
				if ls[i].box.intersects(ls[j].box) {
					t.Errorf("zoom %d: %q and %q overlap", z, ls[i].text, ls[j].text)
				}
			}
		}
	}
}

func TestLabelsInclude(t *testing.T) {
	src := New(testShared(t))
	if err := src.init(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc  string
		z     int
		names []string
	}{
		{desc: "countries at zoom 5", z: 5, names: []string{"PERU", "ECUADOR", "COLOMBIA", "BRAZIL", "BOLIVIA", "CHILE", "PACIFIC OCEAN", "Lima"}},
		{desc: "rivers at zoom 5, as room allows", z: 5, names: []string{"Huallaga", "Ucayali", "Marañón", "Amazon", "Apurímac", "Ene", "Lima"}},
		{desc: "every major river at zoom 6", z: 6, names: []string{"Huallaga", "Ucayali", "Marañón", "Amazon", "Apurímac", "Mantaro", "Ene", "Putumayo"}},
		{desc: "rivers at zoom 7", z: 7, names: []string{"Huallaga", "Ucayali", "Marañón", "Amazon", "Apurímac", "Mantaro", "Ene", "Putumayo", "Lake Titicaca"}},
		{desc: "rivers at zoom 9", z: 9, names: []string{"Huallaga", "Ucayali", "Amazon", "Tingo María", "Juanjuí"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			have := map[string]bool{}
			for _, l := range mustZoom(t, src, tc.z).labels.labels {
				have[l.text] = true
			}
			for _, n := range tc.names {
				if !have[n] {
					t.Errorf("zoom %d: no label %q", tc.z, n)
				}
			}
		})
	}
}

func TestConcurrentTiles(t *testing.T) {
	src := New(testShared(t))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tl := maptile.At(orb.Point{-76 + float64(i%4)*0.3, -9.3}, maptile.Zoom(7+i%2))
			if _, err := src.Tile(context.Background(), tl); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

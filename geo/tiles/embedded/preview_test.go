package embedded

import (
	"context"
	"flag"
	"image"
	"image/draw"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

var preview = flag.String("preview", "", "write mosaics of tiles around Peru to this directory for looking at")

// mosaic renders the tiles at zoom z covering b into one image.
func mosaic(t testing.TB, src *Source, b orb.Bound, z maptile.Zoom) *image.RGBA {
	t.Helper()
	a := maptile.At(orb.Point{b.Min[0], b.Max[1]}, z)
	c := maptile.At(orb.Point{b.Max[0], b.Min[1]}, z)
	n := src.tileSize()
	out := image.NewRGBA(image.Rect(0, 0, int(c.X-a.X+1)*n, int(c.Y-a.Y+1)*n))
	for x := a.X; x <= c.X; x++ {
		for y := a.Y; y <= c.Y; y++ {
			img, err := src.Tile(context.Background(), maptile.New(x, y, z))
			if err != nil {
				t.Fatal(err)
			}
			p := image.Point{int(x-a.X) * n, int(y-a.Y) * n}
			draw.Draw(out, img.Bounds().Add(p), img, image.Point{}, draw.Src)
		}
	}
	return out
}

func TestPreview(t *testing.T) {
	if *preview == "" {
		t.Skip("no -preview directory")
	}
	views := []struct {
		name  string
		b     orb.Bound
		z     maptile.Zoom
		scale float64
	}{
		{"iquitos-z9", orb.Bound{Min: orb.Point{-73.6, -4}, Max: orb.Point{-72.8, -3.4}}, 9, 1},
		{"peru-z4", orb.Bound{Min: orb.Point{-82, -19}, Max: orb.Point{-68, 1}}, 4, 1},
		{"pucallpa-z9", orb.Bound{Min: orb.Point{-75.5, -9}, Max: orb.Point{-73.8, -7.5}}, 9, 1},
		{"vraem-z10", orb.Bound{Min: orb.Point{-74.1, -12.8}, Max: orb.Point{-73.5, -12.3}}, 10, 1},
		{"lima-z12", orb.Bound{Min: orb.Point{-77.1, -12.1}, Max: orb.Point{-76.95, -12.0}}, 12, 1},
		{"vraem-z7", orb.Bound{Min: orb.Point{-75, -14}, Max: orb.Point{-72.5, -11.5}}, 7, 1},
		{"peru-z5", orb.Bound{Min: orb.Point{-82, -19}, Max: orb.Point{-68, 1}}, 5, 1},
		{"peru-z6", orb.Bound{Min: orb.Point{-82, -19}, Max: orb.Point{-68, 1}}, 6, 1},
		{"huallaga-z8", orb.Bound{Min: orb.Point{-77.5, -10}, Max: orb.Point{-75.5, -6}}, 8, 1},
		{"vraem-z9", orb.Bound{Min: orb.Point{-74.6, -13}, Max: orb.Point{-73.4, -11.8}}, 9, 1},
		{"lima-z10", orb.Bound{Min: orb.Point{-77.3, -12.3}, Max: orb.Point{-76.7, -11.8}}, 10, 1},
		{"titicaca-z8", orb.Bound{Min: orb.Point{-70.5, -17}, Max: orb.Point{-68.5, -15}}, 8, 1},
		{"iquitos-z7", orb.Bound{Min: orb.Point{-75, -5.5}, Max: orb.Point{-70, -2}}, 7, 1},
		{"tingo-z11", orb.Bound{Min: orb.Point{-76.1, -9.4}, Max: orb.Point{-75.9, -9.2}}, 11, 1},
		{"lima-z9-hidpi", orb.Bound{Min: orb.Point{-77.5, -12.5}, Max: orb.Point{-76.5, -11.5}}, 9, 2},
	}
	d := testData(t)
	for _, v := range views {
		img := mosaic(t, New(WithData(d), WithRelief(sharedRelief.get(t)), WithScale(v.scale)), v.b, v.z)
		goldentest.WritePNG(t, filepath.Join(*preview, v.name+".png"), img)
	}
}

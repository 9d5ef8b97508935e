package embedded

import (
	"context"
	"image"
	"testing"

	"github.com/paulmach/orb/maptile"
)

// TestLabelSpansTiles checks that a label crossing a tile edge is drawn in
// both tiles: its ink comes within a few pixels of the shared edge on
// either side.
func TestLabelSpansTiles(t *testing.T) {
	src := New(testShared(t))
	if err := src.init(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc string
		z    maptile.Zoom
	}{
		{desc: "zoom 6", z: 6},
		{desc: "zoom 8", z: 8},
		{desc: "zoom 10", z: 10},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			var l *label
			for _, c := range mustZoom(t, src, int(tc.z)).labels.labels {
				edge := float64(int(c.box.x1/256)) * 256
				if c.box.x0 < edge-16 && c.box.x1 > edge+16 && c.angle == 0 && c.text != "" {
					l = c
					break
				}
			}
			if l == nil {
				t.Skip("no label crosses a tile edge")
			}
			x := uint32(l.box.x1 / 256)
			y := uint32((l.box.y0 + l.box.y1) / 2 / 256)
			left, err := src.Tile(context.Background(), maptile.New(x-1, y, tc.z))
			if err != nil {
				t.Fatal(err)
			}
			right, err := src.Tile(context.Background(), maptile.New(x, y, tc.z))
			if err != nil {
				t.Fatal(err)
			}
			y0, y1 := int(l.box.y0)-int(y)*256, int(l.box.y1)-int(y)*256
			if !inkNear(left, 250, 256, y0, y1) || !inkNear(right, 0, 6, y0, y1) {
				t.Errorf("label %q across tiles %d and %d/%d/%d is not drawn on both sides", l.text, x-1, x, y, tc.z)
			}
		})
	}
}

// inkNear reports a dark (label ink) pixel in columns [x0, x1), rows
// [y0, y1) of img; the basemap's fills are all light.
func inkNear(img image.Image, x0, x1, y0, y1 int) bool {
	for y := max(y0, 0); y < min(y1, 256); y++ {
		for x := x0; x < x1; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if (299*r+587*g+114*b)/1000 < 0x7000 {
				return true
			}
		}
	}
	return false
}

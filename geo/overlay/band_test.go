package overlay

import (
	"image"
	"image/color"
	"runtime"
	"testing"

	"github.com/fogleman/gg"
)

// hatchAcross is bars at 45 degrees, gap px apart, across a w x h image
// and beyond its edges, both ways when cross.
func hatchAcross(w, h, gap float64, cross bool) []bar {
	var bars []bar
	for c := -h; c < w+h; c += gap {
		if b, ok := newBar(c-20, -20, c+h+20, h+20, 0.55); ok {
			bars = append(bars, b)
		}
		if b, ok := newBar(c+20, -20, c-h-20, h+20, 0.55); ok && cross {
			bars = append(bars, b)
		}
	}
	return bars
}

// oneFill fills bars as one path, as gg would without bands.
func oneFill(dc *gg.Context, bars []bar) {
	for _, b := range bars {
		dc.MoveTo(b[0][0], b[0][1])
		for _, p := range b[1:] {
			dc.LineTo(p[0], p[1])
		}
		dc.ClosePath()
	}
	dc.Fill()
}

// TestHatcherMatchesOneFill: filled band by band with x/image/vector,
// the hatching puts down the same ink as gg's one fill, crossing bars
// included, and no pixel differs by more than the two rasterizers'
// antialiasing of a 1.1 px bar does; a band drawn twice or left out would
// change the ink by several per cent.
func TestHatcherMatchesOneFill(t *testing.T) {
	tests := []struct {
		desc  string
		cross bool
	}{
		{desc: "parallel bars"},
		{desc: "cross-hatched", cross: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			const w, h = 300, 200
			c := color.NRGBA{R: 200, G: 100, A: 200}
			bars := hatchAcross(w, h, 7.3, tc.cross)
			draw := func(fill func(*gg.Context)) *image.RGBA {
				img := image.NewRGBA(image.Rect(0, 0, w, h))
				dc := gg.NewContextForRGBA(img)
				dc.SetColor(c)
				fill(dc)
				return img
			}
			want := draw(func(dc *gg.Context) { oneFill(dc, bars) })
			got := draw(func(dc *gg.Context) { new(hatcher).fill(dc.Image().(*image.RGBA), bars, c) })
			var inkGot, inkWant, worst int
			for y := 1; y < h-1; y++ { // one fill smears the parts outside into the edge pixels
				for x := 1; x < w-1; x++ {
					a, b := int(got.Pix[got.PixOffset(x, y)+3]), int(want.Pix[want.PixOffset(x, y)+3])
					inkGot, inkWant = inkGot+a, inkWant+b
					worst = max(worst, abs(a-b))
				}
			}
			if inkWant < w*h*255/10 {
				t.Fatalf("only %d%% of the image hatched", inkWant*100/(w*h*255))
			}
			if d := abs(inkGot-inkWant) * 1000 / inkWant; d > 10 {
				t.Errorf("the bands put down %d, one fill %d: %.1f%% apart, want at most 1%%", inkGot, inkWant, float64(d)/10)
			}
			if worst > 48 {
				t.Errorf("a pixel's alpha differs by %d from one fill, want at most 48", worst)
			}
		})
	}
}

// TestHatcherMemoryIsBounded: a whole 1660x1250 overlay cross-hatched (a
// zone seen from inside) took one gg fill over a minute and more than
// 100 MB of cells, garbage included; in bands it stays within a few MB all
// told.
func TestHatcherMemoryIsBounded(t *testing.T) {
	const w, h = 1660, 1250
	bars := hatchAcross(w, h, 7, true)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	new(hatcher).fill(img, bars, color.NRGBA{B: 200, A: 120})
	runtime.ReadMemStats(&after)
	const limit = 2 << 20
	if got := after.TotalAlloc - before.TotalAlloc; got > limit {
		t.Errorf("filling in bands allocated %d MB, want at most %d", got>>20, limit>>20)
	}
}

func abs(v int) int { return max(v, -v) }

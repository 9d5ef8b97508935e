package animate

import (
	"context"
	"image"
	"path/filepath"
	"testing"
	"time"
)

func TestYearsPlan(t *testing.T) {
	tests := []struct {
		desc     string
		plan     YearsPlan
		frames   int
		duration time.Duration
		bad      bool
	}{
		{desc: "a cut a year", plan: YearsPlan{From: 2000, To: 2004, FramesPerYear: 1, FPS: 2, Hold: 3 * time.Second}, frames: 5, duration: 5500 * time.Millisecond},
		{desc: "cross-fades", plan: YearsPlan{From: 2000, To: 2002, FramesPerYear: 3, FPS: 6}, frames: 5, duration: 1500 * time.Millisecond},
		{desc: "backwards", plan: YearsPlan{From: 2004, To: 2000, FramesPerYear: 1, FPS: 2}, bad: true},
		{desc: "no frames per year", plan: YearsPlan{From: 2000, To: 2004, FPS: 2}, bad: true},
		{desc: "no speed", plan: YearsPlan{From: 2000, To: 2004, FramesPerYear: 1}, bad: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			src, err := Years(nil, YearShots(renderView(), 0, 0)[0].View, tc.plan)
			if tc.bad {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var total time.Duration
			for i := range src.Len() {
				total += src.Duration(i)
			}
			if d := total - tc.duration; src.Len() != tc.frames || d > time.Millisecond || d < -time.Millisecond {
				t.Errorf("%d frames, %v; want %d, %v", src.Len(), total, tc.frames, tc.duration)
			}
		})
	}
}

// TestYearsGIFShowsEachYear animates five years of the atlas over the
// embedded basemap and decodes the GIF: five frames of the film's size,
// in order, each closest to a fresh render of its own year.
func TestYearsGIFShowsEachYear(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the atlas")
	}
	from, to := 2008, 2012
	film, v := atlasFilm(t, 640, 400, from, to)
	src, err := Years(film, v, YearsPlan{From: from, To: to, FramesPerYear: 1, FPS: 2, Hold: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "years.gif")
	if _, err := Write(context.Background(), src, path, Options{}); err != nil {
		t.Fatal(err)
	}
	g, frames := decodeGIF(t, path)
	if len(frames) != to-from+1 || g.Config.Width != 640 || g.Config.Height != 400 {
		t.Fatalf("%d frames of %dx%d, want %d of 640x400", len(frames), g.Config.Width, g.Config.Height, to-from+1)
	}
	if g.Delay[len(g.Delay)-1] != 150 {
		t.Errorf("last frame %d cs, want 150 (half a second and the hold)", g.Delay[len(g.Delay)-1])
	}
	var refs []*image.RGBA
	for y := from; y <= to; y++ {
		ref := image.NewRGBA(image.Rect(0, 0, 640, 400))
		sv := v
		sv.Year = y
		if err := film.Draw(context.Background(), ref, YearShots(sv, y, y)[0]); err != nil {
			t.Fatal(err)
		}
		refs = append(refs, ref)
	}
	for i, f := range frames {
		best, bd := -1, 0.0
		for j, ref := range refs {
			if d := meanDiff(f, ref); best < 0 || d < bd {
				best, bd = j, d
			}
		}
		if best != i {
			t.Errorf("frame %d looks most like %d, not %d", i, from+best, from+i)
		}
		if bd > 6 {
			t.Errorf("frame %d differs from its year's render by %.1f levels on average: the palette or dither lost it", i, bd)
		}
	}
}

package render

import (
	"context"
	"errors"
	"image"
	"image/color"
	"testing"

	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// TestFilmHoldsItsLayout draws a film's frames for two years: the footer
// (the sources of every frame) is the same pixels on both, the year badge
// is not, and a frame of the wrong size is refused.
func TestFilmHoldsItsLayout(t *testing.T) {
	s := testScene(t, CustomPreset(800, 450))
	keys := []Shot{{View: View{Bound: s.Bound, Year: 1995}}, {View: View{Bound: s.Bound, Year: 2014}}}
	f, err := NewFilm(s, keys, FilmOptions{Title: YearsTitle(1995, 2014, ""), FixedSources: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, h := f.Size()
	var frames []*image.RGBA
	for _, k := range keys {
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		if err := f.Draw(context.Background(), img, k); err != nil {
			t.Fatal(err)
		}
		frames = append(frames, img)
	}
	foot := f.lay.footer
	if foot.Empty() || len(f.Sources()) == 0 {
		t.Fatalf("no footer (%v) or no sources (%v)", foot, f.Sources())
	}
	if d := regionDiff(frames[0], frames[1], foot); d != 0 {
		t.Errorf("the footer changed between the years: %d pixels", d)
	}
	badge := f.badge.box.Add(f.lay.mapR.Min)
	if d := regionDiff(frames[0], frames[1], badge); d == 0 {
		t.Error("the year badge is the same on both years")
	}
	if err := f.Draw(context.Background(), image.NewRGBA(image.Rect(0, 0, w-1, h)), keys[0]); err == nil {
		t.Error("a frame of the wrong size was drawn")
	}
	if _, err := NewFilm(s, nil, FilmOptions{}, nil); !errors.Is(err, ErrNoShots) {
		t.Errorf("a film without shots: %v", err)
	}
}

// TestCaptionPages splits a long caption into parts the band holds, in
// order, losing no word.
func TestCaptionPages(t *testing.T) {
	s := testScene(t, CustomPreset(800, 450))
	f, err := NewFilm(s, []Shot{{View: View{Bound: s.Bound, Year: 2014}}}, FilmOptions{CaptionLines: 2, Moving: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	long := ""
	for range 12 {
		long += "The valley was held by one faction while the other fought in the north. "
	}
	pages := f.CaptionPages(long)
	if len(pages) < 2 {
		t.Fatalf("%d pages for a long caption", len(pages))
	}
	joined := ""
	for _, p := range pages {
		width, size := f.captionType()
		if n := len(wrapWords(f.m, p, size, width, 0)); n > 2 {
			t.Errorf("a page of %d lines, want at most 2: %q", n, p)
		}
		joined += p + " "
	}
	if got, want := len(splitFields(joined)), len(splitFields(long)); got != want {
		t.Errorf("%d words in the pages, want %d", got, want)
	}
}

func splitFields(s string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if r == ' ' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
			continue
		}
		cur += string(r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// regionDiff counts the pixels of r that differ between a and b.
func regionDiff(a, b *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}

// TestCompare draws the test atlas in 1995 and 2014 side by side: both
// halves hold a map, what only 2014 shows is ringed on the right half
// only (1995 shows nothing 2014 does not), the legend keys the rings, and
// a year compared with itself is refused.
func TestCompare(t *testing.T) {
	s := testScene(t, CustomPreset(1000, 560))
	c := Compare{Scene: s, Years: [2]int{1995, 2014}}
	img, lay, _, err := c.render(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	mid := lay.mapR.Min.X + lay.mapR.Dx()/2
	ink := markInk()
	left, right := 0, 0
	for y := lay.mapR.Min.Y; y < lay.mapR.Max.Y; y++ {
		for x := lay.mapR.Min.X; x < lay.mapR.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.R == ink.R && c.G == ink.G && c.B == ink.B {
				if x < mid {
					left++
				} else {
					right++
				}
			}
		}
	}
	if left != 0 || right < 50 {
		t.Errorf("ring pixels: %d left, %d right; want none left, some right", left, right)
	}
	var keys []string
	for _, r := range lay.rows {
		if r.swatch != nil {
			keys = append(keys, r.lines...)
		}
	}
	if len(keys) != 1 || keys[0] != "On the 2014 map only" {
		t.Errorf("ring keys %q, want the 2014 one only", keys)
	}
	if _, _, _, err := (Compare{Scene: s, Years: [2]int{2014, 2014}}).render(context.Background(), nil); !errors.Is(err, ErrSameYears) {
		t.Errorf("same years: %v", err)
	}
}

// markInk is the compare marks' ink: the opaque middle of a swatch's ring.
func markInk() color.RGBA {
	sw := overlay.MarkSwatch(overlay.MarkNew, 64, 8)
	var ink color.RGBA
	for y := range 32 {
		if c := sw.RGBAAt(32, y); c.A > ink.A {
			ink = c
		}
	}
	return ink
}

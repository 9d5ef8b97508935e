package animate

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo/render"
)

func TestCheckSize(t *testing.T) {
	tests := []struct {
		desc   string
		format Format
		w, h   int
		ok     bool
	}{
		{desc: "a slide GIF", format: FormatGIF, w: 1920, h: 1080, ok: true},
		{desc: "the largest GIF", format: FormatGIF, w: 1920, h: 1200, ok: true},
		{desc: "a 4K GIF", format: FormatGIF, w: 3840, h: 2160},
		{desc: "one pixel too many", format: FormatGIF, w: 1921, h: 1200},
		{desc: "a 4K MP4", format: FormatMP4, w: 3840, h: 2160, ok: true},
		{desc: "4K frames", format: FormatFrames, w: 3840, h: 2160, ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			err := CheckSize(tc.format, tc.w, tc.h)
			if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrTooLarge)) {
				t.Errorf("CheckSize(%s, %d, %d) = %v, want ok %v", tc.format, tc.w, tc.h, err, tc.ok)
			}
		})
	}
}

// TestYearsOf animates a view through three years: a frame a year, each
// telling its year, the GIF of that many frames and its size reported.
func TestYearsOf(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the atlas")
	}
	base := testBuilder(t).Scene(render.View{Year: 1999}, render.CustomPreset(320, 200))
	src, err := YearsOf(base, DefaultYearsPlan(2010, 2012))
	if err != nil {
		t.Fatal(err)
	}
	if src.Len() != 3 {
		t.Fatalf("%d frames, want 3", src.Len())
	}
	for i := range src.Len() {
		if y, blend := src.Year(i); y != 2010+i || blend != 0 {
			t.Errorf("frame %d shows %d (blend %v), want %d", i, y, blend, 2010+i)
		}
	}
	path := filepath.Join(t.TempDir(), "years.gif")
	res, err := Write(context.Background(), src, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	g, _ := decodeGIF(t, path)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 3 || g.Config.Width != 320 || g.Config.Height != 200 || res.Bytes != fi.Size() {
		t.Errorf("%d frames of %dx%d, %d bytes reported of %d; want 3 of 320x200", len(g.Image), g.Config.Width, g.Config.Height, res.Bytes, fi.Size())
	}
	if _, err := YearsOf(base, DefaultYearsPlan(2012, 2010)); !errors.Is(err, ErrPlan) {
		t.Errorf("backwards years: %v, want ErrPlan", err)
	}
}

// TestLessonOf plays two scenes of the example lesson: the first scene's
// caption, a flight, then the second's.
func TestLessonOf(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the atlas")
	}
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	l.Scenes = l.Scenes[:2]
	plan := DefaultLessonPlan()
	src, err := LessonOf(testBuilder(t), render.CustomPreset(320, 200), l, "en", plan)
	if err != nil {
		t.Fatal(err)
	}
	flight := int(plan.Flight.Seconds()*plan.FPS) - 1
	if n := src.Len(); n < flight+2 || src.Scene(0) != 0 || src.Scene(n-1) != 1 || src.Scene(n-1-flight) != 1 {
		t.Errorf("%d frames, scenes %d..%d; want the first scene, a %d-frame flight, the second", n, src.Scene(0), src.Scene(n-1), flight)
	}
	if w, h := src.Size(); w != 320 || h != 200 {
		t.Errorf("frames %dx%d, want 320x200", w, h)
	}
	tests := []struct {
		desc   string
		scenes []lesson.Scene
		want   error
	}{
		{desc: "no scenes", want: ErrPlan},
		{desc: "an unknown layer", scenes: []lesson.Scene{{ID: "odd", Zoom: 5, Year: 2000, Layers: []string{"gold"}}}, want: data.ErrUnknownLayer},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			bad := &lesson.Lesson{Title: "Bad", Scenes: tc.scenes}
			if _, err := LessonOf(testBuilder(t), render.CustomPreset(320, 200), bad, "en", plan); !errors.Is(err, tc.want) {
				t.Errorf("err %v, want %v", err, tc.want)
			}
		})
	}
}

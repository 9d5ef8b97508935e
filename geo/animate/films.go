package animate

import (
	"errors"
	"fmt"
	"time"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo/render"
)

// MaxGIFPixels is the most pixels a GIF's frames have: a GIF is for
// slides and pages (its palette and file grow with its pixels); 4K and
// print sizes go to MP4 or a folder of PNG frames.
const MaxGIFPixels = 1920 * 1200

// ErrTooLarge is wrapped by CheckSize for frames too large for a format.
var ErrTooLarge = errors.New("animate: too large for a GIF")

// CheckSize reports whether frames of w x h pixels can be written in
// format f: a GIF has at most MaxGIFPixels.
func CheckSize(f Format, w, h int) error {
	if f == FormatGIF && w*h > MaxGIFPixels {
		return fmt.Errorf("%w: %dx%d is more than %d pixels (1920x1200); export it as MP4 or PNG frames", ErrTooLarge, w, h, MaxGIFPixels)
	}
	return nil
}

// DefaultYearsPlan is the plan of `atlas export -animate FROM-TO` and of
// the window's Animation dialog: a frame a year, two years a second, the
// last year held 3 seconds more.
func DefaultYearsPlan(from, to int) YearsPlan {
	return YearsPlan{From: from, To: to, FramesPerYear: 1, FPS: 2, Hold: 3 * time.Second}
}

// YearsOf is the animation of the view of base (a Builder's scene: its
// basemap, size, place, layers, selection, annotations and words)
// through the years of p, its title the view's or, when it has none,
// render.YearsTitle; the footer cites every source the animation shows,
// on every frame.
func YearsOf(base render.Scene, p YearsPlan) (YearSource, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	v := base.View()
	if v.Title == "" {
		v.Title = render.YearsTitle(p.From, p.To, v.Lang)
		base.Title = v.Title
	}
	film, err := render.NewFilm(base, YearShots(v, p.From, p.To),
		render.FilmOptions{Title: v.Title, Subtitle: v.Subtitle, FixedSources: true}, nil)
	if err != nil {
		return nil, err
	}
	return Years(film, v, p)
}

// LessonCaptionLines is the height of a lesson animation's caption band,
// in lines.
const LessonCaptionLines = 3

// LessonOf is the animation of lesson l in lang at preset's size, drawn
// by b (whose overlays should carry the lesson's own layers): every scene
// as render.LessonView sees it, its caption in the band under the map,
// the lesson's title under each scene's, flights between the scenes
// (see Lesson).
func LessonOf(b *render.Builder, preset render.Preset, l *lesson.Lesson, lang string, p LessonPlan) (SceneSource, error) {
	views, err := render.LessonViews(l, lang)
	if err != nil {
		return nil, err
	}
	if len(views) == 0 {
		return nil, fmt.Errorf("%w: a lesson without scenes", ErrPlan)
	}
	shots := make([]render.Shot, len(views))
	for i, v := range views {
		shots[i] = render.Shot{View: v, Caption: l.Scenes[i].CaptionIn(lang)}
	}
	film, err := render.NewFilm(b.Scene(shots[0].View, preset), shots,
		render.FilmOptions{Subtitle: l.TitleIn(lang), Moving: true, CaptionLines: LessonCaptionLines}, nil)
	if err != nil {
		return nil, err
	}
	return Lesson(film, shots, p)
}

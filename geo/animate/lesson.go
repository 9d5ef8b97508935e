package animate

import (
	"context"
	"fmt"
	"image"
	"math"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/render"
)

// LessonPlan is how a lesson plays: each caption held long enough to read,
// then a flight to the next scene.
type LessonPlan struct {
	// WordsPerSecond is the reading pace captions are held for. 2.5 (150
	// words a minute) is comfortable for a class reading a caption while
	// looking at the map, many in a second language; adults reading
	// alone manage 4.
	WordsPerSecond float64
	LeadIn         time.Duration // added to every caption: the eyes find it
	MinHold        time.Duration // the least a caption part is shown
	Flight         time.Duration // between scenes (the window flies for 1.2 s; a video is watched, not steered, so slower)
	FPS            float64       // frames per second of the flights
	Hold           time.Duration // added to the last scene's time on screen
}

// DefaultLessonPlan is the plan `atlas export -lesson FILE -o FILE.gif`
// uses: 2.5 words a second, a second to find the caption, at least 4
// seconds per part, 2-second flights at 12 frames a second, 2 seconds more
// on the last scene.
func DefaultLessonPlan() LessonPlan {
	return LessonPlan{WordsPerSecond: 2.5, LeadIn: time.Second, MinHold: 4 * time.Second,
		Flight: 2 * time.Second, FPS: 12, Hold: 2 * time.Second}
}

// ReadingTime is how long a caption part of text is shown: the lead-in
// plus its words at the plan's pace, at least MinHold.
func (p LessonPlan) ReadingTime(text string) time.Duration {
	words := len(strings.Fields(text))
	d := p.LeadIn + time.Duration(float64(words)/p.WordsPerSecond*float64(time.Second))
	return max(d, p.MinHold)
}

// Check reports what is wrong with the plan.
func (p LessonPlan) Check() error {
	switch {
	case !(p.WordsPerSecond > 0 && p.WordsPerSecond <= 20):
		return fmt.Errorf("%w: %v words per second: want more than 0, at most 20", ErrPlan, p.WordsPerSecond)
	case !(p.FPS > 0 && p.FPS <= MaxFPS):
		return fmt.Errorf("%w: %v frames per second: want more than 0, at most %d", ErrPlan, p.FPS, MaxFPS)
	case p.Flight < 0 || p.Flight > MaxHold || p.Hold < 0 || p.Hold > MaxHold || p.LeadIn < 0 || p.MinHold < 0:
		return fmt.Errorf("%w: a duration is negative or longer than %v", ErrPlan, MaxHold)
	}
	return nil
}

// lessonFrame is a frame of a lesson: a shot and its time on screen.
type lessonFrame struct {
	shot  render.Shot
	dur   time.Duration
	scene int // from 0; during a flight, the scene flown to
}

type lessonSource struct {
	film   *render.Film
	frames []lessonFrame
}

// Lesson is the animation of scenes, the film's key shots (each with a
// Center and Zoom, and its caption): every scene's caption in the parts
// the film's caption band holds (render.Film.CaptionPages), each held for
// its ReadingTime, then a flight along geo.Flight, eased in and out, to the
// next scene, whose year, layers, selection and annotations show at once
// as in the window.
func Lesson(film *render.Film, scenes []render.Shot, p LessonPlan) (Source, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if len(scenes) == 0 {
		return nil, fmt.Errorf("%w: a lesson without scenes", ErrPlan)
	}
	s := &lessonSource{film: film}
	w, h := film.MapSize()
	step := time.Duration(float64(time.Second) / p.FPS)
	n := int(math.Round(p.Flight.Seconds() * p.FPS))
	for i, sc := range scenes {
		if i > 0 {
			prev := scenes[i-1]
			path := geo.Flight(geo.View{Center: prev.Center, Zoom: prev.Zoom, Width: w, Height: h},
				geo.View{Center: sc.Center, Zoom: sc.Zoom, Width: w, Height: h})
			for k := 1; k < n; k++ {
				v := path(easeInOut(float64(k) / float64(n)))
				shot := sc
				shot.Center, shot.Zoom, shot.Bound, shot.Caption = v.Center, v.Zoom, orb.Bound{}, ""
				s.frames = append(s.frames, lessonFrame{shot: shot, dur: step, scene: i})
			}
		}
		for _, page := range film.CaptionPages(sc.Caption) {
			shot := sc
			shot.Caption = page
			s.frames = append(s.frames, lessonFrame{shot: shot, dur: p.ReadingTime(page), scene: i})
		}
	}
	s.frames[len(s.frames)-1].dur += p.Hold
	return s, nil
}

// easeInOut is the window's easing (fyne's AnimationEaseInOut): slow out,
// fast through the middle, slow in.
func easeInOut(t float64) float64 {
	if t <= 0.5 {
		return 2 * t * t
	}
	return -1 + (4-2*t)*t
}

func (s *lessonSource) Size() (int, int)             { return s.film.Size() }
func (s *lessonSource) Len() int                     { return len(s.frames) }
func (s *lessonSource) Duration(i int) time.Duration { return s.frames[i].dur }

// Scene is the scene frame i shows or flies to, from 0.
func (s *lessonSource) Scene(i int) int { return s.frames[i].scene }

func (s *lessonSource) Draw(ctx context.Context, i int, dst *image.RGBA) error {
	if err := s.film.Draw(ctx, dst, s.frames[i].shot); err != nil {
		return fmt.Errorf("animate: scene %d: %w", s.frames[i].scene+1, err)
	}
	return nil
}

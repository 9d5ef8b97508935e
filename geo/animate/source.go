package animate

import (
	"context"
	"errors"
	"fmt"
	"image"
	"time"

	"github.com/perutraffickingatlas/atlas/geo/render"
)

// Source is an animation as frames drawn on demand, in order, each shown
// for its duration.
type Source interface {
	Size() (w, h int)
	Len() int
	Duration(i int) time.Duration
	Draw(ctx context.Context, i int, dst *image.RGBA) error
}

// ErrPlan is wrapped when an animation's plan cannot be played.
var ErrPlan = errors.New("animate: bad plan")

// YearsPlan is how an animation steps through the years.
type YearsPlan struct {
	From, To int // the first and last year, From < To
	// FramesPerYear is how many frames each year lasts at FPS: 1 cuts
	// from year to year; with more, the year holds for the first half
	// and cross-fades into the next over the rest.
	FramesPerYear int
	FPS           float64       // frames per second
	Hold          time.Duration // added to the last year's time on screen
}

// Limits of a plan.
const (
	MaxFramesPerYear = 60
	MaxFPS           = 60
	MaxHold          = time.Minute
)

// Check reports what is wrong with the plan, naming the field.
func (p YearsPlan) Check() error {
	switch {
	case p.From >= p.To:
		return fmt.Errorf("%w: years %d-%d: the first must come before the last", ErrPlan, p.From, p.To)
	case p.FramesPerYear < 1 || p.FramesPerYear > MaxFramesPerYear:
		return fmt.Errorf("%w: frames per year %d: want 1 to %d", ErrPlan, p.FramesPerYear, MaxFramesPerYear)
	case !(p.FPS > 0 && p.FPS <= MaxFPS):
		return fmt.Errorf("%w: %v frames per second: want more than 0, at most %d", ErrPlan, p.FPS, MaxFPS)
	case p.Hold < 0 || p.Hold > MaxHold:
		return fmt.Errorf("%w: hold %v: want 0 to %v", ErrPlan, p.Hold, MaxHold)
	}
	return nil
}

// yearFrame is one frame of a years animation: year, blended toward the
// next year by t (0: year alone).
type yearFrame struct {
	year int
	t    float64
	dur  time.Duration
}

// years is the Source of a YearsPlan.
type years struct {
	film   *render.Film
	view   render.View
	frames []yearFrame
	cache  yearCache
}

// Years is the animation of view (its Year is ignored) through the plan's
// years, drawn by film (whose key shots should be those years: see
// YearShots). Frames that would repeat a year are one frame shown longer.
func Years(film *render.Film, view render.View, p YearsPlan) (Source, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	frame := time.Duration(float64(time.Second) / p.FPS)
	fades := p.FramesPerYear / 2
	s := &years{film: film, view: view}
	for y := p.From; y <= p.To; y++ {
		if y == p.To {
			s.frames = append(s.frames, yearFrame{year: y, dur: time.Duration(p.FramesPerYear)*frame + p.Hold})
			break
		}
		s.frames = append(s.frames, yearFrame{year: y, dur: time.Duration(p.FramesPerYear-fades) * frame})
		for k := 1; k <= fades; k++ {
			s.frames = append(s.frames, yearFrame{year: y, t: float64(k) / float64(fades+1), dur: frame})
		}
	}
	return s, nil
}

// YearShots are the key shots of a film of view through the years from
// to to, for render.NewFilm.
func YearShots(view render.View, from, to int) []render.Shot {
	var out []render.Shot
	for y := from; y <= to; y++ {
		v := view
		v.Year = y
		out = append(out, render.Shot{View: v})
	}
	return out
}

func (s *years) Size() (int, int)                 { return s.film.Size() }
func (s *years) Len() int                         { return len(s.frames) }
func (s *years) Duration(i int) time.Duration     { return s.frames[i].dur }
func (s *years) Year(i int) (year int, t float64) { return s.frames[i].year, s.frames[i].t }

func (s *years) Draw(ctx context.Context, i int, dst *image.RGBA) error {
	f := s.frames[i]
	a, err := s.cache.get(ctx, s, f.year)
	if err != nil {
		return err
	}
	if f.t == 0 {
		copy(dst.Pix, a.Pix)
		return nil
	}
	b, err := s.cache.get(ctx, s, f.year+1)
	if err != nil {
		return err
	}
	blend(dst, a, b, f.t)
	return nil
}

// yearCache keeps the last two years drawn: a cross-fade needs both, and
// the next year's hold reuses the second.
type yearCache struct {
	year [2]int
	img  [2]*image.RGBA
	next int
}

func (c *yearCache) get(ctx context.Context, s *years, year int) (*image.RGBA, error) {
	for k := range c.img {
		if c.img[k] != nil && c.year[k] == year {
			return c.img[k], nil
		}
	}
	k := c.next
	c.next = 1 - k
	if c.img[k] == nil {
		w, h := s.film.Size()
		c.img[k] = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	v := s.view
	v.Year = year
	c.year[k] = 0
	if err := s.film.Draw(ctx, c.img[k], render.Shot{View: v}); err != nil {
		return nil, fmt.Errorf("animate: year %d: %w", year, err)
	}
	c.year[k] = year
	return c.img[k], nil
}

// blend sets dst to a mixed with b by t (0: a, 1: b).
func blend(dst, a, b *image.RGBA, t float64) {
	k := uint32(t*256 + 0.5)
	for i := range dst.Pix {
		dst.Pix[i] = uint8((uint32(a.Pix[i])*(256-k) + uint32(b.Pix[i])*k + 128) >> 8)
	}
}

package mapview

import (
	"image"
	"sync"
	"time"
	"weak"
)

// spareRest is how long the overlay image given back last is held for the
// next render after the map last drew (see spareImage): longer than the
// pause between two frames of the years playing, short enough that a map
// left alone soon keeps no image beyond the one on screen.
const spareRest = 3 * time.Second

// spareImage holds up to two overlay images no longer shown, for the next
// renders to draw on (see OverlayFunc): the one replaced on screen, and
// one a cancelled render gives back. It holds them weakly, so that a map
// at rest keeps no image beyond the one on screen; but the image given
// last is also held strongly until the map has rested for rest, because a
// collection between two frames (frequent near the window's memory limit)
// would otherwise free it, and the next frame would make a new image of
// several MB. Renders that finish cancelled or stale give theirs back from
// their own goroutines.
type spareImage struct {
	mu    sync.Mutex
	imgs  [2]weak.Pointer[image.RGBA]
	held  *image.RGBA // the spare given last, until the map rests
	rest  time.Duration
	timer *time.Timer // lets held go once the map has rested
}

// newSpareImage returns an empty spareImage whose last spare is held for
// rest (spareRest when rest is 0).
func newSpareImage(rest time.Duration) *spareImage {
	if rest <= 0 {
		rest = spareRest
	}
	return &spareImage{rest: rest}
}

// take hands out the spare image with the most pixels, or nil; it is no
// longer spare. (A render draws on a spare's pixels when they are enough
// for its view, see OverlayFunc.)
func (s *spareImage) take() *image.RGBA {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	best := -1
	var img *image.RGBA
	for i := range s.imgs {
		if v := s.imgs[i].Value(); v != nil && (img == nil || cap(v.Pix) > cap(img.Pix)) {
			best, img = i, v
		}
	}
	if best >= 0 {
		s.imgs[best] = weak.Pointer[image.RGBA]{}
		if s.held != nil && samePixels(s.held, img) {
			s.held = nil
		}
	}
	return img
}

// give keeps img as a spare unless two are kept already, its pixels are
// kept already, or it is not an *image.RGBA. The caller must not use img
// afterwards.
func (s *spareImage) give(img image.Image) {
	rgba, ok := img.(*image.RGBA)
	if s == nil || !ok || rgba == nil || cap(rgba.Pix) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	free := -1
	for i := range s.imgs {
		kept := s.imgs[i].Value()
		switch {
		case kept == nil:
			if free < 0 {
				free = i
			}
		case samePixels(kept, rgba):
			// handed out twice (the image a render was lent and the one
			// it drew on it, say): two renders would draw on it at once
			return
		}
	}
	if free < 0 {
		return
	}
	s.imgs[free] = weak.Make(rgba)
	s.held = rgba
	if s.timer == nil {
		s.timer = time.AfterFunc(s.rest, s.letGo)
	} else {
		s.timer.Reset(s.rest)
	}
}

// letGo stops holding the last spare strongly: the map has rested.
func (s *spareImage) letGo() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.held = nil
}

// holding reports whether a spare is held strongly.
func (s *spareImage) holding() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.held != nil
}

// close lets the spares go and stops the timer.
func (s *spareImage) close() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.held = nil
	if s.timer != nil {
		s.timer.Stop()
	}
}

// samePixels reports whether a and b share their pixels: a render may
// return a new header over the pixels of the image it was lent.
func samePixels(a, b *image.RGBA) bool {
	return cap(a.Pix) > 0 && cap(b.Pix) > 0 && &a.Pix[:cap(a.Pix)][cap(a.Pix)-1] == &b.Pix[:cap(b.Pix)][cap(b.Pix)-1]
}

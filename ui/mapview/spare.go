package mapview

import (
	"image"
	"sync"
	"weak"
)

// spareImage holds up to two overlay images no longer shown, for the next
// renders to draw on (see OverlayFunc): the one replaced on screen, and
// one a cancelled render gives back. It holds them weakly: the collector
// frees a spare it finds, so a map at rest keeps no image beyond the one
// on screen, while frames drawn in quick succession (the years playing,
// a flight) reuse theirs when no collection came between. (Holding the
// last spare strongly until the map rested was tried: scripts/soak, with
// the window's memory limit at 100 MB, measured 5 MB more resident memory
// and 7% more processor time, the collector working harder at the limit
// for the extra image than it saved in images not made.) Renders that
// finish cancelled or stale give theirs back from their own goroutines.
type spareImage struct {
	mu   sync.Mutex
	imgs [2]weak.Pointer[image.RGBA]
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
	if free >= 0 {
		s.imgs[free] = weak.Make(rgba)
	}
}

// samePixels reports whether a and b share their pixels: a render may
// return a new header over the pixels of the image it was lent.
func samePixels(a, b *image.RGBA) bool {
	return cap(a.Pix) > 0 && cap(b.Pix) > 0 && &a.Pix[:cap(a.Pix)][cap(a.Pix)-1] == &b.Pix[:cap(b.Pix)][cap(b.Pix)-1]
}

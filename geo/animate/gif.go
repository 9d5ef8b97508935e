package animate

import (
	"bufio"
	"compress/lzw"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"io"
	"time"
)

// gifSink streams frames into a GIF89a that loops forever: one global
// palette, each frame the rectangle that changed since the one before,
// its unchanged pixels transparent, a frame identical to the one before
// merged into it (shown longer).
type gifSink struct {
	w       *bufio.Writer
	width   int
	height  int
	m       *mapper
	prev    []uint8 // the picture so far, as palette indices
	cur     []uint8
	pending *gifFrame
	elapsed time.Duration // the time up to the pending frame's start
	err     error
}

// gifFrame is a frame waiting to be written: its delay may still grow.
type gifFrame struct {
	rect image.Rectangle
	pix  []uint8 // rect's indices, row by row
	dur  time.Duration
}

func newGIFSink(w io.Writer, width, height int, pal color.Palette) (*gifSink, error) {
	if width > 0xffff || height > 0xffff {
		return nil, fmt.Errorf("animate: a GIF is at most 65535 pixels a side, not %dx%d", width, height)
	}
	s := &gifSink{w: bufio.NewWriterSize(w, 64<<10), width: width, height: height, m: newMapper(pal),
		cur: make([]uint8, width*height)}
	s.write([]byte("GIF89a"))
	s.u16(width)
	s.u16(height)
	s.write([]byte{0xf7, 0, 0}) // a global table of 256 colours, 8 bits each
	for i := range 256 {
		r, g, b, _ := pal[i].RGBA()
		s.write([]byte{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8)})
	}
	s.write([]byte{0x21, 0xff, 0x0b})
	s.write([]byte("NETSCAPE2.0"))
	s.write([]byte{3, 1, 0, 0, 0}) // loop forever
	return s, s.err
}

func (s *gifSink) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

func (s *gifSink) u16(v int) { s.write(binary.LittleEndian.AppendUint16(nil, uint16(v))) }

func (s *gifSink) frame(img *image.RGBA, d time.Duration) error {
	s.m.quantize(img, s.cur)
	if s.prev == nil {
		s.prev = make([]uint8, len(s.cur))
		copy(s.prev, s.cur)
		s.flush(&gifFrame{rect: image.Rect(0, 0, s.width, s.height), pix: append([]uint8(nil), s.cur...), dur: d})
		return s.err
	}
	r := s.changed()
	if r.Empty() {
		s.pending.dur += d
		return s.err
	}
	f := &gifFrame{rect: r, dur: d, pix: make([]uint8, 0, r.Dx()*r.Dy())}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := y*s.width + x
			c := s.cur[i]
			if c == s.prev[i] {
				c = transparent
			}
			f.pix = append(f.pix, c)
			s.prev[i] = s.cur[i]
		}
	}
	s.flush(f)
	return s.err
}

// changed is the smallest rectangle holding every pixel that differs
// from the picture so far.
func (s *gifSink) changed() image.Rectangle {
	r := image.Rectangle{}
	for y := range s.height {
		a, b := s.prev[y*s.width:(y+1)*s.width], s.cur[y*s.width:(y+1)*s.width]
		x0 := 0
		for x0 < s.width && a[x0] == b[x0] {
			x0++
		}
		if x0 == s.width {
			continue
		}
		x1 := s.width
		for a[x1-1] == b[x1-1] {
			x1--
		}
		r = r.Union(image.Rect(x0, y, x1, y+1))
	}
	return r
}

// flush writes the pending frame and makes f the pending one.
func (s *gifSink) flush(f *gifFrame) {
	if p := s.pending; p != nil {
		// centiseconds, rounded on the running total so they add up
		start := s.elapsed
		s.elapsed += p.dur
		delay := int((s.elapsed+5*time.Millisecond)/(10*time.Millisecond) - (start+5*time.Millisecond)/(10*time.Millisecond))
		s.writeFrame(p, max(2, min(delay, 0xffff)))
	}
	s.pending = f
}

func (s *gifSink) writeFrame(f *gifFrame, delay int) {
	s.write([]byte{0x21, 0xf9, 4, 1<<2 | 1}) // keep the frame; index 255 transparent
	s.u16(delay)
	s.write([]byte{transparent, 0})
	s.write([]byte{0x2c})
	s.u16(f.rect.Min.X)
	s.u16(f.rect.Min.Y)
	s.u16(f.rect.Dx())
	s.u16(f.rect.Dy())
	s.write([]byte{0, 8}) // no local table; LZW of 8-bit codes
	if s.err != nil {
		return
	}
	bw := &blockWriter{w: s.w}
	lw := lzw.NewWriter(bw, lzw.LSB, 8)
	if _, err := lw.Write(f.pix); err != nil {
		s.err = err
		return
	}
	if err := lw.Close(); err != nil {
		s.err = err
		return
	}
	s.err = bw.close()
}

func (s *gifSink) commit() error {
	if s.pending == nil {
		return fmt.Errorf("animate: no frames")
	}
	s.flush(nil)
	s.write([]byte{0x3b})
	if s.err == nil {
		s.err = s.w.Flush()
	}
	return s.err
}

// blockWriter cuts the LZW stream into GIF's sub-blocks of at most 255
// bytes, and ends it with an empty one.
type blockWriter struct {
	w   io.Writer
	buf [256]byte
	n   int
}

func (b *blockWriter) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		k := copy(b.buf[1+b.n:], p)
		b.n += k
		p = p[k:]
		if b.n == 255 {
			if err := b.emit(); err != nil {
				return total - len(p), err
			}
		}
	}
	return total, nil
}

func (b *blockWriter) emit() error {
	if b.n == 0 {
		return nil
	}
	b.buf[0] = uint8(b.n)
	_, err := b.w.Write(b.buf[:1+b.n])
	b.n = 0
	return err
}

func (b *blockWriter) close() error {
	if err := b.emit(); err != nil {
		return err
	}
	_, err := b.w.Write([]byte{0})
	return err
}

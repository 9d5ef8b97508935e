package render

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
	"runtime"
	"sync"
)

// stripeRows is how many rows of an image one compressor takes at least:
// large images are compressed in stripes, in parallel.
const stripeRows = 128

// EncodePNG encodes img as PNG, losslessly and fast: exports are large.
// An *image.RGBA (what Render returns) is written as 8-bit RGB when it is
// opaque, else RGBA, its rows filtered with the Up filter (maps have long
// vertical runs; one filter costs a fifth of choosing per row) and
// compressed at the fastest level in stripes on every core, the stripes
// joined into one zlib stream (each ends on a sync flush, so the streams
// concatenate, as pigz does). Other images go through image/png.
func EncodePNG(w io.Writer, img image.Image) error {
	m, ok := img.(*image.RGBA)
	if !ok || m.Rect.Empty() {
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		return enc.Encode(w, img)
	}
	width, height := m.Rect.Dx(), m.Rect.Dy()
	bpp := 3
	if !opaqueRGBA(m) {
		bpp = 4
	}
	n := min(runtime.GOMAXPROCS(0), max(1, height/stripeRows))
	type stripe struct {
		data  bytes.Buffer
		adler uint32
		size  int // uncompressed bytes
		err   error
	}
	stripes := make([]stripe, n)
	var wg sync.WaitGroup
	for i := range stripes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &stripes[i]
			y0, y1 := height*i/n, height*(i+1)/n
			fw, err := flate.NewWriter(&s.data, flate.BestSpeed)
			if err != nil {
				s.err = err
				return
			}
			row := make([]byte, 1+width*bpp)
			prev := make([]byte, 1+width*bpp)
			cur := make([]byte, 1+width*bpp)
			if y0 > 0 {
				packRow(prev[1:], m, y0-1, bpp)
			}
			sum := adler32.New()
			for y := y0; y < y1; y++ {
				packRow(cur[1:], m, y, bpp)
				row[0] = 2 // Up
				for x := 1; x < len(row); x++ {
					row[x] = cur[x] - prev[x]
				}
				if _, err := fw.Write(row); err != nil {
					s.err = err
					return
				}
				sum.Write(row)
				s.size += len(row)
				prev, cur = cur, prev
			}
			if i == n-1 {
				s.err = fw.Close()
			} else {
				s.err = fw.Flush()
			}
			s.adler = sum.Sum32()
		}()
	}
	wg.Wait()
	var z bytes.Buffer
	z.Write([]byte{0x78, 0x01}) // zlib: deflate, 32K window, fastest
	sum := uint32(1)
	for i := range stripes {
		if stripes[i].err != nil {
			return stripes[i].err
		}
		z.Write(stripes[i].data.Bytes())
		sum = adler32Combine(sum, stripes[i].adler, stripes[i].size)
	}
	z.Write(binary.BigEndian.AppendUint32(nil, sum))

	colorType := byte(2) // RGB
	if bpp == 4 {
		colorType = 6
	}
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(width))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(height))
	ihdr = append(ihdr, 8, colorType, 0, 0, 0)
	if _, err := w.Write([]byte("\x89PNG\r\n\x1a\n")); err != nil {
		return err
	}
	for _, c := range []struct {
		typ  string
		data []byte
	}{{"IHDR", ihdr}, {"IDAT", z.Bytes()}, {"IEND", nil}} {
		if err := writeChunk(w, c.typ, c.data); err != nil {
			return err
		}
	}
	return nil
}

// writeChunk writes one PNG chunk: length, type, data, CRC.
func writeChunk(w io.Writer, typ string, data []byte) error {
	head := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	head = append(head, typ...)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	if _, err := w.Write(head); err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	_, err := w.Write(binary.BigEndian.AppendUint32(nil, crc.Sum32()))
	return err
}

// opaqueRGBA reports whether every pixel of m is opaque, checking rows on
// every core.
func opaqueRGBA(m *image.RGBA) bool {
	h := m.Rect.Dy()
	n := min(runtime.GOMAXPROCS(0), max(1, h/stripeRows))
	res := make([]bool, n)
	var wg sync.WaitGroup
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for y := h * i / n; y < h*(i+1)/n; y++ {
				p := m.Pix[y*m.Stride : y*m.Stride+m.Rect.Dx()*4]
				for x := 3; x < len(p); x += 4 {
					if p[x] != 0xff {
						return
					}
				}
			}
			res[i] = true
		}()
	}
	wg.Wait()
	for _, ok := range res {
		if !ok {
			return false
		}
	}
	return true
}

// packRow copies row y of m (relative to its top) into dst as RGB
// (bpp 3, for opaque images) or as PNG's non-premultiplied RGBA (bpp 4,
// converted as image/png does).
func packRow(dst []byte, m *image.RGBA, y, bpp int) {
	p := m.Pix[y*m.Stride : y*m.Stride+m.Rect.Dx()*4]
	if bpp == 4 {
		for i := 0; i < len(p); i += 4 {
			c := color.NRGBAModel.Convert(color.RGBA{R: p[i], G: p[i+1], B: p[i+2], A: p[i+3]}).(color.NRGBA)
			dst[i], dst[i+1], dst[i+2], dst[i+3] = c.R, c.G, c.B, c.A
		}
		return
	}
	for i, j := 0, 0; i < len(p); i, j = i+4, j+3 {
		dst[j], dst[j+1], dst[j+2] = p[i], p[i+1], p[i+2]
	}
}

// adler32Combine is the Adler-32 of the concatenation of two byte runs,
// from the checksum a of the first, the checksum b of the second and the
// second's length (zlib's adler32_combine).
func adler32Combine(a, b uint32, n int) uint32 {
	const adlerMod = 65521
	rem := uint32(n % adlerMod)
	s1 := a & 0xffff
	s2 := (rem * s1) % adlerMod
	s1 += (b & 0xffff) + adlerMod - 1
	s2 += (a >> 16) + (b >> 16) + adlerMod - rem
	s1 %= adlerMod
	s2 %= adlerMod
	return s2<<16 | s1
}

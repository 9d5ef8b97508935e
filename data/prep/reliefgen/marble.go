package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"os"
	"path/filepath"
)

// Marble's SRTM relief tiles at level 3: 8 rows by 16 columns of 675 px
// JPEGs, tile (r, c) covering longitudes -180+22.5c to -180+22.5(c+1) and
// latitudes 90-22.5r down to 90-22.5(r+1); pixel centres sit half a pixel
// in from the tile edges. The grey is a non-linear code of elevation with
// sea depths below about 96.
const (
	tilePx   = 675
	tileDeg  = 22.5
	pxPerDeg = tilePx / tileDeg // 30: 2 arc-minutes per pixel
)

// mosaic is a block of Marble tiles as one float32 grey image.
type mosaic struct {
	r0, c0 int // first tile row and column
	w, h   int // pixels
	grey   []float32
}

// readMosaic reads tile rows r0..r1 and columns c0..c1 from dir.
func readMosaic(dir string, r0, r1, c0, c1 int) (*mosaic, error) {
	m := &mosaic{r0: r0, c0: c0, w: (c1 - c0 + 1) * tilePx, h: (r1 - r0 + 1) * tilePx}
	m.grey = make([]float32, m.w*m.h)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			g, err := readTile(dir, r, c)
			if err != nil {
				return nil, err
			}
			for y := range tilePx {
				row := m.grey[((r-r0)*tilePx+y)*m.w+(c-c0)*tilePx:]
				for x := range tilePx {
					row[x] = float32(g.Pix[y*g.Stride+x])
				}
			}
		}
	}
	return m, nil
}

func readTile(dir string, r, c int) (*image.Gray, error) {
	path := filepath.Join(dir, fmt.Sprintf("%06d", r), fmt.Sprintf("%06d_%06d.jpg", r, c))
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%w (apt-get install marble-qt-data)", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := jpeg.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	g, ok := img.(*image.Gray)
	if !ok || g.Rect.Dx() != tilePx || g.Rect.Dy() != tilePx {
		return nil, fmt.Errorf("%s: want a %d px greyscale JPEG, got %T %v", path, tilePx, img, img.Bounds())
	}
	return g, nil
}

// pixel returns the fractional pixel position of lon, lat in m.
func (m *mosaic) pixel(lon, lat float64) (x, y float64) {
	x = (lon+180-tileDeg*float64(m.c0))*pxPerDeg - 0.5
	y = (90-lat-tileDeg*float64(m.r0))*pxPerDeg - 0.5
	return x, y
}

// lonLat returns the position of pixel centre x, y.
func (m *mosaic) lonLat(x, y int) (lon, lat float64) {
	return -180 + tileDeg*float64(m.c0) + (float64(x)+0.5)/pxPerDeg,
		90 - tileDeg*float64(m.r0) - (float64(y)+0.5)/pxPerDeg
}

// raster is a float32 image of the mosaic's shape.
type raster struct {
	w, h int
	v    []float32
}

// bilinear samples r at fractional pixel x, y; false outside.
func (r *raster) bilinear(x, y float64) (float64, bool) {
	if !(x >= 0 && y >= 0 && x <= float64(r.w-1) && y <= float64(r.h-1)) {
		return 0, false
	}
	i, j := min(int(x), r.w-2), min(int(y), r.h-2)
	fx, fy := x-float64(i), y-float64(j)
	k := j*r.w + i
	top := float64(r.v[k]) + float64(r.v[k+1]-r.v[k])*fx
	bot := float64(r.v[k+r.w]) + float64(r.v[k+r.w+1]-r.v[k+r.w])*fx
	return top + (bot-top)*fy, true
}

// blur is a separable Gaussian blur of sigma pixels, clamped at the edges.
func (r *raster) blur(sigma float64) *raster {
	rad := int(3*sigma + 0.5)
	k := make([]float32, 2*rad+1)
	var sum float32
	for i := range k {
		d := float64(i - rad)
		k[i] = float32(expNeg(d * d / (2 * sigma * sigma)))
		sum += k[i]
	}
	for i := range k {
		k[i] /= sum
	}
	tmp := r.pass(k, 1, r.w, r.h)
	return tmp.pass(k, r.w, r.h, r.w)
}

// pass convolves r with kernel k along one axis: n samples stride apart,
// in lines lines (rows or columns) that start 1 or w apart.
func (r *raster) pass(k []float32, stride, n, lines int) *raster {
	out := &raster{w: r.w, h: r.h, v: make([]float32, len(r.v))}
	rad := len(k) / 2
	lineStep := r.w
	if stride != 1 {
		lineStep = 1
	}
	for l := range lines {
		base := l * lineStep
		for i := range n {
			var s float32
			for t, kv := range k {
				ii := min(max(i+t-rad, 0), n-1)
				s += kv * r.v[base+ii*stride]
			}
			out.v[base+i*stride] = s
		}
	}
	return out
}

// smoothAdaptive smooths the grey where the land is flat and keeps it
// where it is rugged: JPEG blocking and the 8-bit steps are a grey level
// or two, which a hillshade shows as texture on the Amazon plain but which
// is nothing beside the Andes' slopes, whose narrow ridges a uniform blur
// would flatten. It blends a light blur (sigma lo) and a strong one (hi)
// by the roughness around each pixel: the light blur's gradient magnitude,
// itself blurred by hi, so that a crest or a valley floor (where the
// gradient is nil) counts as rugged like the flanks around it. From ramp
// grey levels per pixel of roughness the light blur is used alone.
func (r *raster) smoothAdaptive(lo, hi, ramp float64) *raster {
	a, b := r.blur(lo), r.blur(hi)
	grad := &raster{w: r.w, h: r.h, v: make([]float32, len(r.v))}
	for y := range r.h {
		for x := range r.w {
			xa, xb := max(x-1, 0), min(x+1, r.w-1)
			ya, yb := max(y-1, 0), min(y+1, r.h-1)
			gx := float64(a.v[y*r.w+xb]-a.v[y*r.w+xa]) / float64(xb-xa)
			gy := float64(a.v[yb*r.w+x]-a.v[ya*r.w+x]) / float64(yb-ya)
			grad.v[y*r.w+x] = float32(math.Hypot(gx, gy))
		}
	}
	rough := grad.blur(hi)
	out := &raster{w: r.w, h: r.h, v: make([]float32, len(r.v))}
	for k := range out.v {
		w := float32(min(1, float64(rough.v[k])/ramp))
		out.v[k] = b.v[k] + w*(a.v[k]-b.v[k])
	}
	return out
}

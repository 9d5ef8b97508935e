package relief

import "math"

// axis is where each pixel column (or row) falls in the surface: sample
// index (-1 off the surface), fraction of 256 towards the next, and the
// edge fade (256: none).
type axis struct {
	i    []int32
	f    []int32
	fade []int32
}

// newAxis maps degrees vs to sample positions (v-origin)*dir/step over n
// samples; in is false where no pixel of the axis meets the surface.
func newAxis(vs []float64, origin, dir, step float64, n int) (ax axis, in bool) {
	ax = axis{i: make([]int32, len(vs)), f: make([]int32, len(vs)), fade: make([]int32, len(vs))}
	for k, v := range vs {
		p := (v - origin) * dir / step
		if !(p >= 0 && p <= float64(n-1)) {
			ax.i[k] = -1
			continue
		}
		i := min(int(p), n-2)
		ax.i[k] = int32(i)
		ax.f[k] = int32((p - float64(i)) * 256)
		edge := math.Min(p, float64(n-1)-p)
		ax.fade[k] = int32(256 * math.Min(1, edge/edgeFade))
		in = true
	}
	return ax, in
}

// axes maps a tile's pixel longitudes and latitudes.
func (sh *Shading) axes(lons, lats []float64) (xs, ys axis, ok bool) {
	sf := sh.sf
	xs, inX := newAxis(lons, sf.West, 1, sf.Step, sf.W)
	ys, inY := newAxis(lats, sf.North, -1, sf.Step, sf.H)
	return xs, ys, inX && inY
}

// bilerp interpolates four bytes with fractions of 256.
func bilerp(p []uint8, k, w int, fx, fy int32) int32 {
	top := int32(p[k])*(256-fx) + int32(p[k+1])*fx
	bot := int32(p[k+w])*(256-fx) + int32(p[k+w+1])*fx
	return (top*(256-fy) + bot*fy) >> 16
}

// cubicFrom is the magnification (pixels per sample) from which the
// brightness is interpolated with a cubic: below it a bilinear's creases
// along the sample grid are too small to see.
const cubicFrom = 2

// brightness returns the coded brightness at every pixel of the
// len(xs) x len(ys) block (0 off the surface), interpolated with a
// Catmull-Rom (separable: one pass along the rows of samples the block
// needs, one down the pixel rows) when samples span several pixels, so
// that the light has no creases where the 3.7 km grid is magnified. It
// returns nil when pixels are about as large as samples: then a bilinear
// look-up per pixel serves.
func (sh *Shading) brightness(xs, ys axis) []uint8 {
	sf := sh.sf
	w, h := len(xs.i), len(ys.i)
	mag := 0.0
	if w > 1 && xs.i[0] >= 0 && xs.i[w-1] >= 0 {
		mag = float64(w-1) / (float64(xs.i[w-1]-xs.i[0]) + float64(xs.f[w-1]-xs.f[0])/256)
	}
	if !(mag >= cubicFrom) {
		return nil
	}
	out := make([]uint8, w*h)
	// The sample rows the block touches, with the cubic's margin.
	j0, j1 := int32(math.MaxInt32), int32(-1)
	for _, yi := range ys.i {
		if yi >= 0 {
			j0, j1 = min(j0, yi-1), max(j1, yi+2)
		}
	}
	j0 = max(j0, 0)
	j1 = min(j1, int32(sf.H-1))
	wx := cubicWeights(xs.f)
	wy := cubicWeights(ys.f)
	// Along each sample row, at every pixel column (values times 256).
	rowsAt := make([]int32, int(j1-j0+1)*w)
	for j := j0; j <= j1; j++ {
		src := sh.light[int(j)*sf.W : int(j+1)*sf.W]
		dst := rowsAt[int(j-j0)*w : int(j-j0+1)*w]
		for x, xi := range xs.i {
			if xi < 0 {
				continue
			}
			var s int32
			for k := range int32(4) {
				s += wx[x][k] * int32(src[min(max(xi+k-1, 0), int32(sf.W-1))])
			}
			dst[x] = s
		}
	}
	row := func(j int32) []int32 {
		j = min(max(j, j0), j1) - j0
		return rowsAt[int(j)*w : int(j+1)*w]
	}
	for y, yi := range ys.i {
		if yi < 0 {
			continue
		}
		r0, r1, r2, r3 := row(yi-1), row(yi), row(yi+1), row(yi+2)
		k0, k1, k2, k3 := wy[y][0], wy[y][1], wy[y][2], wy[y][3]
		o := out[y*w : (y+1)*w]
		for x := range o {
			s := k0*r0[x] + k1*r1[x] + k2*r2[x] + k3*r3[x]
			o[x] = uint8(min(255, max(0, s>>16)))
		}
	}
	return out
}

// cubicWeights are the Catmull-Rom weights (of 256) of the samples before,
// at, after and two after each position with fraction f (of 256).
func cubicWeights(fs []int32) [][4]int32 {
	out := make([][4]int32, len(fs))
	for i, fi := range fs {
		t := float64(fi) / 256
		t2, t3 := t*t, t*t*t
		w := [4]float64{
			-0.5*t3 + t2 - 0.5*t,
			1.5*t3 - 2.5*t2 + 1,
			-1.5*t3 + 2*t2 + 0.5*t,
			0.5*t3 - 0.5*t2,
		}
		a := int32(math.Round(w[0] * 256))
		b := int32(math.Round(w[1] * 256))
		c := int32(math.Round(w[2] * 256))
		out[i] = [4]int32{a, b, c, 256 - a - b - c}
	}
	return out
}

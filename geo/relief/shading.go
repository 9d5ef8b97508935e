package relief

import (
	"image"
	"math"
)

// maxLight is the brightness coded as 255 (full light on a slope facing
// it is about 1.41).
const maxLight = 1.5

// affine is one colour change: each channel c becomes (c*a + b) >> 8.
type affine struct {
	a [3]int32
	b [3]int32
}

// faded returns t scaled towards no change by fade (of 256).
func (t affine) faded(fade int32) affine {
	for c := range 3 {
		t.a[c] = 256 + (t.a[c]-256)*fade>>8
		t.b[c] = t.b[c] * fade >> 8
	}
	return t
}

// Shading is a Surface lit for one scale: a brightness per sample and the
// colour tables to paint it with. It is immutable and safe for concurrent
// use.
type Shading struct {
	sf    *Surface
	light []uint8     // Brightness per sample, 0 to maxLight as 0 to 255
	tint  [256]affine // hypsometric tint per elevation code
	shade [256]affine // shading per coded brightness
	sea   [256]int32  // share of seaShallow per sea code (0 for land), of 256
}

// Shading lights the surface with vertical exaggeration exag and paints
// with the given strength (0: nothing, 1: full relief).
func (sf *Surface) Shading(exag, strength float64) *Shading {
	sh := &Shading{sf: sf, light: make([]uint8, len(sf.code))}
	rows(sf.H, func(j int) {
		row := sh.light[j*sf.W : (j+1)*sf.W]
		sf.rowGradients(j, func(i int, e, n float64) {
			v := Brightness(exag*e, exag*n)*(255/maxLight) + 0.5
			if v > 255 {
				v = 255
			}
			row[i] = uint8(v)
		})
	})
	strength = math.Max(0, math.Min(1, strength))
	for c := range 256 {
		e := CodeElevation(uint8(c))
		sh.tint[c] = tintAffine(math.Max(0, e), strength)
		sh.shade[c] = shadeAffine(float64(c)/255*maxLight, strength)
		if c < seaCodes {
			sh.sea[c] = int32(math.Round(256 * strength * seaAlpha(math.Min(0, e))))
		}
	}
	return sh
}

// tintAffine is the hypsometric tint of elevation e, scaled by strength.
func tintAffine(e, strength float64) affine {
	t := rampAt(e)
	var out affine
	for c := range 3 {
		// c*mul, then lightened: c*mul*(1-l) + 255*l
		a := t.mul[c] * (1 - t.lighten)
		b := 255 * t.lighten
		out.a[c] = int32(math.Round((1 + (a-1)*strength) * 256))
		out.b[c] = int32(math.Round(b * strength * 256))
	}
	return out
}

// shadeAffine darkens (r < 1) or lightens (r > 1) for brightness r, scaled
// by strength.
func shadeAffine(r, strength float64) affine {
	var out affine
	for c := range 3 {
		a, b := 1.0, 0.0
		if r < 1 {
			a = 1 - shadowDepth*(1-r)*shadowHue[c]
		} else {
			h := math.Min(1, lightLift*(r-1))
			a, b = 1-h, 255*h
		}
		out.a[c] = int32(math.Round((1 + (a-1)*strength) * 256))
		out.b[c] = int32(math.Round(b * strength * 256))
	}
	return out
}

// Paint changes the land colours of dst by the relief: lons holds the
// longitude of each pixel column's centre, lats the latitude of each row's
// (len(lons) = width, len(lats) = height of dst). Pixels off the surface
// are left alone; near its edge the relief fades out. Call it on the land
// before the water is drawn: it changes every pixel it covers except those
// that skip (nil, or of dst's size) covers fully, where the water will go.
func (sh *Shading) Paint(dst *image.RGBA, lons, lats []float64, skip *image.Alpha) {
	if skip != nil && covered(skip) {
		return
	}
	xs, ys, ok := sh.axes(lons, lats)
	if !ok {
		return
	}
	sf := sh.sf
	light := sh.brightness(xs, ys)
	for y, yi := range ys.i {
		if yi < 0 {
			continue
		}
		fy, fadeY := ys.f[y], ys.fade[y]
		row := dst.Pix[y*dst.Stride : y*dst.Stride+4*len(lons)]
		var lrow, srow []uint8
		if light != nil {
			lrow = light[y*len(lons) : (y+1)*len(lons)]
		}
		if skip != nil {
			srow = skip.Pix[y*skip.Stride : y*skip.Stride+len(lons)]
		}
		for x, xi := range xs.i {
			if xi < 0 || (srow != nil && srow[x] == 0xff) {
				continue
			}
			k := int(yi)*sf.W + int(xi)
			code := bilerp(sf.code, k, sf.W, xs.f[x], fy)
			var lit int32
			if lrow != nil {
				lit = int32(lrow[x])
			} else {
				lit = bilerp(sh.light, k, sf.W, xs.f[x], fy)
			}
			t, s := &sh.tint[code], &sh.shade[lit]
			if fade := min(fadeY, xs.fade[x]); fade < 256 {
				ft, fs := t.faded(fade), s.faded(fade)
				t, s = &ft, &fs
			}
			p := row[4*x : 4*x+3 : 4*x+3]
			// Tint, then shade; both keep channels within 0-255 but for
			// rounding.
			r := (int32(p[0])*t.a[0] + t.b[0]) >> 8
			g := (int32(p[1])*t.a[1] + t.b[1]) >> 8
			b := (int32(p[2])*t.a[2] + t.b[2]) >> 8
			p[0] = uint8(min(255, (r*s.a[0]+s.b[0])>>8))
			p[1] = uint8(min(255, (g*s.a[1]+s.b[1])>>8))
			p[2] = uint8(min(255, (b*s.a[2]+s.b[2])>>8))
		}
	}
}

// covered reports whether every pixel of m is fully set.
func covered(m *image.Alpha) bool {
	for y := m.Rect.Min.Y; y < m.Rect.Max.Y; y++ {
		for _, a := range m.Pix[(y-m.Rect.Min.Y)*m.Stride : (y-m.Rect.Min.Y)*m.Stride+m.Rect.Dx()] {
			if a != 0xff {
				return false
			}
		}
	}
	return true
}

// PaintSea tints the water of dst by depth, through mask (the water's
// coverage, same size as dst): over the continental shelf the water leans
// towards a paler blue; the open ocean is left as it is, and so are lakes
// (water more than a few samples from the sea).
func (sh *Shading) PaintSea(dst *image.RGBA, mask *image.Alpha, lons, lats []float64) {
	xs, ys, ok := sh.axes(lons, lats)
	if !ok {
		return
	}
	sf := sh.sf
	shallow := [3]int32{int32(seaShallow[0]), int32(seaShallow[1]), int32(seaShallow[2])}
	for y, yi := range ys.i {
		if yi < 0 {
			continue
		}
		fy, fadeY := ys.f[y], ys.fade[y]
		row := dst.Pix[y*dst.Stride : y*dst.Stride+4*len(lons)]
		mrow := mask.Pix[y*mask.Stride : y*mask.Stride+len(lons)]
		for x, xi := range xs.i {
			m := int32(mrow[x])
			if xi < 0 || m == 0 {
				continue
			}
			a := sh.sea[bilerp(sf.sea, int(yi)*sf.W+int(xi), sf.W, xs.f[x], fy)]
			if a == 0 {
				continue
			}
			a = a * m / 255 * min(fadeY, xs.fade[x]) >> 8
			p := row[4*x : 4*x+3 : 4*x+3]
			for c := range 3 {
				v := int32(p[c])
				p[c] = uint8(v + (shallow[c]-v)*a>>8)
			}
		}
	}
}

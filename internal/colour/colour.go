package colour

import (
	"image/color"
	"math"
)

// Vision is a kind of colour vision to simulate.
type Vision int

// The visions: normal, and the three dichromacies at full severity.
const (
	Normal Vision = iota
	Protanopia
	Deuteranopia
	Tritanopia
)

// Visions lists every vision, normal first.
func Visions() []Vision { return []Vision{Normal, Protanopia, Deuteranopia, Tritanopia} }

// String names the vision.
func (v Vision) String() string {
	return [...]string{"normal", "protanopia", "deuteranopia", "tritanopia"}[v]
}

// machado holds the severity-1.0 matrices of Machado et al. (2009), which
// act on linear RGB.
var machado = [4][3][3]float64{
	Normal:       {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
	Protanopia:   {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
	Deuteranopia: {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
	Tritanopia:   {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
}

// toLinear converts an 8-bit sRGB channel to linear light.
func toLinear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// fromLinear converts linear light to an 8-bit sRGB channel, clamped.
func fromLinear(v float64) uint8 {
	v = math.Max(0, math.Min(1, v))
	if v <= 0.0031308 {
		v *= 12.92
	} else {
		v = 1.055*math.Pow(v, 1/2.4) - 0.055
	}
	return uint8(math.Round(v * 255))
}

// Simulate returns how an opaque colour c looks with vision v.
func Simulate(c color.NRGBA, v Vision) color.NRGBA {
	lin := [3]float64{toLinear(c.R), toLinear(c.G), toLinear(c.B)}
	m := machado[v]
	var out [3]float64
	for i := range 3 {
		out[i] = m[i][0]*lin[0] + m[i][1]*lin[1] + m[i][2]*lin[2]
	}
	return color.NRGBA{fromLinear(out[0]), fromLinear(out[1]), fromLinear(out[2]), 255}
}

// Over composites c (with its alpha) over an opaque background, as the
// map draws a translucent fill on the land.
func Over(c, bg color.NRGBA) color.NRGBA {
	a := float64(c.A) / 255
	mix := func(f, b uint8) uint8 { return uint8(math.Round(float64(f)*a + float64(b)*(1-a))) }
	return color.NRGBA{mix(c.R, bg.R), mix(c.G, bg.G), mix(c.B, bg.B), 255}
}

// Lab is a colour in CIELAB (D65).
type Lab struct{ L, A, B float64 }

// ToLab converts an opaque sRGB colour to CIELAB under D65.
func ToLab(c color.NRGBA) Lab {
	r, g, b := toLinear(c.R), toLinear(c.G), toLinear(c.B)
	x := (0.4124564*r + 0.3575761*g + 0.1804375*b) / 0.95047
	y := 0.2126729*r + 0.7151522*g + 0.0721750*b
	z := (0.0193339*r + 0.1191920*g + 0.9503041*b) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return Lab{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

// DeltaE returns the CIEDE2000 difference of two opaque colours: about 1
// is the smallest difference people notice side by side; map symbols
// that must be told apart at a glance want 10 or more.
func DeltaE(c1, c2 color.NRGBA) float64 { return DeltaE2000(ToLab(c1), ToLab(c2)) }

// DeltaE2000 is the CIEDE2000 colour difference (Sharma, Wu and Dalal,
// 2005) with kL = kC = kH = 1.
func DeltaE2000(a, b Lab) float64 {
	rad := math.Pi / 180
	c1, c2 := math.Hypot(a.A, a.B), math.Hypot(b.A, b.B)
	cm := (c1 + c2) / 2
	g := 0.5 * (1 - math.Sqrt(math.Pow(cm, 7)/(math.Pow(cm, 7)+math.Pow(25, 7))))
	a1, a2 := (1+g)*a.A, (1+g)*b.A
	c1p, c2p := math.Hypot(a1, a.B), math.Hypot(a2, b.B)
	hue := func(x, y float64) float64 {
		if x == 0 && y == 0 {
			return 0
		}
		h := math.Atan2(y, x) / rad
		if h < 0 {
			h += 360
		}
		return h
	}
	h1, h2 := hue(a1, a.B), hue(a2, b.B)
	dL := b.L - a.L
	dC := c2p - c1p
	var dh float64
	switch {
	case c1p*c2p == 0:
		dh = 0
	case math.Abs(h2-h1) <= 180:
		dh = h2 - h1
	case h2-h1 > 180:
		dh = h2 - h1 - 360
	default:
		dh = h2 - h1 + 360
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*rad)
	lm := (a.L + b.L) / 2
	cmp := (c1p + c2p) / 2
	var hm float64
	switch {
	case c1p*c2p == 0:
		hm = h1 + h2
	case math.Abs(h1-h2) <= 180:
		hm = (h1 + h2) / 2
	case h1+h2 < 360:
		hm = (h1 + h2 + 360) / 2
	default:
		hm = (h1 + h2 - 360) / 2
	}
	t := 1 - 0.17*math.Cos((hm-30)*rad) + 0.24*math.Cos(2*hm*rad) + 0.32*math.Cos((3*hm+6)*rad) - 0.20*math.Cos((4*hm-63)*rad)
	dTheta := 30 * math.Exp(-math.Pow((hm-275)/25, 2))
	rc := 2 * math.Sqrt(math.Pow(cmp, 7)/(math.Pow(cmp, 7)+math.Pow(25, 7)))
	sl := 1 + 0.015*math.Pow(lm-50, 2)/math.Sqrt(20+math.Pow(lm-50, 2))
	sc := 1 + 0.045*cmp
	sh := 1 + 0.015*cmp*t
	rt := -math.Sin(2*dTheta*rad) * rc
	return math.Sqrt(math.Pow(dL/sl, 2) + math.Pow(dC/sc, 2) + math.Pow(dH/sh, 2) + rt*(dC/sc)*(dH/sh))
}

// Luminance is the WCAG 2 relative luminance of an opaque colour.
func Luminance(c color.NRGBA) float64 {
	return 0.2126*toLinear(c.R) + 0.7152*toLinear(c.G) + 0.0722*toLinear(c.B)
}

// Contrast is the WCAG 2 contrast ratio of two opaque colours, from 1 to
// 21; body text wants at least 4.5.
func Contrast(a, b color.NRGBA) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

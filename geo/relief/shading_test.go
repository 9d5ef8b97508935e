package relief

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/relief"
)

// cone is a 101x101 model at 2 arc-minutes from 80W, 5S: a flat-topped
// cone 4000 m high in the middle (its top 5 samples in radius), falling to
// base metres at its foot 15 samples out.
func cone(base float64) *relief.Data {
	const n = 101
	g := relief.Grid{West: -80 * 3600, North: -5 * 3600, Step: 120, W: n, H: n, Z: make([]int16, n*n)}
	for j := range n {
		for i := range n {
			d := math.Hypot(float64(i-50), float64(j-50))
			f := math.Max(0, math.Min(1, (15-d)/10))
			g.Z[j*n+i] = int16(math.Round(base + (4000-base)*f))
		}
	}
	return &relief.Data{Grids: []relief.Grid{g}}
}

// view renders a size x size block of base colour covering lon0..lon1,
// lat0..lat1 through paint.
func view(size int, lon0, lat0, lon1, lat1 float64, base color.RGBA, paint func(*image.RGBA, []float64, []float64)) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	draw.Draw(img, img.Bounds(), image.NewUniform(base), image.Point{}, draw.Src)
	lons, lats := make([]float64, size), make([]float64, size)
	for i := range size {
		f := (float64(i) + 0.5) / float64(size)
		lons[i] = lon0 + (lon1-lon0)*f
		lats[i] = lat0 + (lat1-lat0)*f
	}
	paint(img, lons, lats)
	return img
}

// paintAll is sh.Paint with nothing skipped.
func paintAll(sh *Shading) func(*image.RGBA, []float64, []float64) {
	return func(img *image.RGBA, lons, lats []float64) { sh.Paint(img, lons, lats, nil) }
}

func luma(c color.RGBA) float64 { return 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B) }

func TestPaintLightsTheNorthWestFlank(t *testing.T) {
	sf, err := NewSurface(cone(200), 1.0/30, 1)
	if err != nil {
		t.Fatal(err)
	}
	base := color.RGBA{0xfb, 0xef, 0xcc, 0xff}
	// The cone's middle is at 78.333W, 6.667S; the view spans samples 30
	// to 70 both ways.
	for _, tc := range []struct {
		desc     string
		strength float64
		scale    int // pixels across the view: magnified past cubicFrom or not
	}{
		{desc: "full strength, bilinear", strength: 1, scale: 64},
		{desc: "full strength, cubic", strength: 1, scale: 400},
		{desc: "faded", strength: 0.4, scale: 64},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			sh := sf.Shading(6, tc.strength)
			img := view(tc.scale, -79, -6, -77.667, -7.333, base, paintAll(sh))
			at := func(fx, fy float64) color.RGBA {
				return img.RGBAAt(int(fx*float64(tc.scale)), int(fy*float64(tc.scale)))
			}
			nw, se := at(0.35, 0.35), at(0.65, 0.65)
			if !(luma(nw) > luma(se)+10*tc.strength) {
				t.Errorf("north-west flank %v is not lighter than south-east flank %v", nw, se)
			}
			if top, low := at(0.5, 0.5), at(0.05, 0.5); !(luma(top) > luma(low)+5*tc.strength) {
				t.Errorf("summit %v is not lighter than the lowland %v (hypsometric tint)", top, low)
			}
		})
	}
	t.Run("zero strength changes nothing", func(t *testing.T) {
		img := view(64, -79, -6, -77.667, -7.333, base, paintAll(sf.Shading(6, 0)))
		for y := range 64 {
			for x := range 64 {
				if c := img.RGBAAt(x, y); c != base {
					t.Fatalf("pixel %d,%d = %v, want %v", x, y, c, base)
				}
			}
		}
	})
	t.Run("pixels the water will cover are skipped", func(t *testing.T) {
		skip := image.NewAlpha(image.Rect(0, 0, 64, 64))
		for x := range 32 { // the left half fully covered, one pixel half
			for y := range 64 {
				skip.SetAlpha(x, y, color.Alpha{A: 0xff})
			}
		}
		skip.SetAlpha(40, 20, color.Alpha{A: 0x80})
		img := view(64, -79, -6, -77.667, -7.333, base, func(img *image.RGBA, lons, lats []float64) {
			sf.Shading(6, 1).Paint(img, lons, lats, skip)
		})
		if c := img.RGBAAt(20, 20); c != base {
			t.Errorf("covered pixel = %v, want %v", c, base)
		}
		if c := img.RGBAAt(40, 20); c == base {
			t.Errorf("half-covered pixel was not painted")
		}
		for i := range skip.Pix {
			skip.Pix[i] = 0xff
		}
		img = view(64, -79, -6, -77.667, -7.333, base, func(img *image.RGBA, lons, lats []float64) {
			sf.Shading(6, 1).Paint(img, lons, lats, skip)
		})
		if c := img.RGBAAt(50, 50); c != base {
			t.Errorf("pixel of an all-water block = %v, want %v", c, base)
		}
	})
	t.Run("off the surface nothing changes", func(t *testing.T) {
		img := view(32, -70, -6, -69, -7, base, paintAll(sf.Shading(6, 1)))
		if c := img.RGBAAt(16, 16); c != base {
			t.Errorf("pixel off the surface = %v, want %v", c, base)
		}
	})
	t.Run("the relief fades out towards the edge", func(t *testing.T) {
		// Flat lowland everywhere near the edge: only the tint differs,
		// and it fades to nothing on the edge itself.
		img := view(101, -80, -5, -76.667, -8.333, base, paintAll(sf.Shading(6, 1)))
		edge, inner := img.RGBAAt(0, 50), img.RGBAAt(10, 50)
		if math.Abs(luma(edge)-luma(base)) > 1 || !(luma(inner) < luma(base)-1) {
			t.Errorf("edge %v, 10 samples in %v, base %v", edge, inner, base)
		}
	})
}

func TestPaintSeaLightensTheShelfOnly(t *testing.T) {
	// A sea model: 4000 m deep except a shelf 50 m deep in the middle.
	const n = 101
	g := relief.Grid{West: -80 * 3600, North: -5 * 3600, Step: 120, W: n, H: n, Z: make([]int16, n*n)}
	for j := range n {
		for i := range n {
			g.Z[j*n+i] = -4000
			if math.Abs(float64(i-50)) < 10 && math.Abs(float64(j-50)) < 10 {
				g.Z[j*n+i] = -50
			}
		}
	}
	sf, err := NewSurface(&relief.Data{Grids: []relief.Grid{g}}, 1.0/30, 1)
	if err != nil {
		t.Fatal(err)
	}
	sh := sf.Shading(6, 1)
	water := color.RGBA{0xa9, 0xd0, 0xe8, 0xff}
	for _, tc := range []struct {
		desc    string
		mask    uint8
		fx      float64
		lighter bool
	}{
		{desc: "shelf under water", mask: 255, fx: 0.5, lighter: true},
		{desc: "deep ocean", mask: 255, fx: 0.3, lighter: false},
		{desc: "shelf under land (no water coverage)", mask: 0, fx: 0.5, lighter: false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			mask := image.NewAlpha(image.Rect(0, 0, 64, 64))
			for i := range mask.Pix {
				mask.Pix[i] = tc.mask
			}
			img := view(64, -80, -5, -76.667, -8.333, water, func(img *image.RGBA, lons, lats []float64) {
				sh.PaintSea(img, mask, lons, lats)
			})
			c := img.RGBAAt(int(tc.fx*64), 32)
			if got := luma(c) > luma(water)+3; got != tc.lighter {
				t.Errorf("pixel %v against water %v: lighter = %v, want %v", c, water, got, tc.lighter)
			}
		})
	}
}

func TestPaintSeaLeavesLakesAlone(t *testing.T) {
	// A lake drawn on land 3800 m up, far from any sea sample.
	sf, err := NewSurface(cone(3800), 1.0/30, 1)
	if err != nil {
		t.Fatal(err)
	}
	water := color.RGBA{0xa9, 0xd0, 0xe8, 0xff}
	mask := image.NewAlpha(image.Rect(0, 0, 16, 16))
	for i := range mask.Pix {
		mask.Pix[i] = 255
	}
	img := view(16, -79, -6, -77.667, -7.333, water, func(img *image.RGBA, lons, lats []float64) {
		sf.Shading(6, 1).PaintSea(img, mask, lons, lats)
	})
	if c := img.RGBAAt(3, 8); c != water {
		t.Errorf("lake pixel = %v, want the plain water %v", c, water)
	}
}

func TestModelPicksSurfaceByScale(t *testing.T) {
	m, err := NewModel(cone(0))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc string
		mpp  float64
		step float64
	}{
		{desc: "zoom 10: the data's own spacing", mpp: 150, step: 1.0 / 30},
		{desc: "zoom 5: still the finest", mpp: 4800, step: 1.0 / 30},
		{desc: "zoom 4: twice the spacing", mpp: 9600, step: 2.0 / 30},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			sf, err := m.Surface(tc.mpp)
			if err != nil || math.Abs(sf.Step-tc.step) > 1e-12 {
				t.Errorf("Surface(%v) step %v, %v; want %v", tc.mpp, sf.Step, err, tc.step)
			}
		})
	}
	if _, err := NewModel(&relief.Data{}); err == nil {
		t.Error("NewModel of an empty model succeeded")
	}
}

func TestLandCode(t *testing.T) {
	tests := []struct {
		desc   string
		metres float64
		want   uint16
	}{
		{desc: "sea level", metres: 0, want: 0},
		{desc: "a metre is landUnits", metres: 1, want: landUnits},
		{desc: "rounded to the nearest unit", metres: 6768.1, want: 6768 * landUnits},
		{desc: "below sea level is 0", metres: -30, want: 0},
		{desc: "higher than 16 bits hold is clamped", metres: 20000, want: math.MaxUint16},
	}
	for _, tc := range tests {
		if got := landCode(tc.metres); got != tc.want {
			t.Errorf("%s: landCode(%g) = %d, want %d", tc.desc, tc.metres, got, tc.want)
		}
	}
	// The stored elevations light the relief as the exact ones would: at
	// the steepest exaggeration and the finest spacing the atlas uses (a
	// 120" grid, at 20 degrees south), well under a level of the coded
	// brightness.
	const exag = 12
	dy := 120.0 / 3600 * metresPerDegree
	dx := dy * math.Cos(20*math.Pi/180)
	rnd := rand.New(rand.NewPCG(1, 2))
	worst := 0.0
	for range 20000 {
		// a slope of up to 1 in 2 in any direction, roughened
		base, gx, gy := 4000+rnd.Float64()*2000, rnd.Float64()-0.5, rnd.Float64()-0.5
		var exact, stored [9]float64
		for k := range exact {
			x, y := float64(k%3-1), float64(1-k/3)
			exact[k] = base + gx*x*dx + gy*y*dy + rnd.Float64()*20
			stored[k] = float64(landCode(exact[k]))
		}
		e, n := Horn(&exact, dx, dy)
		se, sn := Horn(&stored, dx*landUnits, dy*landUnits)
		worst = max(worst, math.Abs(Brightness(exag*e, exag*n)-Brightness(exag*se, exag*sn))*255/maxLight)
	}
	if worst > 0.1 {
		t.Errorf("stored elevations move the coded brightness by up to %.3f of a level", worst)
	}
}

// TestRowGradientsMatchHorn: the gradients lighting takes from the stored
// elevations, row by row, are Horn's over each sample's neighbours, the
// edge samples repeated outwards.
func TestRowGradientsMatchHorn(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	sf := &Surface{West: -80, North: -5, Step: 0.05, W: 7, H: 5}
	sf.land = make([]uint16, sf.W*sf.H)
	for k := range sf.land {
		sf.land[k] = landCode(rnd.Float64() * 5000)
	}
	at := func(i, j int) float64 {
		i, j = max(0, min(i, sf.W-1)), max(0, min(j, sf.H-1))
		return float64(sf.land[j*sf.W+i]) / landUnits
	}
	for j := range sf.H {
		dy := sf.Step * metresPerDegree
		dx := dy * math.Cos((sf.North-float64(j)*sf.Step)*math.Pi/180)
		seen := 0
		sf.rowGradients(j, func(i int, e, n float64) {
			seen++
			z := [9]float64{at(i-1, j-1), at(i, j-1), at(i+1, j-1), at(i-1, j), at(i, j), at(i+1, j), at(i-1, j+1), at(i, j+1), at(i+1, j+1)}
			we, wn := Horn(&z, dx, dy)
			if math.Abs(e-we) > 1e-12 || math.Abs(n-wn) > 1e-12 {
				t.Errorf("sample (%d, %d): gradients %g, %g; Horn's %g, %g", i, j, e, n, we, wn)
			}
		})
		if seen != sf.W {
			t.Errorf("row %d: %d samples, want %d", j, seen, sf.W)
		}
	}
}

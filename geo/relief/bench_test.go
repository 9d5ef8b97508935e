package relief

import (
	"image"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/relief"
)

// embeddedModel prepares the embedded elevation model for a benchmark.
func embeddedModel(b *testing.B) *Model {
	b.Helper()
	d, err := relief.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	m, err := NewModel(d)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkNewModel is the one-off cost of preparing the embedded model:
// both surfaces, with their gradients and sea reach.
func BenchmarkNewModel(b *testing.B) {
	d, err := relief.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		m, err := NewModel(d)
		if err != nil {
			b.Fatal(err)
		}
		for _, mpp := range []float64{100, 10000} {
			if _, err := m.Surface(mpp); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPaint shades one 256 px block over the Andes at about zoom 8
// (600 m a pixel) and one at zoom 5, without the rest of a tile.
func BenchmarkPaint(b *testing.B) {
	m := embeddedModel(b)
	for _, tc := range []struct {
		name string
		mpp  float64
		span float64 // degrees across the block
	}{
		{name: "zoom8", mpp: 600, span: 1.4},
		{name: "zoom5", mpp: 4800, span: 11.25},
	} {
		b.Run(tc.name, func(b *testing.B) {
			sh, err := m.Shading(tc.mpp, -9)
			if err != nil {
				b.Fatal(err)
			}
			const n = 256
			lons, lats := make([]float64, n), make([]float64, n)
			for i := range n {
				lons[i] = -78 + tc.span*float64(i)/n
				lats[i] = -8 - tc.span*float64(i)/n
			}
			img := image.NewRGBA(image.Rect(0, 0, n, n))
			b.ReportAllocs()
			for b.Loop() {
				sh.Paint(img, lons, lats, nil)
			}
		})
	}
}

// BenchmarkShading is the one-off cost of lighting the fine surface for a
// zoom (the surface itself is built before timing).
func BenchmarkShading(b *testing.B) {
	m := embeddedModel(b)
	if _, err := m.Shading(600, -9); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Shading(600, -9); err != nil {
			b.Fatal(err)
		}
	}
}

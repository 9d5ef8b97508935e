package overlay

import (
	"context"
	"image"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo"
)

// userBenchSizes are the user layers the user benchmarks draw: a
// teacher's file (the fixtures, seven features) and the importer's
// largest, a 10,000-point CSV over Peru.
func userBenchSizes(b *testing.B) []struct {
	name   string
	layers []*userlayer.Layer
} {
	return []struct {
		name   string
		layers []*userlayer.Layer
	}{
		{"teacher", userFixtures(b)},
		{"csv10k", []*userlayer.Layer{denseLayer(b, 10000)}},
	}
}

// BenchmarkWithUsers prepares user layers for drawing (projection,
// styles, order) once, as the window does when a file is added.
func BenchmarkWithUsers(b *testing.B) {
	s := testSet(b)
	for _, sz := range userBenchSizes(b) {
		b.Run(sz.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.WithUsers(sz.layers); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRenderUsers1080 is BenchmarkRender1080 with user layers.
func BenchmarkRenderUsers1080(b *testing.B) {
	names := benchNames(b)
	for _, sz := range userBenchSizes(b) {
		s, err := testSet(b).WithUsers(sz.layers)
		if err != nil {
			b.Fatal(err)
		}
		for _, bv := range benchViews() {
			b.Run(sz.name+"/"+bv.name, func(b *testing.B) {
				opt := Options{Year: bv.year, Names: names}
				img := image.NewRGBA(image.Rect(0, 0, int(bv.v.Width), int(bv.v.Height)))
				b.ReportAllocs()
				for b.Loop() {
					clear(img.Pix)
					if err := s.RenderInto(context.Background(), img, bv.v, opt); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkUserHitTest asks what lies under a pointer over a 10,000-point
// layer, and its legend counts, as the window does on a click and a year
// step.
func BenchmarkUserHitTest(b *testing.B) {
	s, err := testSet(b).WithUsers([]*userlayer.Layer{denseLayer(b, 10000)})
	if err != nil {
		b.Fatal(err)
	}
	v := vraemView()
	opt := Options{Year: 2013}
	b.Run("hit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s.HitTest(v, opt, geo.Pixel{X: 960, Y: 540}, 8)
		}
	})
	b.Run("legend", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s.Legend(opt)
		}
	})
}

package relief

import (
	"testing"

	"github.com/perutraffickingatlas/atlas/data/relief"
)

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

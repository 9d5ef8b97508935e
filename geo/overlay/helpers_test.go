package overlay

import (
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

var (
	setOnce sync.Once
	setVal  *Set
	setErr  error
)

// testSet builds the Set of the embedded dataset once per test binary.
func testSet(tb testing.TB) *Set {
	tb.Helper()
	setOnce.Do(func() {
		ds, err := data.Embedded()
		if err != nil {
			setErr = err
			return
		}
		setVal, setErr = New(ds)
	})
	if setErr != nil {
		tb.Fatal(setErr)
	}
	return setVal
}

// peruView shows all of Peru at zoom 6 in 1920x1080.
func peruView() geo.View {
	return geo.View{Center: orb.Point{-75.0, -9.3}, Zoom: 6, Width: 1920, Height: 1080}
}

// vraemView shows the VRAEM at zoom 8 in 1920x1080.
func vraemView() geo.View {
	return geo.View{Center: orb.Point{-73.9, -12.2}, Zoom: 8, Width: 1920, Height: 1080}
}

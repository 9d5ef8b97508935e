package overlay

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
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

// userFixtures reads the user layers of testdata/user: a teacher's CSV
// written by a Spanish spreadsheet (towns, some dated) and a KML (a dated
// route and a study area citing an article).
func userFixtures(tb testing.TB) []*userlayer.Layer {
	tb.Helper()
	var out []*userlayer.Layer
	for _, name := range []string{"Pueblos del VRAEM.csv", "field-trip.kml"} {
		l, err := userlayer.ReadFile(context.Background(), filepath.Join("testdata", "user", name), userlayer.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, l)
	}
	return out
}

// testUserSet is testSet with the user fixtures.
func testUserSet(tb testing.TB) *Set {
	tb.Helper()
	s, err := testSet(tb).WithUsers(userFixtures(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// userView shows the user fixtures, the VRAEM's south, at zoom 9.3.
func userView() geo.View {
	return geo.View{Center: orb.Point{-73.95, -12.72}, Zoom: 9.3, Width: 1200, Height: 900}
}

// denseLayer is a CSV of n named points over Peru, some dated, read as a
// user's file: a survey of thousands of points.
func denseLayer(tb testing.TB, n int) *userlayer.Layer {
	tb.Helper()
	var b strings.Builder
	b.WriteString("name,latitude,longitude,year\n")
	cols := int(math.Ceil(math.Sqrt(float64(n))))
	for i := range n {
		lat := -3.5 - 14.0*float64(i/cols)/float64(cols)
		lon := -80.5 + 11.0*float64(i%cols)/float64(cols)
		year := ""
		if i%3 == 0 {
			year = strconv.Itoa(1990 + i%30)
		}
		fmt.Fprintf(&b, "Point %d,%.5f,%.5f,%s\n", i+1, lat, lon, year)
	}
	l, err := userlayer.Read(context.Background(), strings.NewReader(b.String()), "survey.csv", userlayer.FormatCSV, userlayer.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

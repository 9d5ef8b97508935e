package embedded

import (
	"sync"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	datarelief "github.com/perutraffickingatlas/atlas/data/relief"
	"github.com/perutraffickingatlas/atlas/geo/relief"
)

// shared decodes the embedded basemap once for all tests and benchmarks.
type shared struct {
	once sync.Once
	d    *basemap.Data
	err  error
}

func (s *shared) get(t testing.TB) *basemap.Data {
	t.Helper()
	s.once.Do(func() { s.d, s.err = basemap.Embedded() })
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.d
}

// testData is the decoded embedded basemap, shared by the package's tests.
func testData(t testing.TB) *basemap.Data { return sharedData.get(t) }

var sharedData shared

// reliefModel prepares the embedded elevation model once for all tests.
type reliefModel struct {
	once sync.Once
	m    *relief.Model
	err  error
}

func (r *reliefModel) get(t testing.TB) *relief.Model {
	t.Helper()
	r.once.Do(func() {
		d, err := datarelief.Embedded()
		if err != nil {
			r.err = err
			return
		}
		r.m, r.err = relief.NewModel(d)
	})
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.m
}

var sharedRelief reliefModel

// testShared draws the embedded basemap and relief decoded once for the
// package's tests and benchmarks.
func testShared(t testing.TB) Option {
	d, m := testData(t), sharedRelief.get(t)
	return func(s *Source) {
		WithData(d)(s)
		WithRelief(m)(s)
	}
}

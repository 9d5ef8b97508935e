package embedded

import (
	"sync"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/basemap"
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

package embedded

import (
	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/geo/relief"
)

// Options only the tests use, so that many sources share one decoded copy
// of the data.

// WithData renders d instead of the embedded basemap, so that several
// sources (tests, benchmarks, both scales) share one decoded copy.
func WithData(d *basemap.Data) Option {
	return func(src *Source) { src.data, src.custom = d, true }
}

// WithRelief shades the land with m instead of the embedded elevation
// model, so that several sources share one prepared copy.
func WithRelief(m *relief.Model) Option {
	return func(src *Source) { src.relief, src.custom = m, true }
}

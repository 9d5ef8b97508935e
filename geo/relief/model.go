package relief

import (
	"fmt"
	"math"
	"sync"

	"github.com/perutraffickingatlas/atlas/data/relief"
)

// Model is an elevation model prepared for maps of any scale: a surface at
// the finest grid's spacing and one at twice it, averaged, for scales where
// a pixel spans several samples. Each surface is built on first use. A
// Model is safe for concurrent use; build it once and share it.
type Model struct {
	data     *relief.Data
	step     float64 // finest spacing in degrees
	surfaces [2]struct {
		once sync.Once
		sf   *Surface
		err  error
	}
}

// NewModel prepares d, which must not change afterwards.
func NewModel(d *relief.Data) (*Model, error) {
	if len(d.Grids) == 0 {
		return nil, ErrEmpty
	}
	return &Model{data: d, step: float64(d.Grids[len(d.Grids)-1].Step) * relief.ArcSecond}, nil
}

// surface returns surface i (0 fine, 1 coarse), building it once.
func (m *Model) surface(i int) (*Surface, error) {
	s := &m.surfaces[i]
	s.once.Do(func() {
		s.sf, s.err = NewSurface(m.data, m.step*float64(1+i), 1+i)
		if s.err != nil {
			s.err = fmt.Errorf("relief: surface at %g degrees: %w", m.step*float64(1+i), s.err)
		}
	})
	return s.sf, s.err
}

// sampleMetres is the finest spacing in metres along a meridian.
func (m *Model) sampleMetres() float64 { return m.step * metresPerDegree }

// Surface returns the surface for pixels mpp metres wide: the coarser one
// (twice the finest spacing) once a pixel is wider than 1.25 of its
// samples, the finer otherwise.
func (m *Model) Surface(mpp float64) (*Surface, error) {
	if mpp >= 1.25*2*m.sampleMetres() {
		return m.surface(1)
	}
	return m.surface(0)
}

// Shading lights the model for pixels mpp metres wide at latitude lat:
// the right surface, Exaggeration(mpp) and Strength against the data's
// own spacing there.
func (m *Model) Shading(mpp, lat float64) (*Shading, error) {
	sf, err := m.Surface(mpp)
	if err != nil {
		return nil, err
	}
	return sf.Shading(Exaggeration(mpp), Strength(mpp, m.sampleMetres()*math.Cos(lat*math.Pi/180))), nil
}

package placenames

import (
	"image/color"
	"math"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Inks of the names: dark grey towns, warm Peru, grey neighbours, blue
// water; every name sits in a white halo.
var (
	inkTown    = color.NRGBA{0x2a, 0x2a, 0x2a, 0xff}
	inkCountry = color.NRGBA{0x5c, 0x58, 0x53, 0xff}
	inkPeru    = color.NRGBA{0x9a, 0x5b, 0x1e, 0xff}
	inkWater   = color.NRGBA{0x1f, 0x5f, 0x9a, 0xff}
	haloColor  = color.NRGBA{0xff, 0xff, 0xff, 0xf0}
)

// Priorities on the scale label.Source documents: the capital just below
// the exit ports; the neighbours' names and, at country scale, one name per
// major river among the atlas's zones (the valleys are what the atlas is
// about); big cities and PERU after them; towns below every atlas area;
// at larger scales the rivers after the towns on their banks.
const (
	prioCapital    = 78
	prioCountry    = 64
	prioBigCity    = 54
	prioPeru       = 55
	prioOcean      = 45
	prioLake       = 22
	prioRiverFirst = 14
	prioRiverSmall = 56 // the first name of a river at country scale, where the atlas is about the valleys
	prioTown       = 15 // plus up to 10 by size
	prioSea        = 8  // the ocean named again along the coast
	prioRiverAgain = 4
)

// townRank orders towns: population, raised for capitals so that a
// capital with no census figure still shows. (GeoNames gives 433 Peruvian
// district capitals, PPLA3, a population of 0, among them Tarapoto,
// Quillabamba and Pichari; they come in from zoom 9.)
func townRank(p basemap.Place) int {
	r := p.Population
	switch p.Code {
	case "PPLC":
		r = max(r, 5000000)
	case "PPLA":
		r = max(r, 80000)
	case "PPLA2":
		r = max(r, 8000)
	case "PPLA3":
		r = max(r, 5000)
	}
	return r
}

// townMinRank is the smallest rank of a town named at zoom z.
func townMinRank(z int) int {
	switch {
	case z <= 4:
		return 400000
	case z == 5:
		return 150000
	case z == 6:
		return 60000
	case z == 7:
		return 25000
	case z == 8:
		return 10000
	case z == 9:
		return 4000
	case z == 10:
		return 1500
	default:
		return 0
	}
}

// townStyle is a town's lettering and dot radius at zoom z and scale s.
func townStyle(p basemap.Place, z int, s float64) (st label.Style, dot float64, square bool) {
	r := townRank(p)
	switch {
	case p.Kind == basemap.KindCapital:
		return label.Style{Face: label.Bold, Size: 14 * s, Halo: 1.8 * s}, 3.4 * s, true
	case r >= 250000:
		return label.Style{Face: label.Bold, Size: 12.5 * s, Halo: 1.7 * s}, 2.8 * s, false
	case r >= 50000 || (z >= 10 && r >= 10000):
		return label.Style{Face: label.Regular, Size: 12.5 * s, Halo: 1.6 * s}, 2.5 * s, false
	}
	return label.Style{Face: label.Regular, Size: 11.5 * s, Halo: 1.6 * s}, 2.2 * s, false
}

// townPriority ranks a town among the atlas's labels.
func townPriority(p basemap.Place) float64 {
	r := townRank(p)
	switch {
	case p.Kind == basemap.KindCapital:
		return prioCapital
	case r >= 250000:
		return prioBigCity
	}
	return prioTown + math.Min(10, math.Log10(float64(max(r, 1)))*2)
}

// countryStyle is the lettering of a neighbour's name.
func countryStyle(z, s float64) label.Style {
	return label.Style{Face: label.Bold, Size: s * math.Min(18, 9+2*(z-3)), Tracking: 0.18, Halo: 1.6 * s}
}

// peruStyle is the lettering of PERU.
func peruStyle(z, s float64) label.Style {
	return label.Style{Face: label.Bold, Size: s * math.Min(30, 12+3.5*(z-3)), Tracking: 0.25, Halo: 1.9 * s}
}

// seaStyle is the lettering of the ocean's name.
func seaStyle(z, s float64) label.Style {
	return label.Style{Face: label.Italic, Size: s * math.Min(18, 10+1.6*(z-3)), Tracking: 0.12, Halo: 1.6 * s}
}

// lakeStyle is the lettering of a lake's name.
func lakeStyle(z, s float64) label.Style {
	return label.Style{Face: label.BoldItalic, Size: s * math.Min(15, 11+(z-5)), Halo: 1.6 * s}
}

// riverStyle is the lettering of a river's name; at country scale rivers
// are short and winding on screen, so the type is smaller.
func riverStyle(z, s float64) label.Style {
	st := label.Style{Face: label.BoldItalic, Size: s * math.Min(14.5, 10+0.8*(z-5)), Tracking: 0.03, Halo: 1.6 * s}
	if z <= 6 {
		st.Size = s * (8.5 + 0.75*(z-5))
	}
	return st
}

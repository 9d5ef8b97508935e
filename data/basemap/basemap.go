package basemap

import "github.com/paulmach/orb"

// Shore levels of GSHHG: 1 is the boundary between land and ocean, 2 between
// a lake and land, 3 an island in a lake.
const (
	LevelLand       = 1
	LevelLake       = 2
	LevelLakeIsland = 3
)

// PlaceKind says what a labelled point is.
type PlaceKind uint8

// Kinds of labelled places.
const (
	// KindTown is a populated place from GeoNames.
	KindTown PlaceKind = iota + 1
	// KindCapital is the national capital of Peru.
	KindCapital
	// KindCountry labels a neighbouring country at an interior point.
	KindCountry
	// KindPeru labels Peru itself.
	KindPeru
	// KindOcean labels the ocean. Population 0 marks the main point,
	// 1 the secondary points along Peru's coast for large scales.
	KindOcean
	// KindLake labels a lake.
	KindLake
)

// Area is one closed shoreline ring. Rings of LevelLand and LevelLakeIsland
// are land, rings of LevelLake are water. Rings are clipped to Data.Bound;
// a ring cut by the bound is closed along it.
type Area struct {
	Level uint8
	Ring  orb.Ring
}

// River is one river polyline. Level is the WDBII river class (0
// double-lined, 1 permanent major, 2 additional major, 3 additional, 4
// minor, 5-7 intermittent). Named rivers are the major rivers traced by the
// generator; their geometry repeats (a chain of) unnamed pieces.
type River struct {
	Level uint8
	Name  string
	Line  orb.LineString
}

// Border is one national border polyline. Peru is true for Peru's own land
// border, which follows the outline of the Peru polygon.
type Border struct {
	Peru bool
	Line orb.LineString
}

// Place is a labelled point: a town, a country's or a lake's name anchor.
type Place struct {
	Kind       PlaceKind
	Name       string
	Country    string // ISO 3166-1 alpha-2, "" when not a town
	Code       string // GeoNames feature code of a town, e.g. PPLC, PPLA
	Population int
	Point      orb.Point
}

// Data is the whole basemap.
type Data struct {
	// Bound is the extent the vectors cover (and are clipped to).
	Bound orb.Bound
	// Land holds shoreline rings; see Area.
	Land []Area
	// Peru holds the rings of Peru's territory. Their coastal parts reach a
	// little out to sea, so draw them only where Land is land.
	Peru []orb.Ring
	// Coast holds shoreline polylines (ocean and lake shores), unclosed.
	Coast []orb.LineString
	// Rivers holds river polylines, unnamed first then named.
	Rivers []River
	// Borders holds national borders.
	Borders []Border
	// Places holds label anchors, most important first.
	Places []Place
	// ContextBound is the wider extent of Context.
	ContextBound orb.Bound
	// Context holds coarse land rings (GSHHG crude) over ContextBound, for
	// drawing around Bound at small scales.
	Context []orb.Ring
}

// Extent is the atlas's area of interest (82.5°W-67.5°W, 19.5°S-1.5°N):
// towns, labels and named rivers are kept inside it. Data.Bound is larger.
func Extent() orb.Bound {
	return orb.Bound{Min: orb.Point{-82.5, -19.5}, Max: orb.Point{-67.5, 1.5}}
}

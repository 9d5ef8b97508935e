package embedded

import (
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/geo"
)

// pt is a point in world pixels at zoom 0 (the world is 256 wide), or at a
// given zoom once scaled.
type pt struct{ X, Y float64 }

// project maps lon/lat to Web Mercator world pixels at zoom 0.
func project(p orb.Point) pt { return pt(geo.Project(p, 0)) }

func projectAll(ps []orb.Point) []pt {
	out := make([]pt, len(ps))
	for i, p := range ps {
		out[i] = project(p)
	}
	return out
}

// ring is a closed polygon ring; sign is +1 for land or Peru, -1 for water.
type ring struct {
	sign int8
	pts  []pt
}

// line is a polyline with its style class.
type line struct {
	class lineClass
	pts   []pt
}

// lineClass says how a line is drawn.
type lineClass uint8

const (
	classCoast      lineClass = 0
	classRiver0     lineClass = 1 // WDBII classes 0..7 are 1..8
	classRiver7     lineClass = 8
	classRiverNamed lineClass = 9
	classBorder     lineClass = 10
	classBorderPeru lineClass = 11
)

// world is the basemap projected once to zoom-0 world pixels.
type world struct {
	bound  [2]pt // min, max of the data bound
	cbound [2]pt // min, max of the context bound
	ctx    []ring
	land   []ring
	peru   []ring
	lines  []line
	places []basemap.Place
}

func newWorld(d *basemap.Data) *world {
	w := &world{places: d.Places}
	a, b := project(d.Bound.Min), project(d.Bound.Max)
	w.bound = [2]pt{{a.X, b.Y}, {b.X, a.Y}}
	a, b = project(d.ContextBound.Min), project(d.ContextBound.Max)
	w.cbound = [2]pt{{a.X, b.Y}, {b.X, a.Y}}
	for _, r := range d.Context {
		w.ctx = append(w.ctx, ring{sign: 1, pts: projectAll(r)})
	}
	for _, ar := range d.Land {
		r := ring{sign: 1, pts: projectAll(ar.Ring)}
		if ar.Level == basemap.LevelLake {
			r.sign = -1
		}
		w.land = append(w.land, r)
	}
	for _, r := range d.Peru {
		w.peru = append(w.peru, ring{sign: 1, pts: projectAll(r)})
	}
	for _, c := range d.Coast {
		w.lines = append(w.lines, line{class: classCoast, pts: projectAll(c)})
	}
	for _, r := range d.Rivers {
		l := line{class: classRiver0 + lineClass(min(r.Level, 7)), pts: projectAll(r.Line)}
		if r.Name != "" {
			l.class = classRiverNamed
		}
		w.lines = append(w.lines, l)
	}
	for _, b := range d.Borders {
		l := line{class: classBorder, pts: projectAll(b.Line)}
		if b.Peru {
			l.class = classBorderPeru
		}
		w.lines = append(w.lines, l)
	}
	return w
}

// signedArea is the shoelace area of a closed ring in screen axes.
func signedArea(ps []pt) float64 {
	s := 0.0
	for i := 0; i+1 < len(ps); i++ {
		s += ps[i].X*ps[i+1].Y - ps[i+1].X*ps[i].Y
	}
	return s / 2
}

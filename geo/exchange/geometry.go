package exchange

import "github.com/paulmach/orb"

// coordFactor rounds coordinates to 6 decimals (about 0.1 m), as RFC 7946
// section 11.2 recommends; the atlas's data has at most 5.
const coordFactor = 1e6

// normalize returns a copy of g for export: coordinates rounded to 6
// decimals and polygon rings wound by the right-hand rule that RFC 7946
// and KML both want (outer rings counter-clockwise, holes clockwise).
// The dataset's own geometry is never changed.
func normalize(g orb.Geometry) orb.Geometry {
	g = orb.Round(orb.Clone(g), coordFactor)
	switch g := g.(type) {
	case orb.Polygon:
		wind(g)
	case orb.MultiPolygon:
		for _, p := range g {
			wind(p)
		}
	case orb.Collection:
		for i, c := range g {
			g[i] = normalize(c)
		}
	}
	return g
}

// wind orients p's rings in place: the first counter-clockwise, the
// others clockwise.
func wind(p orb.Polygon) {
	for i, r := range p {
		want := orb.CW
		if i == 0 {
			want = orb.CCW
		}
		if len(r) < 3 {
			continue
		}
		if o := r.Orientation(); o != 0 && o != want {
			r.Reverse()
		}
	}
}

package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// geomSpec is one geometry form; exactly one field is set.
//
//   - point: a place.                       {"point": "Tocache"}
//   - points: several places.               {"points": ["Lima", "Cusco"]}
//   - hull: convex hull of places, grown.   {"hull": [...], "km": 15}
//   - admin1: hull of every Peruvian gazetteer place in a department
//     (GeoNames admin1 code), grown.        {"admin1": "16", "km": 10}
//   - river: the WDBII river course through places on it, in order; a
//     corridor polygon km wide each side, or the line itself with "km": 0.
//   - line: straight legs through places.   {"line": ["Pichari", "@asia"]}
//   - multi: several of the above, joined into one Multi* geometry.
//   - union: one corridor polygon km wide round all the lines of its parts
//     (rivers with "km": 0, or lines), or round the outlines of polygon
//     parts, which joins neighbouring zones into one outline.
//     {"union": [...], "km": 20}
//   - ref: a named shape of shapes.json.     {"ref": "vraem"}
//   - admin1 "*": hull of every Peruvian gazetteer place (the country).
//
// A place is a Peruvian gazetteer name ("Tocache"), a name and country
// ("Leticia|CO"), or a GeoNames id ("#3929710"). In lines, "~Callao" is a
// sea point offshore of a port (3 degrees west of it) and "@name" a labelled
// edge anchor from anchors (schematic ends for off-map destinations).
type geomSpec struct {
	Point  string     `json:"point,omitempty"`
	Points []string   `json:"points,omitempty"`
	Hull   []string   `json:"hull,omitempty"`
	Admin1 string     `json:"admin1,omitempty"`
	River  []string   `json:"river,omitempty"`
	Line   []string   `json:"line,omitempty"`
	Multi  []geomSpec `json:"multi,omitempty"`
	Ref    string     `json:"ref,omitempty"`
	Union  []geomSpec `json:"union,omitempty"`
	Km     float64    `json:"km,omitempty"`
}

// anchors returns the only typed coordinates: labelled points on or near the
// edge of the region box that stand for destinations off the map. They are
// schematic by definition and are never used as places.
func anchors() map[string]orb.Point {
	return map[string]orb.Point{
		"@north":     {-84.5, 6.0},   // northbound by sea: North America, Europe
		"@asia":      {-94.5, -13.0}, // westbound by sea across the Pacific
		"@caribbean": {-75.5, 9.5},   // the 1980s trail's way north
		"@east":      {-60.5, -7.0},  // eastward across Brazil
	}
}

type builder struct {
	shapes map[string]geomSpec
	gaz    *gazetteer.Gazetteer
	rivers func() (*riverNet, error)
	log    func(format string, args ...any)
}

func (b *builder) place(ref string) (gazetteer.Place, error) {
	switch {
	case strings.HasPrefix(ref, "#"):
		id, err := strconv.Atoi(ref[1:])
		if err != nil {
			return gazetteer.Place{}, fmt.Errorf("place %q: %w", ref, err)
		}
		p, ok := b.gaz.ByID(id)
		if !ok {
			return p, fmt.Errorf("place %q: no such GeoNames id in the gazetteer", ref)
		}
		return p, nil
	case strings.Contains(ref, "|"):
		name, cc, _ := strings.Cut(ref, "|")
		return b.gaz.Resolve(name, cc)
	default:
		return b.gaz.Resolve(ref, "PE")
	}
}

// points resolves refs; used collects the GeoNames ids in order.
func (b *builder) points(refs []string, used *[]int) ([]orb.Point, error) {
	var out []orb.Point
	for _, r := range refs {
		switch {
		case strings.HasPrefix(r, "@"):
			a, ok := anchors()[r]
			if !ok {
				return nil, fmt.Errorf("unknown anchor %q", r)
			}
			out = append(out, a)
		case strings.HasPrefix(r, "~"):
			p, err := b.place(r[1:])
			if err != nil {
				return nil, err
			}
			addID(used, p.GeonameID)
			out = append(out, orb.Point{round5(p.Point[0] - 3), p.Point[1]})
		default:
			p, err := b.place(r)
			if err != nil {
				return nil, err
			}
			addID(used, p.GeonameID)
			out = append(out, p.Point)
		}
	}
	return out, nil
}

func addID(ids *[]int, id int) {
	for _, x := range *ids {
		if x == id {
			return
		}
	}
	*ids = append(*ids, id)
}

func (b *builder) geometry(g geomSpec, used *[]int) (orb.Geometry, error) {
	switch {
	case g.Point != "":
		ps, err := b.points([]string{g.Point}, used)
		if err != nil {
			return nil, err
		}
		return ps[0], nil
	case len(g.Points) > 0:
		ps, err := b.points(g.Points, used)
		return orb.MultiPoint(ps), err
	case len(g.Hull) > 0:
		ps, err := b.points(g.Hull, used)
		if err != nil {
			return nil, err
		}
		return bufferedHull(ps, g.Km), nil
	case g.Admin1 != "":
		var ps []orb.Point
		for _, p := range b.gaz.All() {
			if p.Country == "PE" && (p.Admin1 == g.Admin1 || g.Admin1 == "*") {
				ps = append(ps, p.Point)
			}
		}
		if len(ps) < 3 {
			return nil, fmt.Errorf("admin1 %q has %d places", g.Admin1, len(ps))
		}
		return bufferedHull(ps, g.Km), nil
	case len(g.River) > 0:
		return b.river(g, used)
	case len(g.Line) > 0:
		ps, err := b.points(g.Line, used)
		return orb.LineString(ps), err
	case len(g.Multi) > 0:
		return b.multi(g.Multi, used)
	case len(g.Union) > 0:
		var lines []orb.LineString
		for _, part := range g.Union {
			geom, err := b.geometry(part, used)
			if err != nil {
				return nil, err
			}
			switch x := geom.(type) {
			case orb.LineString:
				lines = append(lines, x)
			case orb.MultiLineString:
				lines = append(lines, x...)
			case orb.Polygon:
				lines = append(lines, orb.LineString(x[0]))
			case orb.MultiPolygon:
				for _, p := range x {
					lines = append(lines, orb.LineString(p[0]))
				}
			default:
				return nil, fmt.Errorf("union: part is a %s, want lines or polygons", geom.GeoJSONType())
			}
		}
		return corridor(lines, g.Km), nil
	case g.Ref != "":
		s, ok := b.shapes[g.Ref]
		if !ok {
			return nil, fmt.Errorf("unknown shape %q", g.Ref)
		}
		return b.geometry(s, used)
	}
	return nil, fmt.Errorf("empty geometry")
}

func (b *builder) river(g geomSpec, used *[]int) (orb.Geometry, error) {
	net, err := b.rivers()
	if err != nil {
		return nil, err
	}
	ps, err := b.points(g.River, used)
	if err != nil {
		return nil, err
	}
	var course []orb.Point
	for i, p := range ps {
		v, km := net.nearest(p)
		if v < 0 || km > 15 {
			return nil, fmt.Errorf("river: %s is %.1f km from any river vertex (max 15)", g.River[i], km)
		}
		b.log("river: %s is %.1f km from the nearest river vertex", g.River[i], km)
		if i == 0 {
			course = append(course, net.pts[v])
			continue
		}
		prev, _ := net.nearest(ps[i-1])
		leg, err := net.path(prev, v)
		if err != nil {
			return nil, fmt.Errorf("river %s-%s: %w", g.River[i-1], g.River[i], err)
		}
		legKm := 0.0
		for k := 1; k < len(leg); k++ {
			legKm += gazetteer.DistanceKm(leg[k-1], leg[k])
		}
		b.log("river: %s -> %s: %.0f km along the river, %.0f km straight", g.River[i-1], g.River[i],
			legKm, gazetteer.DistanceKm(ps[i-1], p))
		course = append(course, leg[1:]...)
	}
	if g.Km <= 0 {
		return orb.LineString(simplify(course, 0.5)), nil
	}
	return corridor([]orb.LineString{simplify(course, 0.5)}, g.Km), nil
}

func (b *builder) multi(gs []geomSpec, used *[]int) (orb.Geometry, error) {
	var pts orb.MultiPoint
	var lines orb.MultiLineString
	var polys orb.MultiPolygon
	for _, g := range gs {
		geom, err := b.geometry(g, used)
		if err != nil {
			return nil, err
		}
		switch x := geom.(type) {
		case orb.Point:
			pts = append(pts, x)
		case orb.MultiPoint:
			pts = append(pts, x...)
		case orb.LineString:
			lines = append(lines, x)
		case orb.Polygon:
			polys = append(polys, x)
		case orb.MultiPolygon:
			polys = append(polys, x...)
		case orb.MultiLineString:
			lines = append(lines, x...)
		default:
			return nil, fmt.Errorf("multi: cannot nest %s", geom.GeoJSONType())
		}
	}
	switch {
	case len(pts) > 0 && len(lines) == 0 && len(polys) == 0:
		return pts, nil
	case len(lines) > 0 && len(pts) == 0 && len(polys) == 0:
		return lines, nil
	case len(polys) > 0 && len(pts) == 0 && len(lines) == 0:
		return polys, nil
	}
	return nil, fmt.Errorf("multi: parts must all be points, lines or polygons")
}

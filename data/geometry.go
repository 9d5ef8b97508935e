package data

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// GeometryProblem returns what is wrong with g, or "" when it is valid:
// a Point, LineString, Polygon or one of their Multi forms, with finite
// longitudes and latitudes in range, lines of at least 2 points and
// closed polygon rings of at least 4. The atlas's validator and the
// importer of user layers (data/userlayer) hold geometry to this rule.
func GeometryProblem(g orb.Geometry) string {
	switch g := g.(type) {
	case orb.Point:
		return pointProblem(g)
	case orb.MultiPoint:
		if len(g) == 0 {
			return "empty MultiPoint"
		}
		return pointsProblem(g)
	case orb.LineString:
		return lineProblem(g)
	case orb.MultiLineString:
		if len(g) == 0 {
			return "empty MultiLineString"
		}
		for _, l := range g {
			if m := lineProblem(l); m != "" {
				return m
			}
		}
	case orb.Polygon:
		return polygonProblem(g)
	case orb.MultiPolygon:
		if len(g) == 0 {
			return "empty MultiPolygon"
		}
		for _, p := range g {
			if m := polygonProblem(p); m != "" {
				return m
			}
		}
	default:
		return fmt.Sprintf("unsupported geometry type %s", g.GeoJSONType())
	}
	return ""
}

func pointProblem(p orb.Point) string {
	for _, c := range p {
		if math.IsNaN(c) || math.IsInf(c, 0) {
			return fmt.Sprintf("coordinate %v is not a finite number", p)
		}
	}
	if p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
		return fmt.Sprintf("coordinate %v is not a lon/lat pair", p)
	}
	return ""
}

func pointsProblem(ps []orb.Point) string {
	for _, p := range ps {
		if m := pointProblem(p); m != "" {
			return m
		}
	}
	return ""
}

func lineProblem(l orb.LineString) string {
	if len(l) < 2 {
		return fmt.Sprintf("line has %d point(s), want at least 2", len(l))
	}
	return pointsProblem(l)
}

func polygonProblem(p orb.Polygon) string {
	if len(p) == 0 {
		return "polygon has no rings"
	}
	for i, r := range p {
		if len(r) < 4 {
			return fmt.Sprintf("polygon ring %d has %d points, want at least 4", i, len(r))
		}
		if !r.Closed() {
			return fmt.Sprintf("polygon ring %d is not closed", i)
		}
		if m := pointsProblem(r); m != "" {
			return m
		}
	}
	return ""
}

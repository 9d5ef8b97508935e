package main

import (
	"fmt"
	"log"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/perutraffickingatlas/atlas/data/basemap"
)

// buildLand stitches GSHHG shoreline pieces (dumped per bin) into coast
// lines and closed rings. The mainland coast leaves the data bound, so it is
// closed along the bound on the side that holds inland, a point known to be
// on land (the middle of Peru's DCW outline).
func buildLand(d *basemap.Data, shore []segment, inland orb.Point) ([]orb.LineString, error) {
	var ocean []orb.LineString
	byLevel := map[int][]orb.LineString{}
	for _, s := range shore {
		byLevel[s.Level] = append(byLevel[s.Level], s.Points)
	}
	for _, level := range []int{basemap.LevelLand, basemap.LevelLake, basemap.LevelLakeIsland} {
		chains := stitch(byLevel[level], true)
		if level == basemap.LevelLand {
			ocean = chains
		}
		var open []orb.LineString
		for _, c := range chains {
			d.Coast = append(d.Coast, c)
			if closed(c) {
				ring := orient(orb.Ring(c), level != basemap.LevelLake)
				d.Land = append(d.Land, basemap.Area{Level: uint8(level), Ring: ring})
				continue
			}
			open = append(open, c)
		}
		if len(open) == 0 {
			continue
		}
		if level != basemap.LevelLand {
			// Lakes cut by the data bound, mostly river-lakes such as the
			// double-lined Amazon: each is closed along the bound the short
			// way round.
			for _, c := range open {
				r := closeShort(dataBound, c)
				d.Land = append(d.Land, basemap.Area{Level: uint8(level), Ring: orient(r, level != basemap.LevelLake)})
			}
			log.Printf("shore level %d: %d chains cut by the bound closed along it", level, len(open))
			continue
		}
		rings := closeAlongBound(dataBound, open)
		if !anyContains(rings, inland) {
			for _, c := range open {
				c.Reverse()
			}
			rings = closeAlongBound(dataBound, open)
		}
		if !anyContains(rings, inland) {
			return nil, fmt.Errorf("closing %d mainland chains along the bound: no ring holds %v", len(open), inland)
		}
		for _, r := range rings {
			d.Land = append(d.Land, basemap.Area{Level: basemap.LevelLand, Ring: orient(r, true)})
		}
		log.Printf("shore level %d: %d chains, %d open, closed into %d rings", level, len(chains), len(open), len(rings))
	}
	return ocean, nil
}

func anyContains(rs []orb.Ring, p orb.Point) bool {
	for _, r := range rs {
		if inRing(r, p) {
			return true
		}
	}
	return false
}

// closeShort closes a chain whose ends lie on the bound's edge by walking
// the edge from its end to its start whichever way encloses less area.
func closeShort(b orb.Bound, c orb.LineString) orb.Ring {
	ccw := closeAlongBound(b, []orb.LineString{c})[0]
	rev := append(orb.LineString(nil), c...)
	rev.Reverse()
	cw := closeAlongBound(b, []orb.LineString{rev})[0]
	if math.Abs(signedArea(cw)) < math.Abs(signedArea(ccw)) {
		return cw
	}
	return ccw
}

// contextBound covers every zoom-4 tile over the atlas extent.
var contextBound = orb.Bound{Min: orb.Point{-140, -60}, Max: orb.Point{-20, 25}}

// buildContext adds coarse land (GSHHG crude, features over 5000 km²) over
// contextBound, closed along it like the detailed mainland.
func buildContext(d *basemap.Data, gmt string) error {
	segs, err := gmtDump(gmt, region(contextBound), "-Dc", "-A5000", "-W1", "-M")
	if err != nil {
		return err
	}
	var pieces []orb.LineString
	for _, s := range segs {
		if s.Level == basemap.LevelLand {
			pieces = append(pieces, s.Points)
		}
	}
	var open []orb.LineString
	for _, c := range stitch(pieces, true) {
		switch {
		case closed(c):
			d.Context = append(d.Context, orient(orb.Ring(c), true))
		case sliver(c):
			// A coast that dips over the bound and back within a degree
			// (a peninsula's tip): its own small ring, closed straight.
			d.Context = append(d.Context, orient(append(orb.Ring(c), c[0]), true))
		default:
			open = append(open, c)
		}
	}
	if len(open) > 0 {
		// Land lies on the side of the chains that keeps the closed rings
		// small; a ring taking in most of the bound is the sea, so the
		// chains are walked the other way. (South America is a closed
		// ring of its own, so an inland point cannot decide this here.)
		rings := closeAlongBound(contextBound, open)
		if coversBound(rings, contextBound) {
			for _, c := range open {
				c.Reverse()
			}
			rings = closeAlongBound(contextBound, open)
		}
		if coversBound(rings, contextBound) {
			return fmt.Errorf("context: closing %d chains along the bound covers the whole bound either way", len(open))
		}
		for _, r := range rings {
			d.Context = append(d.Context, orient(r, true))
		}
	}
	d.ContextBound = contextBound
	log.Printf("context: %d coarse land rings", len(d.Context))
	return nil
}

// coversBound reports whether a closed ring takes in most of the bound: a
// chain closed the wrong way round the bound turns the sea into land.
func coversBound(rings []orb.Ring, b orb.Bound) bool {
	whole := (b.Max[0] - b.Min[0]) * (b.Max[1] - b.Min[1])
	for _, r := range rings {
		if math.Abs(planar.Area(r)) > whole/2 {
			return true
		}
	}
	return false
}

// sliver reports whether an open chain leaves and re-enters the bound
// within a degree: closing such a chain along the bound's perimeter can
// pick the long way round, so it is closed on itself instead.
func sliver(c orb.LineString) bool {
	a, b := c[0], c[len(c)-1]
	return math.Abs(a[0]-b[0])+math.Abs(a[1]-b[1]) < 1
}

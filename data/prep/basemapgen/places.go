package main

import (
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/geojson"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// buildPlaces adds the label anchors: Peru and its neighbours at the most
// interior point of their Natural Earth shape inside the atlas extent, the
// ocean at the open-water point furthest (up to a cap) from the coast, Lake
// Titicaca at the most interior point of the GSHHG lake nearest Puno, and
// every GeoNames town in the extent.
func buildPlaces(d *basemap.Data, gaz *gazetteer.Gazetteer, countriesPath string) error {
	raw, err := os.ReadFile(countriesPath)
	if err != nil {
		return fmt.Errorf("countries: %w", err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(raw)
	if err != nil {
		return fmt.Errorf("countries %s: %w", countriesPath, err)
	}
	var countries []basemap.Place
	for _, f := range fc.Features {
		name, _ := f.Properties["name"].(string)
		var mp orb.MultiPolygon
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			mp = orb.MultiPolygon{g}
		case orb.MultiPolygon:
			mp = g
		default:
			continue
		}
		mp = clip.MultiPolygon(labelBound, mp)
		if len(mp) == 0 || name == "" {
			continue
		}
		var rings []orb.Ring
		for _, p := range mp {
			rings = append(rings, p...)
		}
		pt, dist := interior(rings, func(orb.Point) bool { return true }, 0.1, math.Inf(1))
		if dist < 0.5 { // a sliver of a country at the extent's edge
			continue
		}
		kind := basemap.KindCountry
		if name == "Peru" {
			kind = basemap.KindPeru
		}
		countries = append(countries, basemap.Place{Kind: kind, Name: name, Point: pt, Population: int(dist * 1000)})
		log.Printf("country %s labelled at %.2f,%.2f (%.2f° from its edge)", name, pt[0], pt[1], dist)
	}
	sort.SliceStable(countries, func(i, j int) bool { return countries[i].Kind > countries[j].Kind })
	d.Places = append(d.Places, countries...)

	// Ocean: sample open water inside the label bound.
	var land []orb.Ring
	for _, a := range d.Land {
		land = append(land, a.Ring)
	}
	isWater := func(p orb.Point) bool { return !anyContains(land, p) }
	var coast []orb.Ring
	for _, c := range d.Coast {
		coast = append(coast, orb.Ring(c))
	}
	coast = append(coast, boundRing(labelBound))
	pt, dist := interior(coast, isWater, 0.1, 1.5)
	d.Places = append(d.Places, basemap.Place{Kind: basemap.KindOcean, Name: "Pacific Ocean", Point: pt})
	log.Printf("ocean labelled at %.2f,%.2f (%.2f°)", pt[0], pt[1], dist)
	coastal := oceanAlongCoast(d, isWater)
	d.Places = append(d.Places, coastal...)
	log.Printf("%d more ocean label points along Peru's coast", len(coastal))

	// Lake Titicaca: the lake ring nearest to Puno.
	puno := gaz.Lookup("Puno", "PE")
	if len(puno) == 0 {
		return fmt.Errorf("lake Titicaca: gazetteer has no Puno, PE")
	}
	var lake orb.Ring
	best := math.Inf(1)
	for _, a := range d.Land {
		if a.Level != basemap.LevelLake {
			continue
		}
		_, dd, _, ok := newSegIndex([]orb.LineString{orb.LineString(a.Ring)}, 0.1).nearest(puno[0].Point, 20)
		if ok && dd < best {
			lake, best = a.Ring, dd
		}
	}
	if lake == nil {
		return fmt.Errorf("no lake within 20 km of Puno")
	}
	pt, dist = interior([]orb.Ring{lake}, func(orb.Point) bool { return true }, 0.02, math.Inf(1))
	d.Places = append(d.Places, basemap.Place{Kind: basemap.KindLake, Name: "Lake Titicaca", Point: pt})
	log.Printf("Lake Titicaca (%.1f km from Puno) labelled at %.2f,%.2f (%.2f°)", best, pt[0], pt[1], dist)

	towns := 0
	for _, p := range gaz.All() {
		if !labelBound.Contains(p.Point) || !strings.HasPrefix(p.FeatureCode, "PPL") {
			continue
		}
		kind := basemap.KindTown
		if p.FeatureCode == "PPLC" && p.Country == "PE" {
			kind = basemap.KindCapital
		}
		d.Places = append(d.Places, basemap.Place{Kind: kind, Name: p.Name, Country: p.Country,
			Code: p.FeatureCode, Population: p.Population, Point: p.Point})
		towns++
	}
	log.Printf("%d towns", towns)
	return nil
}

func boundRing(b orb.Bound) orb.Ring {
	return orb.Ring{b.Min, {b.Max[0], b.Min[1]}, b.Max, {b.Min[0], b.Max[1]}, b.Min}
}

// interior samples a grid of step degrees over the rings' bound and returns
// the sample inside the rings (even-odd) and accepted by ok that lies
// furthest from every ring edge, the distance capped at limit degrees
// (ties go to the sample nearest the bound's centre).
func interior(rings []orb.Ring, ok func(orb.Point) bool, step, limit float64) (orb.Point, float64) {
	var b orb.Bound
	for i, r := range rings {
		if i == 0 {
			b = r.Bound()
		} else {
			b = b.Union(r.Bound())
		}
	}
	c := b.Center()
	var best orb.Point
	bestD, bestC := -1.0, math.Inf(1)
	for y := b.Min[1] + step/2; y < b.Max[1]; y += step {
		for x := b.Min[0] + step/2; x < b.Max[0]; x += step {
			p := orb.Point{x, y}
			in := false
			for _, r := range rings {
				if inRing(r, p) {
					in = !in
				}
			}
			if !in || !ok(p) {
				continue
			}
			dd := limit
			for _, r := range rings {
				for i := 0; i+1 < len(r); i++ {
					q := closestOnSeg(p, r[i], r[i+1])
					if v := math.Hypot(q[0]-p[0], q[1]-p[1]); v < dd {
						dd = v
					}
				}
			}
			cd := math.Hypot(x-c[0], y-c[1])
			if dd > bestD+1e-9 || (math.Abs(dd-bestD) <= 1e-9 && cd < bestC) {
				best, bestD, bestC = p, dd, cd
			}
		}
	}
	return best, bestD
}

// oceanAlongCoast returns secondary ocean label points (Population 1) off
// Peru's coast, for large scales: every 50 km along the longest shoreline
// chain inside the atlas extent, 25 km out to sea where the sea is open
// (25 and 50 km out are both water).
func oceanAlongCoast(d *basemap.Data, isWater func(orb.Point) bool) []basemap.Place {
	var coast orb.LineString
	for _, c := range d.Coast {
		if len(c) > len(coast) {
			coast = c
		}
	}
	if len(d.Peru) == 0 {
		return nil
	}
	peruIx := newSegIndex([]orb.LineString{orb.LineString(d.Peru[0])}, 0.05)
	var out []basemap.Place
	const step, off = 50.0, 25.0
	walked := 0.0
	for i := 1; i < len(coast); i++ {
		a, b := coast[i-1], coast[i]
		walked += km(a, b)
		if walked < step || !labelBound.Contains(b) {
			continue
		}
		if _, _, _, ok := peruIx.nearest(b, 1); !ok {
			continue // not Peru's coast
		}
		walked = 0
		for _, side := range []float64{1, -1} {
			p1, p2 := pushKm(b, a, b, side*off), pushKm(b, a, b, side*2*off)
			if isWater(p1) && isWater(p2) && labelBound.Contains(p1) {
				out = append(out, basemap.Place{Kind: basemap.KindOcean, Name: "Pacific Ocean", Population: 1, Point: p1})
				break
			}
		}
	}
	return out
}

// pushKm moves p by dist km along the left normal of the direction a->b.
func pushKm(p, a, b orb.Point, dist float64) orb.Point {
	c := math.Cos(p[1] * math.Pi / 180)
	dx, dy := (b[0]-a[0])*c, b[1]-a[1]
	l := math.Hypot(dx, dy)
	if l == 0 {
		return p
	}
	nx, ny := -dy/l, dx/l
	deg := dist / 111.32
	return orb.Point{p[0] + nx*deg/c, p[1] + ny*deg}
}

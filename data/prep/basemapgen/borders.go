package main

import (
	"log"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/basemap"
)

// coastKm is how close (km) a DCW vertex must be to the GSHHG shoreline to
// count as coast rather than land border.
const coastKm = 3.0

// wdbiiKm is how close (km) a WDBII border vertex may come to Peru's DCW
// outline before it counts as Peru's own border (drawn from DCW instead).
const wdbiiKm = 8.0

// islandKm is how close (km) a GSHHG island must be to Peru's DCW outline to
// be filled as Peru.
const islandKm = 5.0

// buildPeruAndBorders makes Peru's fill rings and all border lines coherent:
//   - Peru's fill is the DCW mainland ring with its coastal runs replaced by
//     the GSHHG shoreline, so the fill meets the drawn coast exactly, plus
//     the GSHHG islands near the DCW outline;
//   - Peru's land border is the DCW ring's non-coastal runs, so it follows the
//     fill's edge exactly, its ends snapped onto the shoreline;
//   - the other borders are WDBII lines, cut where they come within coastKm
//     of Peru's outline and joined onto it.
func buildPeruAndBorders(d *basemap.Data, dcw []orb.Ring, ocean []orb.LineString, wdbii []segment) {
	coastIx := newSegIndex(ocean, 0.05)
	main := biggest(dcw)
	n := len(main) - 1
	coastal := make([]bool, n)
	for i := 0; i < n; i++ {
		_, _, _, coastal[i] = coastIx.nearest(main[i], coastKm)
	}
	fillGaps(main, coastal)
	// Start the walk on a border vertex.
	start := 0
	for start < n && coastal[start] {
		start++
	}
	var fill orb.Ring
	var border orb.LineString
	for k := 0; k < n; {
		i := (start + k) % n
		if !coastal[i] {
			fill = append(fill, main[i])
			border = append(border, main[i])
			k++
			continue
		}
		// A coastal run from i to j-1.
		runLen := 0
		for runLen < n-k && coastal[(start+k+runLen)%n] {
			runLen++
		}
		first, last := main[i], main[(start+k+runLen-1)%n]
		section, ok := coastSection(ocean, coastIx, first, last)
		if ok {
			fill = append(fill, section...)
			border = append(border, section[0])
			if len(border) >= 2 {
				d.Borders = append(d.Borders, basemap.Border{Peru: true, Line: border})
			}
			border = orb.LineString{section[len(section)-1]}
		} else {
			for r := 0; r < runLen; r++ {
				fill = append(fill, main[(start+k+r)%n])
			}
		}
		k += runLen
	}
	if len(border) >= 2 {
		border = append(border, main[start])
		d.Borders = append(d.Borders, basemap.Border{Peru: true, Line: border})
	}
	fill = append(fill, fill[0])
	d.Peru = append(d.Peru, orient(fill, true))

	// Islands: GSHHG closed level-1 rings close to any DCW Peru ring.
	var dcwLines []orb.LineString
	for _, r := range dcw {
		dcwLines = append(dcwLines, orb.LineString(r))
	}
	dcwIx := newSegIndex(dcwLines, 0.05)
	islands := 0
	for _, a := range d.Land {
		if a.Level != basemap.LevelLand || a.Ring.Bound().Max[0]-a.Ring.Bound().Min[0] > 1 {
			continue
		}
		if _, _, _, ok := dcwIx.nearest(a.Ring.Bound().Center(), islandKm); ok {
			d.Peru = append(d.Peru, a.Ring)
			islands++
		}
	}

	// Other borders from WDBII, cut near Peru's outline.
	peruIx := newSegIndex([]orb.LineString{orb.LineString(main)}, 0.05)
	var pieces []orb.LineString
	for _, s := range wdbii {
		pieces = append(pieces, s.Points)
	}
	for _, l := range stitch(pieces, true) {
		var cur orb.LineString
		flush := func() {
			if len(cur) >= 2 {
				d.Borders = append(d.Borders, basemap.Border{Line: cur})
			}
			cur = nil
		}
		for i, p := range l {
			q, _, _, near := peruIx.nearest(p, wdbiiKm)
			if !near && inRing(main, p) {
				// Inside Peru: DCW draws Peru's border, drop WDBII's.
				near, q = true, orb.Point{}
				if q2, _, _, ok := peruIx.nearest(p, 50); ok {
					q = q2
				}
			}
			switch {
			case near && len(cur) > 0:
				cur = append(cur, q)
				flush()
			case near:
			default:
				if len(cur) == 0 && i > 0 {
					if q, _, _, ok := peruIx.nearest(l[i-1], wdbiiKm); ok {
						cur = append(cur, q)
					}
				}
				cur = append(cur, p)
			}
		}
		flush()
	}
	log.Printf("Peru: %d DCW vertices, %d coastal; %d islands; %d border lines", n, countTrue(coastal), islands, len(d.Borders))
}

func countTrue(bs []bool) int {
	c := 0
	for _, b := range bs {
		if b {
			c++
		}
	}
	return c
}

// coastSection returns the shoreline between the points nearest to a and b,
// in the direction from a to b, when both lie on the same chain.
func coastSection(ocean []orb.LineString, ix *segIndex, a, b orb.Point) (orb.LineString, bool) {
	qa, _, ra, oka := ix.nearest(a, coastKm)
	qb, _, rb, okb := ix.nearest(b, coastKm)
	if !oka || !okb || ra.line != rb.line {
		return nil, false
	}
	c := ocean[ra.line]
	out := orb.LineString{qa}
	switch {
	case ra.seg < rb.seg:
		out = append(out, c[ra.seg+1:rb.seg+1]...)
	case ra.seg > rb.seg:
		for i := ra.seg; i > rb.seg; i-- {
			out = append(out, c[i])
		}
	}
	return append(out, qb), true
}

// fillGaps marks as coastal the short non-coastal runs (under 25 km) between
// coastal vertices: river mouths and bays where DCW and GSHHG part a little.
func fillGaps(r orb.Ring, coastal []bool) {
	n := len(coastal)
	for i := 0; i < n; i++ {
		if !coastal[i] || coastal[(i+1)%n] {
			continue
		}
		// Non-coastal run starts at i+1.
		length, j := 0.0, (i+1)%n
		for !coastal[j] && length < 25 && j != i {
			length += km(r[j], r[(j+1)%n])
			j = (j + 1) % n
		}
		if coastal[j] && length < 25 && j != i {
			for k := (i + 1) % n; k != j; k = (k + 1) % n {
				coastal[k] = true
			}
		}
	}
}

package main

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
)

type key [2]int64

func keyOf(p orb.Point) key {
	return key{int64(math.Round(p[0] * 1e6)), int64(math.Round(p[1] * 1e6))}
}

// stitch joins pieces whose end equals another's start (direction kept),
// then, if undirected is set, also joins pieces end-to-end by reversing.
// Closed chains come back with first == last.
func stitch(pieces []orb.LineString, undirected bool) []orb.LineString {
	var chains []orb.LineString
	for _, p := range pieces {
		if len(p) >= 2 {
			chains = append(chains, append(orb.LineString(nil), p...))
		}
	}
	for {
		merged := false
		starts := map[key]int{}
		for i, c := range chains {
			if c != nil && !closed(c) {
				starts[keyOf(c[0])] = i
			}
		}
		for i := range chains {
			c := chains[i]
			if c == nil || closed(c) {
				continue
			}
			j, ok := starts[keyOf(c[len(c)-1])]
			if !ok || j == i || chains[j] == nil {
				continue
			}
			chains[i] = append(c, chains[j][1:]...)
			delete(starts, keyOf(chains[j][0]))
			chains[j] = nil
			merged = true
		}
		if !merged && undirected {
			merged = joinReversed(chains)
		}
		if !merged {
			break
		}
		chains = compact(chains)
	}
	return compact(chains)
}

// joinReversed joins one pair of chains that meet end-to-end or
// start-to-start, reversing one of them.
func joinReversed(chains []orb.LineString) bool {
	ends := map[key]int{}
	for i, c := range chains {
		if c == nil || closed(c) {
			continue
		}
		if j, ok := ends[keyOf(c[len(c)-1])]; ok && j != i {
			other := chains[j]
			other.Reverse()
			chains[i] = append(c, other[1:]...)
			chains[j] = nil
			return true
		}
		ends[keyOf(c[len(c)-1])] = i
	}
	starts := map[key]int{}
	for i, c := range chains {
		if c == nil || closed(c) {
			continue
		}
		if j, ok := starts[keyOf(c[0])]; ok && j != i {
			c.Reverse()
			chains[i] = append(c, chains[j][1:]...)
			chains[j] = nil
			return true
		}
		starts[keyOf(c[0])] = i
	}
	return false
}

func compact(cs []orb.LineString) []orb.LineString {
	out := cs[:0]
	for _, c := range cs {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}

func closed(c orb.LineString) bool {
	return len(c) > 2 && keyOf(c[0]) == keyOf(c[len(c)-1])
}

// boundaryPos maps a point on the bound's edge to a position along its
// perimeter, counterclockwise from the south-west corner.
func boundaryPos(b orb.Bound, p orb.Point) float64 {
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	const eps = 1e-7
	switch {
	case math.Abs(p[1]-b.Min[1]) < eps: // south edge, eastward
		return p[0] - b.Min[0]
	case math.Abs(p[0]-b.Max[0]) < eps: // east edge, northward
		return w + p[1] - b.Min[1]
	case math.Abs(p[1]-b.Max[1]) < eps: // north edge, westward
		return w + h + b.Max[0] - p[0]
	default: // west edge, southward
		return 2*w + h + b.Max[1] - p[1]
	}
}

// closeAlongBound turns open chains (ends on the bound's edge) into rings
// by walking the bound counterclockwise from each chain's end to the next
// chain start. Chains must run with land on their left... or right: the
// caller checks the result and reverses the chains if needed.
func closeAlongBound(b orb.Bound, chains []orb.LineString) []orb.Ring {
	corners := []orb.Point{b.Min, {b.Max[0], b.Min[1]}, b.Max, {b.Min[0], b.Max[1]}}
	per := 2 * (b.Max[0] - b.Min[0] + b.Max[1] - b.Min[1])
	cornerPos := []float64{0, b.Max[0] - b.Min[0], b.Max[0] - b.Min[0] + b.Max[1] - b.Min[1], 2*(b.Max[0]-b.Min[0]) + b.Max[1] - b.Min[1]}
	used := make([]bool, len(chains))
	var rings []orb.Ring
	for i := range chains {
		if used[i] {
			continue
		}
		var ring orb.Ring
		cur := i
		for !used[cur] {
			used[cur] = true
			c := chains[cur]
			ring = append(ring, c...)
			endPos := boundaryPos(b, c[len(c)-1])
			// Next start counterclockwise from endPos.
			best, bestD := -1, math.Inf(1)
			for j, o := range chains {
				d := boundaryPos(b, o[0]) - endPos
				if d < 0 {
					d += per
				}
				if d < bestD {
					best, bestD = j, d
				}
			}
			// Corners passed on the way, in walking order.
			type passed struct {
				d float64
				p orb.Point
			}
			var ps []passed
			for k, cp := range cornerPos {
				d := cp - endPos
				if d <= 0 {
					d += per
				}
				if d < bestD {
					ps = append(ps, passed{d, corners[k]})
				}
			}
			sort.Slice(ps, func(a, b int) bool { return ps[a].d < ps[b].d })
			for _, x := range ps {
				ring = append(ring, x.p)
			}
			cur = best
		}
		ring = append(ring, ring[0])
		rings = append(rings, ring)
	}
	return rings
}

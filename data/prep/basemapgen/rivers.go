package main

import (
	"container/heap"
	"fmt"
	"log"
	"math"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// anchor is a gazetteer town that lies on a river's bank.
type anchor struct{ name, country string }

// riverDefs names the major rivers. Each river is the shortest path through
// the WDBII network (preferring major classes) joining its anchor towns in
// order, upstream first. The anchors are GeoNames towns on the river's
// banks; the snapping distance of each is logged on every run.
var riverDefs = []struct {
	name    string
	anchors []anchor
}{
	// Huallaga: from Huánuco down the Alto Huallaga coca valley (Tingo María,
	// Aucayacu, Tocache), the middle Huallaga (Juanjuí, Chazuta) to the
	// lowland ports Yurimaguas and Lagunas above its mouth in the Marañón.
	{"Huallaga", []anchor{{"Huánuco", "PE"}, {"Tingo María", "PE"}, {"Aucayacu", "PE"}, {"Tocache", "PE"},
		{"Juanjuí", "PE"}, {"Chazuta", "PE"}, {"Yurimaguas", "PE"}, {"Lagunas", "PE"}}},
	// Marañón: Balsas (Amazonas) in its Andean canyon, Borja at the Pongo de
	// Manseriche, Nauta just above its confluence with the Ucayali.
	{"Marañón", []anchor{{"Balsas", "PE"}, {"Borja", "PE"}, {"Nauta", "PE"}}},
	// Ucayali: Masisea, Pucallpa, Contamana, Orellana, Requena.
	{"Ucayali", []anchor{{"Masisea", "PE"}, {"Pucallpa", "PE"}, {"Contamana", "PE"}, {"Orellana", "PE"}, {"Requena", "PE"}}},
	// Amazon: from Nauta (on the Marañón a few km above its confluence with
	// the Ucayali, where the Amazon begins) by Iquitos, Pebas, Caballococha,
	// Leticia (Colombia) to Santo Antônio do Içá (Brazil, at the mouth of the
	// Putumayo/Içá).
	{"Amazon", []anchor{{"Nauta", "PE"}, {"Iquitos", "PE"}, {"Pebas", "PE"}, {"Caballococha", "PE"}, {"Leticia", "CO"}, {"Santo Antônio do Içá", "BR"}}},
	// Putumayo: Puerto Asís and Puerto Leguízamo (Colombia) on its upper
	// course; it then forms the Peru-Colombia border.
	{"Putumayo", []anchor{{"Puerto Asís", "CO"}, {"Puerto Leguízamo", "CO"}}},
	// Urubamba: Pisac in the Sacred Valley, Quillabamba, Sepahua.
	{"Urubamba", []anchor{{"Pisac", "PE"}, {"Quillabamba", "PE"}, {"Sepahua", "PE"}}},
}

// The Mantaro, Apurímac and Ene are split from two paths that meet: from
// Jauja and Huancayo (Mantaro valley) and from Kimbiri and Pichari (VRAEM,
// on the Apurímac) down to Puerto Ocopa near the Ene's end. The shared
// downstream part is the Ene, the rest of each path the Mantaro and the
// Apurímac; the Apurímac is then traced upstream of Kimbiri along its
// WDBII line (extendUp).
var (
	mantaroAnchors  = []anchor{{"Jauja", "PE"}, {"Huancayo", "PE"}, {"Puerto Ocopa", "PE"}}
	apurimacAnchors = []anchor{{"Kimbiri", "PE"}, {"Pichari", "PE"}, {"Puerto Ocopa", "PE"}}
)

// snapKm is how far an anchor town may lie from its river.
const snapKm = 12.0

// bankGap is how many vertices along a river outline count as the same
// bank when looking for the facing one.
const bankGap = 30

// joinKm is how far a river line may end from the line it flows into.
const joinKm = 3.0

func buildRivers(d *basemap.Data, segs []segment, gaz *gazetteer.Gazetteer) error {
	byLevel := map[int][]orb.LineString{}
	for _, s := range segs {
		if s.Level >= 0 && s.Level <= 7 {
			byLevel[s.Level] = append(byLevel[s.Level], s.Points)
		}
	}
	var all []orb.LineString
	var levels []int
	for level := 0; level <= 7; level++ {
		for _, l := range stitch(byLevel[level], true) {
			if level == 0 {
				// Class 0 outlines double-lined rivers (the Amazon): fill
				// them as water, closing them along the bound if cut.
				r := orb.Ring(l)
				if !closed(l) {
					r = closeShort(dataBound, l)
				}
				d.Land = append(d.Land, basemap.Area{Level: basemap.LevelLake, Ring: orient(r, false)})
			}
			d.Rivers = append(d.Rivers, basemap.River{Level: uint8(level), Line: l})
			all = append(all, l)
			levels = append(levels, level)
		}
	}
	g := newRiverGraph(all, levels)
	trace := func(as []anchor) ([]int, error) {
		var path []int
		prev := -1
		for _, a := range as {
			node, err := g.snap(gaz, a)
			if err != nil {
				return nil, err
			}
			if prev >= 0 {
				p := g.shortest(prev, node)
				if p == nil {
					return nil, fmt.Errorf("no river path from %v to %s", g.pts[prev], a.name)
				}
				if len(path) > 0 {
					p = p[1:]
				}
				path = append(path, p...)
			}
			prev = node
		}
		return path, nil
	}
	named := func(name string, path []int) {
		if len(path) < 2 {
			return
		}
		l := make(orb.LineString, len(path))
		for i, n := range path {
			l[i] = g.pts[n]
		}
		d.Rivers = append(d.Rivers, basemap.River{Level: 1, Name: name, Line: l})
		log.Printf("river %s: %d points, %.0f km", name, len(l), lengthKm(l))
	}
	for _, r := range riverDefs {
		p, err := trace(r.anchors)
		if err != nil {
			log.Printf("river %s left unnamed: %v", r.name, err)
			continue
		}
		named(r.name, p)
	}
	pm, err := trace(mantaroAnchors)
	if err != nil {
		return fmt.Errorf("river Mantaro: %w", err)
	}
	pa, err := trace(apurimacAnchors)
	if err != nil {
		return fmt.Errorf("river Apurímac: %w", err)
	}
	shared := 0
	for shared < len(pm) && shared < len(pa) && pm[len(pm)-1-shared] == pa[len(pa)-1-shared] {
		shared++
	}
	named("Mantaro", pm[:len(pm)-shared+1])
	named("Apurímac", g.extendUp(pa[:len(pa)-shared+1]))
	named("Ene", pa[len(pa)-shared:])
	return nil
}

func lengthKm(l orb.LineString) float64 {
	s := 0.0
	for i := 1; i < len(l); i++ {
		s += km(l[i-1], l[i])
	}
	return s
}

// levelCost weighs river classes so paths keep to the major rivers.
var levelCost = [8]float64{1.1, 1, 1.3, 2, 4, 6, 8, 10}

type edge struct {
	to int
	w  float64
}

type riverGraph struct {
	pts   []orb.Point
	adj   [][]edge
	major *segIndex // levels 0-3, for snapping anchors
	lines []orb.LineString
	nodes [][]int // node of each vertex of each line
}

func newRiverGraph(lines []orb.LineString, levels []int) *riverGraph {
	g := &riverGraph{lines: lines}
	ids := map[key]int{}
	node := func(p orb.Point) int {
		k := keyOf(p)
		if id, ok := ids[k]; ok {
			return id
		}
		ids[k] = len(g.pts)
		g.pts = append(g.pts, p)
		g.adj = append(g.adj, nil)
		return ids[k]
	}
	link := func(a, b int, w float64) {
		g.adj[a] = append(g.adj[a], edge{b, w})
		g.adj[b] = append(g.adj[b], edge{a, w})
	}
	for i, l := range lines {
		ns := make([]int, len(l))
		for j, p := range l {
			ns[j] = node(p)
			if j > 0 {
				link(ns[j-1], ns[j], km(l[j-1], p)*levelCost[levels[i]])
			}
		}
		g.nodes = append(g.nodes, ns)
	}
	// Join line ends to the nearest vertex of another line within joinKm:
	// tributaries often end near, not on, the main river's vertices.
	ix := newSegIndex(lines, 0.05)
	for i, l := range lines {
		for _, j := range []int{0, len(l) - 1} {
			best, bestD := -1, joinKm
			_, _, ref, ok := ix.nearestExcept(l[j], joinKm, i)
			if !ok {
				continue
			}
			for _, v := range []int{ref.seg, ref.seg + 1} {
				if dd := km(l[j], lines[ref.line][v]); dd < bestD {
					best, bestD = g.nodes[ref.line][v], dd
				}
			}
			if best >= 0 && best != g.nodes[i][j] {
				link(g.nodes[i][j], best, bestD*2+0.01)
			}
		}
	}
	// Double-lined rivers (class 0) are outlines: join each bank vertex to
	// the facing bank, so that paths cross instead of running round.
	for i, l := range lines {
		if levels[i] != 0 {
			continue
		}
		for j, p := range l {
			_, dd, ref, ok := ix.nearestWhere(p, joinKm, func(s segRef) bool {
				return s.line != i || (s.seg < j-bankGap || s.seg > j+bankGap)
			})
			if !ok {
				continue
			}
			v := ref.seg
			if km(p, lines[ref.line][v+1]) < km(p, lines[ref.line][v]) {
				v++
			}
			link(g.nodes[i][j], g.nodes[ref.line][v], dd*levelCost[0]+0.01)
		}
	}
	var major []orb.LineString
	for i, l := range lines {
		if levels[i] <= 3 {
			major = append(major, l)
		} else {
			major = append(major, nil)
		}
	}
	g.major = newSegIndex(major, 0.05)
	return g
}

// extendUp prepends to path the rest of the stitched WDBII line its first
// node lies on, traced away from the path: the river's course upstream of
// its first anchor town, as far as the same-class line goes.
func (g *riverGraph) extendUp(path []int) []int {
	if len(path) < 2 {
		return path
	}
	for li, ns := range g.nodes {
		for j, n := range ns {
			if n != path[0] {
				continue
			}
			var up []int
			switch {
			case j+1 < len(ns) && ns[j+1] == path[1]:
				for k := 0; k < j; k++ {
					up = append(up, ns[k])
				}
			case j > 0 && ns[j-1] == path[1]:
				for k := len(ns) - 1; k > j; k-- {
					up = append(up, ns[k])
				}
			default:
				continue
			}
			log.Printf("  traced %d more points upstream along line %d", len(up), li)
			return append(up, path...)
		}
	}
	return path
}

// snap returns the node of a major river nearest to an anchor town.
func (g *riverGraph) snap(gaz *gazetteer.Gazetteer, a anchor) (int, error) {
	ps := gaz.Lookup(a.name, a.country)
	if len(ps) == 0 {
		return 0, fmt.Errorf("anchor %s (%s) not in the gazetteer", a.name, a.country)
	}
	p := ps[0].Point
	_, dist, ref, ok := g.major.nearest(p, snapKm)
	if !ok {
		return 0, fmt.Errorf("anchor %s (%s) at %v: no major river within %g km", a.name, a.country, p, snapKm)
	}
	l := g.lines[ref.line]
	v := ref.seg
	if km(p, l[ref.seg+1]) < km(p, l[ref.seg]) {
		v = ref.seg + 1
	}
	log.Printf("  anchor %s (%s) %.1f km from the river", a.name, a.country, dist)
	return g.nodes[ref.line][v], nil
}

// shortest is Dijkstra's path from a to b as node ids, nil if unreachable.
func (g *riverGraph) shortest(a, b int) []int {
	dist := make([]float64, len(g.pts))
	prev := make([]int, len(g.pts))
	for i := range dist {
		dist[i], prev[i] = math.Inf(1), -1
	}
	dist[a] = 0
	q := &pq{{a, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		if it.d > dist[it.n] {
			continue
		}
		if it.n == b {
			break
		}
		for _, e := range g.adj[it.n] {
			if nd := it.d + e.w; nd < dist[e.to] {
				dist[e.to], prev[e.to] = nd, it.n
				heap.Push(q, item{e.to, nd})
			}
		}
	}
	if math.IsInf(dist[b], 1) {
		return nil
	}
	var path []int
	for n := b; n != -1; n = prev[n] {
		path = append(path, n)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

type item struct {
	n int
	d float64
}

type pq []item

func (q pq) Len() int            { return len(q) }
func (q pq) Less(i, j int) bool  { return q[i].d < q[j].d }
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x interface{}) { *q = append(*q, x.(item)) }
func (q *pq) Pop() interface{} {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

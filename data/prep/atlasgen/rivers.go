package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"io"
	"math"
	"os/exec"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// gmtArgs prints every GSHHG/WDBII river segment (all levels) around Peru as
// text: "> River ..." headers followed by "lon lat" lines.
func gmtArgs() []string { return []string{"coast", "-R-82/-66/-19/1", "-Dh", "-Ia", "-M"} }

// riverNet is the WDBII river network as a graph. GSHHG rivers carry no
// names, so a river is identified by the gazetteer towns that lie on it: a
// path is the shortest way along the network between the vertices nearest to
// consecutive towns (see riverPath).
type riverNet struct {
	pts []orb.Point
	adj [][]edge
}

type edge struct {
	to int
	km float64
}

func runGMT() (io.Reader, error) {
	out, err := exec.Command("gmt", gmtArgs()...).Output()
	if err != nil {
		return nil, fmt.Errorf("gmt %s: %w", strings.Join(gmtArgs(), " "), err)
	}
	return strings.NewReader(string(out)), nil
}

func parseRivers(r io.Reader) (*riverNet, error) {
	n := &riverNet{}
	index := map[[2]int64]int{}
	node := func(p orb.Point) int {
		k := [2]int64{int64(math.Round(p[0] * 1e5)), int64(math.Round(p[1] * 1e5))}
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(n.pts)
		n.pts = append(n.pts, p)
		n.adj = append(n.adj, nil)
		return len(n.pts) - 1
	}
	sc := bufio.NewScanner(r)
	prev, seg := -1, -1
	var ends [][2]int // first and last vertex of each segment
	segOf := map[int]int{}
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, ">") {
			prev = -1
			seg++
			ends = append(ends, [2]int{-1, -1})
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return nil, fmt.Errorf("rivers: bad line %q", line)
		}
		lon, err1 := strconv.ParseFloat(f[0], 64)
		lat, err2 := strconv.ParseFloat(f[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("rivers: bad line %q", line)
		}
		i := node(orb.Point{lon, lat})
		if seg >= 0 {
			if ends[seg][0] < 0 {
				ends[seg][0] = i
			}
			ends[seg][1] = i
			segOf[i] = seg
		}
		if prev >= 0 && prev != i {
			d := gazetteer.DistanceKm(n.pts[prev], n.pts[i])
			n.adj[prev] = append(n.adj[prev], edge{i, d})
			n.adj[i] = append(n.adj[i], edge{prev, d})
		}
		prev = i
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("rivers: %w", err)
	}
	if len(n.pts) == 0 {
		return nil, fmt.Errorf("rivers: no river segments")
	}
	n.join(ends, segOf)
	return n, nil
}

// nearest returns the river vertex closest to p and its distance in km.
func (n *riverNet) nearest(p orb.Point) (int, float64) {
	best, bestKm := -1, math.Inf(1)
	for i, q := range n.pts {
		if math.Abs(q[0]-p[0]) > 0.5 || math.Abs(q[1]-p[1]) > 0.5 {
			continue
		}
		if d := gazetteer.DistanceKm(p, q); d < bestKm {
			best, bestKm = i, d
		}
	}
	return best, bestKm
}

// path returns the shortest path along the network from vertex a to b.
func (n *riverNet) path(a, b int) ([]orb.Point, error) {
	dist := map[int]float64{a: 0}
	from := map[int]int{}
	pq := &queue{{a, 0}}
	for pq.Len() > 0 {
		it := heap.Pop(pq).(item)
		if it.d > dist[it.v] {
			continue
		}
		if it.v == b {
			break
		}
		for _, e := range n.adj[it.v] {
			nd := it.d + e.km
			if old, ok := dist[e.to]; !ok || nd < old {
				dist[e.to] = nd
				from[e.to] = it.v
				heap.Push(pq, item{e.to, nd})
			}
		}
	}
	if _, ok := dist[b]; !ok {
		return nil, fmt.Errorf("rivers: no connection between %v and %v", n.pts[a], n.pts[b])
	}
	var rev []orb.Point
	for v := b; ; v = from[v] {
		rev = append(rev, n.pts[v])
		if v == a {
			break
		}
	}
	out := make([]orb.Point, len(rev))
	for i, p := range rev {
		out[len(rev)-1-i] = p
	}
	return out, nil
}

type item struct {
	v int
	d float64
}

type queue []item

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].d < q[j].d }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(item)) }
func (q *queue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

// join links each segment end to the nearest vertex of another segment
// within joinKm: GMT cuts rivers at its bin edges and the pieces do not
// always share an exact vertex.
func (n *riverNet) join(ends [][2]int, segOf map[int]int) {
	const joinKm = 1.0
	for s, e := range ends {
		for _, v := range e {
			if v < 0 {
				continue
			}
			best, bestKm := -1, joinKm
			for i, q := range n.pts {
				if segOf[i] == s || math.Abs(q[0]-n.pts[v][0]) > 0.02 || math.Abs(q[1]-n.pts[v][1]) > 0.02 {
					continue
				}
				if d := gazetteer.DistanceKm(n.pts[v], q); d < bestKm && i != v {
					best, bestKm = i, d
				}
			}
			if best >= 0 {
				n.adj[v] = append(n.adj[v], edge{best, bestKm})
				n.adj[best] = append(n.adj[best], edge{v, bestKm})
			}
		}
	}
}

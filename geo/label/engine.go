package label

import (
	"image"
	"math"
	"sort"
)

// Spot is one place a candidate may take: the boxes it covers there, halo
// included (one for a line of text; the symbol and the text for a town;
// one per piece of text that follows a curve), and its cost, 0 for the
// best place. The engine prefers the cheapest free spot.
type Spot struct {
	Boxes []Box
	Cost  float64
	// OnlyIfTaken, when set, allows the spot only while that box is
	// already covered: a town's name may stand without its dot when an
	// atlas symbol sits on the town.
	OnlyIfTaken *Box
}

// Candidate is a label that wants a place.
type Candidate struct {
	// Text is what the label says, for tests and messages.
	Text string
	// Priority orders placement: higher first; equal priorities keep the
	// order they were given in.
	Priority float64
	// Spots are the places the label accepts.
	Spots []Spot
	// Group, when set, names labels that repeat one name (a long river, a
	// sea): a spot closer than Spacing pixels to a placed label of the
	// same group is refused.
	Group   string
	Spacing float64
	// Draw draws the label at s, its spot number i. The engine never calls
	// it; the caller does, for the candidates Place kept. It must work from
	// s, not from a copy of Spots, which may have grown since.
	Draw func(dst *image.RGBA, i int, s Spot)
}

// Engine places labels in one frame. Create it with NewEngine, add the
// boxes labels must avoid with Block and the lines they should avoid with
// AddLine, then call Place once. It is not safe for concurrent use.
type Engine struct {
	frame  Box
	gap    float64
	cell   float64
	nx, ny int
	cells  [][]int32 // per grid cell, indexes into boxes
	boxes  []Box     // blocked boxes and placed labels
	lines  [][]int32 // per grid cell, indexes into segs
	segs   []segment
	groups map[string][][2]float64 // placed label centres by group
	mark   []uint32                // per box or segment, the query that last saw it
	query  uint32
}

type segment struct {
	ax, ay, bx, by float64
	cost           float64
}

// cellSize is the edge of the engine's grid cells in pixels: about the
// size of a label, so a query looks at a handful of cells.
const cellSize = 64

// NewEngine returns an engine for labels that must lie inside frame and
// keep gap pixels from each other and from blocked boxes.
func NewEngine(frame Box, gap float64) *Engine {
	e := &Engine{frame: frame, gap: gap, cell: cellSize, groups: map[string][][2]float64{}}
	if !frame.Valid() {
		e.frame = Box{}
	}
	e.nx = max(1, int(math.Ceil((e.frame.X1-e.frame.X0)/e.cell)))
	e.ny = max(1, int(math.Ceil((e.frame.Y1-e.frame.Y0)/e.cell)))
	e.cells = make([][]int32, e.nx*e.ny)
	e.lines = make([][]int32, e.nx*e.ny)
	return e
}

// cellRange returns the grid cells b touches, clamped to the grid; ok is
// false when b lies wholly outside the frame.
func (e *Engine) cellRange(b Box) (x0, y0, x1, y1 int, ok bool) {
	if !b.Valid() || b.X1 < e.frame.X0 || b.Y1 < e.frame.Y0 || b.X0 > e.frame.X1 || b.Y0 > e.frame.Y1 {
		return 0, 0, 0, 0, false
	}
	cl := func(v float64, n int) int { return min(n-1, max(0, int(math.Floor(v/e.cell)))) }
	return cl(b.X0-e.frame.X0, e.nx), cl(b.Y0-e.frame.Y0, e.ny), cl(b.X1-e.frame.X0, e.nx), cl(b.Y1-e.frame.Y0, e.ny), true
}

// Block adds a box no label may cover (a point symbol, an event marker,
// map furniture). Boxes outside the frame are ignored.
func (e *Engine) Block(b Box) { e.add(b) }

func (e *Engine) add(b Box) {
	x0, y0, x1, y1, ok := e.cellRange(b)
	if !ok {
		return
	}
	i := int32(len(e.boxes))
	e.boxes = append(e.boxes, b)
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			e.cells[y*e.nx+x] = append(e.cells[y*e.nx+x], i)
		}
	}
}

// AddLine adds a polyline labels should avoid: a spot whose boxes cross
// it costs cost more per segment crossed. pts are image pixels.
func (e *Engine) AddLine(pts [][2]float64, cost float64) {
	for k := 1; k < len(pts); k++ {
		a, b := pts[k-1], pts[k]
		bb := Box{math.Min(a[0], b[0]), math.Min(a[1], b[1]), math.Max(a[0], b[0]), math.Max(a[1], b[1])}
		x0, y0, x1, y1, ok := e.cellRange(bb)
		if !ok {
			continue
		}
		i := int32(len(e.segs))
		e.segs = append(e.segs, segment{a[0], a[1], b[0], b[1], cost})
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				e.lines[y*e.nx+x] = append(e.lines[y*e.nx+x], i)
			}
		}
	}
}

// nextQuery starts a query: every box or segment is looked at once.
func (e *Engine) nextQuery() {
	if n := max(len(e.boxes), len(e.segs)); len(e.mark) < n {
		e.mark = append(e.mark, make([]uint32, n-len(e.mark)+64)...)
	}
	e.query++
	if e.query == 0 { // wrapped: forget every mark
		clear(e.mark)
		e.query = 1
	}
}

// Free reports whether b, grown by the gap, lies inside the frame and
// meets no blocked box or placed label.
func (e *Engine) Free(b Box) bool {
	if !b.In(e.frame) {
		return false
	}
	g := b.Grow(e.gap)
	x0, y0, x1, y1, ok := e.cellRange(g)
	if !ok {
		return true
	}
	e.nextQuery()
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			for _, i := range e.cells[y*e.nx+x] {
				if e.mark[i] == e.query {
					continue
				}
				e.mark[i] = e.query
				if g.Overlaps(e.boxes[i]) {
					return false
				}
			}
		}
	}
	return true
}

// lineCost is what the lines crossing b add to a spot's cost.
func (e *Engine) lineCost(b Box) float64 {
	x0, y0, x1, y1, ok := e.cellRange(b)
	if !ok || len(e.segs) == 0 {
		return 0
	}
	e.nextQuery()
	cost := 0.0
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			for _, i := range e.lines[y*e.nx+x] {
				if e.mark[i] == e.query {
					continue
				}
				e.mark[i] = e.query
				s := e.segs[i]
				if SegmentHits(b, s.ax, s.ay, s.bx, s.by) {
					cost += s.cost
				}
			}
		}
	}
	return cost
}

// spotFree reports whether every box of s is free and, for a grouped
// candidate, far enough from its group's placed labels.
func (e *Engine) spotFree(c *Candidate, s Spot) bool {
	if len(s.Boxes) == 0 || (s.OnlyIfTaken != nil && e.Free(*s.OnlyIfTaken)) {
		return false
	}
	for _, b := range s.Boxes {
		if !e.Free(b) {
			return false
		}
	}
	if c.Group != "" {
		x, y := spotCenter(s)
		for _, p := range e.groups[c.Group] {
			if math.Hypot(p[0]-x, p[1]-y) < c.Spacing {
				return false
			}
		}
	}
	return true
}

func spotCenter(s Spot) (float64, float64) {
	u := s.Boxes[0]
	for _, b := range s.Boxes[1:] {
		u = u.Union(b)
	}
	return u.Center()
}

// Place places the candidates in priority order and returns, for each
// candidate in the order given, the index of its chosen spot or -1 when it
// was dropped. A placed label's boxes block every later one.
func (e *Engine) Place(cands []Candidate) []int {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cands[order[a]].Priority > cands[order[b]].Priority })
	chosen := make([]int, len(cands))
	for _, ci := range order {
		chosen[ci] = e.placeOne(&cands[ci])
	}
	return chosen
}

func (e *Engine) placeOne(c *Candidate) int {
	best, bestCost := -1, math.Inf(1)
	for i, s := range c.Spots {
		if s.Cost >= bestCost || !e.spotFree(c, s) {
			continue
		}
		cost := s.Cost
		for _, b := range s.Boxes {
			cost += e.lineCost(b)
		}
		if cost < bestCost {
			best, bestCost = i, cost
		}
		if cost == 0 {
			break
		}
	}
	if best < 0 {
		return -1
	}
	s := c.Spots[best]
	for _, b := range s.Boxes {
		e.add(b)
	}
	if c.Group != "" {
		x, y := spotCenter(s)
		e.groups[c.Group] = append(e.groups[c.Group], [2]float64{x, y})
	}
	return best
}

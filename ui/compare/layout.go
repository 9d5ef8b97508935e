package compare

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// pane is where one year goes: its header on top, its map below.
type pane struct {
	pos        fyne.Position
	width      float32
	head, body float32 // heights
}

func (p pane) mapPos() fyne.Position                           { return p.pos.AddXY(0, p.head) }
func (p pane) mapSize() fyne.Size                              { return fyne.NewSize(p.width, p.body) }
func (p pane) headSize() fyne.Size                             { return fyne.NewSize(p.width, p.head) }
func (p pane) side() float32                                   { return min(p.width, p.body) }
func place(o fyne.CanvasObject, at fyne.Position, s fyne.Size) { o.Move(at); o.Resize(s) }

// areaLayout lays out the map area. Alone, the window's map (and what lies
// over it) fills it. Comparing, the earlier and the later year each take a
// pane, their header on top and their map below, the two panes the same
// size: side by side, or one above the other when that gives the maps a
// larger square (a narrow or a tall area). What lies over the map goes
// over the earlier map.
type areaLayout struct {
	v       *View
	stacked bool // as laid out last
}

// panes splits an area of size between the earlier and the later year.
func (l *areaLayout) panes(size fyne.Size) (earlier, later pane, stacked bool) {
	g := theme.Padding()
	head := func(w float32) float32 { return l.v.heads[1].lay.height(l.rowsFor(w)) }
	pw := float32(math.Floor(float64(size.Width-g) / 2))
	side := pane{width: pw, head: head(pw)}
	side.body = max(size.Height-side.head, 0)
	ph := float32(math.Floor(float64(size.Height-g) / 2))
	stack := pane{width: size.Width, head: head(size.Width)}
	stack.body = max(ph-stack.head, 0)
	if stack.side() > side.side() {
		later = stack
		later.pos = fyne.NewPos(0, size.Height-ph)
		return stack, later, true
	}
	later = side
	later.pos = fyne.NewPos(size.Width-pw, 0)
	return side, later, false
}

// rowsFor is how many rows both headers take in panes w wide: as many as
// the one needing more.
func (l *areaLayout) rowsFor(w float32) int {
	return max(l.v.heads[0].lay.rowsFor(w), l.v.heads[1].lay.rowsFor(w))
}

// Layout places the objects for the mode.
func (l *areaLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	v := l.v
	if !v.Active() {
		for _, o := range objs {
			place(o, fyne.NewPos(0, 0), size)
		}
		return
	}
	a, b, stacked := l.panes(size)
	l.stacked = stacked
	for _, h := range v.heads {
		h.lay.rows = l.rowsFor(a.width)
	}
	place(v.bg, fyne.NewPos(0, 0), size)
	place(v.heads[0].box, a.pos, a.headSize())
	place(v.heads[1].box, b.pos, b.headSize())
	place(v.twin, a.mapPos(), a.mapSize())
	place(v.o.Map, b.mapPos(), b.mapSize())
	place(v.o.Over, a.mapPos(), a.mapSize())
}

// MinSize is the window's map's alone; comparing, room for two headers
// and two maps side by side.
func (l *areaLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	v := l.v
	if !v.Active() {
		var s fyne.Size
		for _, o := range objs {
			s = s.Max(o.MinSize())
		}
		return s
	}
	m := v.o.Map.MinSize().Max(v.o.Over.MinSize())
	w := max(m.Width, v.heads[0].lay.minWidth(), v.heads[1].lay.minWidth())
	return fyne.NewSize(2*w+theme.Padding(), m.Height+v.heads[1].lay.height(2))
}

package mapview

import (
	"iter"
	"slices"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Twin returns a second map that shows what m shows, with an overlay of
// its own: a comparison's other year. One view drives both: m's centre and
// zoom. Panning, zooming or flying either moves m, and m moves its twins,
// so neither ever echoes the other; only m reports the change
// (OnViewChanged). One loader and one memory cache serve both, so a tile
// is fetched and made once for the two. A twin is meant to be the size of
// its lead (a zoom about the pointer then keeps the same place under it on
// both). Its basemap and credit are m's; SetSource and FitBound on it act
// on m. Close the twin before m; closing it leaves m as it was.
func (m *MapView) Twin(opts ...Option) *MapView {
	t := &MapView{limits: m.limits, view: geo.View{Center: m.view.Center, Zoom: m.view.Zoom}, animate: m.animate,
		post: m.post, lead: m, loader: m.loader}
	for _, o := range opts {
		o(t)
	}
	t.ExtendBaseWidget(t)
	m.twins = append(m.twins, t)
	return t
}

// group is the maps that move as one with m: its lead (m itself when it
// has none) and the lead's twins.
func (m *MapView) group() iter.Seq[*MapView] {
	lead := m
	if m.lead != nil {
		lead = m.lead
	}
	return func(yield func(*MapView) bool) {
		if !yield(lead) {
			return
		}
		for _, t := range lead.twins {
			if !yield(t) {
				return
			}
		}
	}
}

// Lead is the map a twin follows; nil for a map of its own.
func (m *MapView) Lead() *MapView { return m.lead }

// twinsFollow moves every twin to m's centre and zoom, each at its own
// size.
func (m *MapView) twinsFollow() {
	for _, t := range m.twins {
		t.follow(m.view)
	}
}

// follow shows v's centre and zoom at the twin's own size.
func (m *MapView) follow(v geo.View) {
	m.show(geo.View{Center: v.Center, Zoom: v.Zoom, Width: m.view.Width, Height: m.view.Height})
}

// coveredByLead reports whether a twin's tiles are among those its lead
// asks for: it shows the lead's centre and zoom and is no larger.
func (m *MapView) coveredByLead() bool {
	l := m.lead
	return l != nil && m.view.Width <= l.view.Width && m.view.Height <= l.view.Height &&
		m.view.Center == l.view.Center && m.view.Zoom == l.view.Zoom
}

// refreshTwins redraws the twins: tiles arrived or the credit changed.
func (m *MapView) refreshTwins() {
	for _, t := range m.twins {
		t.Refresh()
	}
}

// twinsSource hands the twins m's new loader.
func (m *MapView) twinsSource() {
	for _, t := range m.twins {
		t.loader = m.loader
		t.requestTiles()
		t.Refresh()
	}
}

// leave detaches a twin from its lead, whose tiles it stops asking for.
func (m *MapView) leave() {
	m.lead.twins = slices.DeleteFunc(m.lead.twins, func(t *MapView) bool { return t == m })
	m.lead.requestTiles()
}

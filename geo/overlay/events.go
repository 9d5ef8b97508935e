package overlay

import (
	"image"
	"image/color"
	"math"
	"sort"
	"strconv"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Event markers. An event is a small symbol at its place: a white disc
// with a dark ring and centre. Events at the same place share one marker,
// dark with their number in it, so markers never stack; the years (and,
// from zoom 8, the names) are labels placed with every other label, so
// they move aside or drop rather than cover anything.

// eventRadius is the radius of an event marker at scale 1.
const eventRadius = 6.0

// eventMarker is one marker on the image and the visible events it stands
// for, oldest first.
type eventMarker struct {
	x, y    float64
	r       float64
	members []*feat
	alpha   float64 // the most visible member's
}

// lead is the event the marker is drawn with.
func (m *eventMarker) lead() *feat { return m.members[0] }

// placeMarkers gathers the visible events into markers: an event within a
// marker's radius of an earlier one joins it.
func (fr *frame) placeMarkers() {
	var evs []*feat
	for _, ft := range fr.feats {
		if ft.st.class == classEvent && fr.onScreen(ft) {
			evs = append(evs, ft)
		}
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].f.Period.From != evs[j].f.Period.From {
			return evs[i].f.Period.From < evs[j].f.Period.From
		}
		return evs[i].f.ID < evs[j].f.ID
	})
	var ms []*eventMarker
	join := 1.5 * eventRadius * fr.sc
	for _, ft := range evs {
		x, y := fr.p.pt(ft.anchor)
		var m *eventMarker
		for _, c := range ms {
			if math.Hypot(c.x-x, c.y-y) <= join {
				m = c
				break
			}
		}
		if m == nil {
			m = &eventMarker{x: x, y: y, r: eventRadius * fr.sc}
			ms = append(ms, m)
			fr.events = append(fr.events, m)
		}
		m.members = append(m.members, ft)
		m.alpha = math.Max(m.alpha, fr.alpha[ft.idx])
		fr.markers[ft.idx] = m
	}
	for _, m := range ms {
		if len(m.members) > 1 {
			m.r = (eventRadius + 1.5) * fr.sc
		}
	}
}

// drawMarker draws the marker of ft's group once, with its lead event.
func (fr *frame) drawMarker(dc *gg.Context, ft *feat) {
	m := fr.markers[ft.idx]
	if m == nil || m.lead() != ft {
		return
	}
	drawEventSymbol(dc, m.x, m.y, m.r, len(m.members), m.alpha, fr.sc, fr.s.text)
}

// drawEventSymbol draws an event marker of radius r for n events at
// opacity a: a white disc with a dark ring and centre for one event, a
// dark disc with the count in white for several.
func drawEventSymbol(dc *gg.Context, x, y, r float64, n int, a, sc float64, ts *label.Typesetter) {
	white := withAlpha(color.NRGBA{255, 255, 255, 255}, a)
	ink := withAlpha(inkColor, a)
	dc.DrawCircle(x, y, r+1.2*sc)
	dc.SetColor(white)
	dc.Fill()
	dc.DrawCircle(x, y, r)
	if n == 1 {
		dc.SetColor(white)
		dc.FillPreserve()
		dc.SetColor(ink)
		dc.SetLineWidth(1.8 * sc)
		dc.Stroke()
		dc.DrawCircle(x, y, 0.33*r)
		dc.SetColor(ink)
		dc.Fill()
		return
	}
	dc.SetColor(ink)
	dc.Fill()
	img, ok := dc.Image().(*image.RGBA)
	if !ok {
		return
	}
	t := ts.Mask(strconv.Itoa(n), label.Style{Face: label.Bold, Size: 1.25 * r}, 0)
	label.Draw(img, t, int(math.Round(x-float64(t.W)/2)), int(math.Round(y-float64(t.H)/2)), white, nil)
}

// eventCands are the labels of the markers: the years, and from zoom 8 a
// single event's name with its year; the selected event is named at
// every zoom.
func (fr *frame) eventCands() []label.Candidate {
	var out []label.Candidate
	for _, m := range fr.events {
		ft := m.lead()
		sel := false
		for _, e := range m.members {
			if fr.selected(e) {
				ft, sel = e, true
			}
		}
		text := m.years()
		if sel {
			out = append(out, fr.callout(ft, [][2]float64{{m.x, m.y}}, m.r))
			if len(m.members) == 1 {
				continue
			}
		}
		prio := float64(prioYear)
		switch {
		case len(m.members) == 1 && fr.p.k >= 256: // names of events from zoom 8 on
			text = wrap(ft.labelIn(fr.opt.Lang), 26) + "\n" + text
			prio = float64(ft.st.priority)
		}
		ink := withAlpha(ft.st.labelColor, m.alpha)
		mask := fr.s.text.Mask(text, fr.textStyle(10.5, len(m.members) > 1 || fr.p.k < 256), 0)
		out = append(out, fr.textLabel(text, prio, mask, ink, around(m.x, m.y, m.r+1.2*fr.sc, m.r+1.2*fr.sc, float64(mask.W), float64(mask.H), (labelGap+0.5)*fr.sc)))
	}
	return out
}

// years is the tag of a marker: an event's year or period ("2012",
// "2003–14"), or the span of a group's years ("2003–16").
func (m *eventMarker) years() string {
	if len(m.members) == 1 {
		return m.members[0].when
	}
	from, to := math.MaxInt, math.MinInt
	for _, e := range m.members {
		from = min(from, e.f.Period.From)
		to = max(to, e.f.Period.End(e.f.Period.From))
	}
	return yearText(data.Span(from, to))
}

package overlay

import (
	"hash/fnv"
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Shared shapes. Several features of different layers can share one
// outline (the VRAEM is a coca zone, a Shining Path area, a no-fly zone
// and the area of its airstrips and bases). Each keeps its own fill or
// hatching, but the outline is drawn once, by the member with the highest
// label priority, and the members' names are one stacked label there,
// each line in its layer's colour.

// shapeKey identifies a feature's polygons, or 0 for a feature without.
func shapeKey(ft *feat) uint64 {
	if len(ft.polys) == 0 {
		return 0
	}
	h := fnv.New64a()
	var b [8]byte
	put := func(v float64) {
		u := math.Float64bits(v)
		for i := range b {
			b[i] = byte(u >> (8 * i))
		}
		h.Write(b[:])
	}
	for _, poly := range ft.polys {
		for _, r := range poly {
			for _, p := range r {
				put(p.X)
				put(p.Y)
			}
			put(math.NaN()) // ring end
		}
	}
	return h.Sum64()
}

// shareShapes finds, among the frame's visible features, those that share
// polygons: each group's outline is drawn by its first member (the
// highest label priority of the areas, else of all), which also carries the
// group's label. It fills fr.outline and fr.stack.
func (fr *frame) shareShapes() {
	groups := map[uint64][]*feat{}
	var keys []uint64
	for _, ft := range fr.feats {
		if ft.shape == 0 || ft.st.class == classEvent {
			continue
		}
		if len(groups[ft.shape]) == 0 {
			keys = append(keys, ft.shape)
		}
		groups[ft.shape] = append(groups[ft.shape], ft)
	}
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		sort.SliceStable(g, func(i, j int) bool {
			ai, aj := g[i].st.class == classArea, g[j].st.class == classArea
			if ai != aj {
				return ai
			}
			return g[i].st.priority > g[j].st.priority
		})
		for _, ft := range g[1:] {
			fr.noOutline[ft.idx] = true
		}
		var names []*feat
		for _, ft := range g {
			if ft.st.class == classArea && !fr.selected(ft) { // the selected one has its callout
				names = append(names, ft)
			}
		}
		if len(names) > 1 || (len(names) == 1 && names[0] != g[0]) {
			fr.stack[g[0].idx] = names
			for _, ft := range names {
				if ft != g[0] {
					fr.inStack[ft.idx] = true
				}
			}
		}
	}
}

// stackLabel is the label of a group of areas sharing one outline, kept by
// its owner: each member's name on its own line, in its colour, centred
// on the anchor.
func (fr *frame) stackLabel(owner *feat, prio float64) label.Candidate {
	members := fr.stack[owner.idx]
	type line struct {
		m   *label.Mask
		ink color.NRGBA
	}
	var lines []line
	w, h := 0.0, 0.0
	var text string
	for i, ft := range members {
		size := 11.0
		if i == 0 {
			size = 12.5
		}
		name := ft.labelIn(fr.opt.Lang)
		m := fr.s.text.Mask(wrap(name, 24), fr.textStyle(size, ft.st.labelBold), 0)
		lines = append(lines, line{m, withAlpha(ft.st.labelColor, fr.alpha[ft.idx])})
		w = math.Max(w, float64(m.W))
		h += float64(m.H)
		if text != "" {
			text += " / "
		}
		text += name
	}
	c := label.Candidate{Text: text, Priority: prio}
	for i, p := range fr.areaSpots(owner, w, h) {
		c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{label.BoxAt(math.Round(p[0]), math.Round(p[1]), w, h)}, Cost: 0.1 * float64(i)})
	}
	// Where the whole stack finds no room, the first name alone.
	full := len(c.Spots)
	first := lines[0].m
	for i, p := range fr.areaSpots(owner, float64(first.W), float64(first.H)) {
		c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{label.BoxAt(math.Round(p[0]), math.Round(p[1]), float64(first.W), float64(first.H))}, Cost: 5 + 0.1*float64(i)})
	}
	c.Draw = func(dst *image.RGBA, i int, s label.Spot) {
		b := s.Boxes[0]
		y := b.Y0
		shown, bw := lines, w
		if i >= full {
			shown, bw = lines[:1], float64(first.W)
		}
		for _, l := range shown {
			halo := haloColor
			halo.A = uint8(float64(halo.A) * float64(l.ink.A) / 255)
			label.Draw(dst, l.m, int(math.Round(b.X0+(bw-float64(l.m.W))/2)), int(y), l.ink, halo)
			y += float64(l.m.H)
		}
	}
	return c
}

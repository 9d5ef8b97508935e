package embedded

import (
	"image"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/perutraffickingatlas/atlas/data/basemap"
)

// label is one placed label, in device pixels of its zoom's world.
type label struct {
	text  string
	style textStyle
	ink   colorID
	box   rect // collision and drawing box (the image's bounds)

	// layout inside the box before rotation
	w, h       int
	tx, ty     float64
	dot        bool
	square     bool
	dx, dy, dr float64
	angle      float64

	once sync.Once
	img  labelImage
}

// colorID picks a label's ink.
type colorID uint8

const (
	inkTown colorID = iota
	inkCountry
	inkPeru
	inkWater
)

// labelSet is the placement of one zoom: labels and, per tile, the labels
// whose box meets it.
type labelSet struct {
	labels []*label
	byTile map[cellKey][]int32
}

// placer places labels greedily: a candidate is kept when its box meets no
// kept box.
type placer struct {
	tile  float64 // device pixels per index cell
	boxes []rect
	grid  map[cellKey][]int32
}

func (p *placer) cells(r rect, f func(cellKey)) {
	for x := int(math.Floor(r.x0 / p.tile)); x <= int(math.Floor(r.x1/p.tile)); x++ {
		for y := int(math.Floor(r.y0 / p.tile)); y <= int(math.Floor(r.y1/p.tile)); y++ {
			f(cellKey{x, y})
		}
	}
}

func (p *placer) free(r rect) bool {
	ok := true
	p.cells(r, func(k cellKey) {
		for _, i := range p.grid[k] {
			if ok && p.boxes[i].intersects(r) {
				ok = false
			}
		}
	})
	return ok
}

func (p *placer) add(r rect) {
	i := int32(len(p.boxes))
	p.boxes = append(p.boxes, r)
	p.cells(r, func(k cellKey) { p.grid[k] = append(p.grid[k], i) })
}

// townRank orders towns: population, raised for capitals so that a
// capital with no census figure still shows. (GeoNames gives 433 Peruvian
// district capitals, PPLA3, a population of 0, among them Tarapoto,
// Quillabamba and Pichari; they come in from zoom 9.)
func townRank(p basemap.Place) int {
	r := p.Population
	switch p.Code {
	case "PPLC":
		r = max(r, 5000000)
	case "PPLA":
		r = max(r, 80000)
	case "PPLA2":
		r = max(r, 8000)
	case "PPLA3":
		r = max(r, 5000)
	}
	return r
}

// placeLabels computes the labels of zoom z for a source of scale s.
func (src *Source) placeLabels(z int) *labelSet {
	s := src.scale
	f := math.Exp2(float64(z)) * s // zoom-0 world px -> device px
	tile := 256 * s
	p := &placer{tile: tile, grid: map[cellKey][]int32{}}
	ls := &labelSet{byTile: map[cellKey][]int32{}}
	keep := func(l *label) {
		ls.labels = append(ls.labels, l)
		p.add(l.box)
	}
	fz := float64(z)
	halo := 1.6 * s

	// Areas: Peru, the ocean, the neighbours, the lake.
	var towns, seas, peru []basemap.Place
	var seaAt []pt
	for _, pl := range src.world.places {
		c := project(pl.Point)
		c = pt{c.X * f, c.Y * f}
		var st textStyle
		var ink colorID
		text := pl.Name
		switch pl.Kind {
		case basemap.KindPeru:
			// Beyond zoom 6 the name would sit on the places one came for.
			if z > 6 {
				continue
			}
			peru = append(peru, pl)
			continue
		case basemap.KindCountry:
			if z > 9 {
				continue
			}
			st, ink, text = textStyle{bold, s * math.Min(18, 9+2*(fz-3)), 0.18, halo}, inkCountry, strings.ToUpper(text)
		case basemap.KindOcean:
			if pl.Population > 0 { // secondary points along the coast
				seas = append(seas, pl)
				continue
			}
			st, ink = seaStyle(z, s), inkWater
			text = strings.ToUpper(text)
		case basemap.KindLake:
			if z < 6 {
				continue
			}
			st, ink = textStyle{boldItalic, s * math.Min(15, 11+1*(fz-5)), 0, halo}, inkWater
		default:
			towns = append(towns, pl)
			continue
		}
		l := src.textLabel(text, st, ink, c, 0)
		if p.free(l.box) {
			keep(l)
			if pl.Kind == basemap.KindOcean {
				seaAt = append(seaAt, c)
			}
		}
	}
	// From zoom 8 the ocean is named again along the coast, sparsely.
	placeSeas := func() {
		if z < 8 {
			return
		}
		for _, pl := range seas {
			c := project(pl.Point)
			c = pt{c.X * f, c.Y * f}
			near := false
			for _, a := range seaAt {
				if math.Hypot(a.X-c.X, a.Y-c.Y) < 500*s {
					near = true
				}
			}
			if l := src.textLabel(strings.ToUpper(pl.Name), seaStyle(z, s), inkWater, c, 0); !near && p.free(l.box) {
				keep(l)
				seaAt = append(seaAt, c)
			}
		}
	}

	// Capital and towns, biggest first, then rivers. Rivers get one label
	// each before the smaller towns.
	sort.SliceStable(towns, func(i, j int) bool { return townRank(towns[i]) > townRank(towns[j]) })
	minRank := townMinRank(z)
	rivers := src.riverCandidates(z, f)
	at := make([][]pt, len(rivers)) // placed label centres per river
	placeRivers := func(first bool) {
		for ri, rc := range rivers {
			for _, l := range rc {
				if first && len(at[ri]) > 0 {
					break
				}
				c := pt{(l.box.x0 + l.box.x1) / 2, (l.box.y0 + l.box.y1) / 2}
				near := false
				for _, a := range at[ri] {
					if math.Hypot(a.X-c.X, a.Y-c.Y) < 480*s {
						near = true
					}
				}
				if !near && p.free(l.box) {
					keep(l)
					at[ri] = append(at[ri], c)
				}
			}
		}
	}
	// Big towns first, then one name per river, then the smaller towns,
	// then repeats of river names along long rivers. At small scales the
	// rivers go before all but the million-cities, which can move aside.
	firstRank := 20000
	if z <= 6 {
		firstRank = 1000000 // after the capitals and the largest cities; the atlas is about the valleys
	}
	// PERU goes after the largest cities, moved off them if need be.
	placePeru := func() {
		for _, pl := range peru {
			c := project(pl.Point)
			c = pt{c.X * f, c.Y * f}
			st := textStyle{bold, s * math.Min(30, 12+3.5*(fz-3)), 0.25, halo * 1.2}
			for _, d := range [][2]float64{{0, 0}, {0, -1}, {0, 1}, {-1, 0}, {1, 0}, {-1, -1}, {1, -1}, {-1, 1}, {1, 1}, {0, -2}, {0, 2}} {
				cc := pt{c.X + d[0]*st.size*2.5, c.Y + d[1]*st.size*1.2}
				if l := src.textLabel(strings.ToUpper(pl.Name), st, inkPeru, cc, 0); p.free(l.box) {
					keep(l)
					break
				}
			}
		}
	}
	peruDone := false
	riversDone := false
	for _, t := range towns {
		r := townRank(t)
		if !peruDone && r < 250000 {
			placePeru()
			peruDone = true
		}
		if !riversDone && r < firstRank {
			placeRivers(true)
			placeSeas()
			riversDone = true
		}
		if r < minRank {
			break
		}
		if l := src.townLabel(t, z, f, p); l != nil {
			keep(l)
		}
	}
	if !peruDone {
		placePeru()
	}
	if !riversDone {
		placeRivers(true)
		placeSeas()
	}
	placeRivers(false)

	for i, l := range ls.labels {
		p.cells(l.box, func(k cellKey) { ls.byTile[k] = append(ls.byTile[k], int32(i)) })
	}
	return ls
}

// seaStyle is the lettering of the ocean's name.
func seaStyle(z int, s float64) textStyle {
	return textStyle{italic, s * math.Min(18, 10+1.6*float64(z-3)), 0.12, 1.6 * s}
}

// textLabel is a label of text centred on c, turned by angle.
func (src *Source) textLabel(text string, st textStyle, ink colorID, c pt, angle float64) *label {
	tw, asc, desc := src.fonts.measure(text, st)
	pad := math.Ceil(st.halo) + 1
	w, h := int(math.Ceil(tw+2*pad)), int(math.Ceil(asc+desc+2*pad))
	l := &label{text: text, style: st, ink: ink, w: w, h: h, tx: pad, ty: pad + asc, angle: angle}
	bw, bh := float64(w), float64(h)
	if angle != 0 {
		cs, sn := math.Abs(math.Cos(angle)), math.Abs(math.Sin(angle))
		bw, bh = math.Ceil(float64(w)*cs+float64(h)*sn), math.Ceil(float64(w)*sn+float64(h)*cs)
	}
	x0, y0 := math.Round(c.X-bw/2), math.Round(c.Y-bh/2)
	l.box = rect{x0, y0, x0 + bw, y0 + bh}
	return l
}

// townLabel tries the four sides of a town's dot and returns the first
// free placement, or nil.
func (src *Source) townLabel(t basemap.Place, z int, f float64, p *placer) *label {
	s := src.scale
	r := townRank(t)
	st := textStyle{regular, 11.5 * s, 0, 1.6 * s}
	dr := 2.2 * s
	square := false
	switch {
	case t.Kind == basemap.KindCapital:
		st, dr, square = textStyle{bold, 14 * s, 0, 1.8 * s}, 3.4*s, true
	case r >= 250000:
		st, dr = textStyle{bold, 12.5 * s, 0, 1.7 * s}, 2.8*s
	case r >= 50000 || (z >= 10 && r >= 10000):
		st = textStyle{regular, 12.5 * s, 0, 1.6 * s}
		dr = 2.5 * s
	}
	c := project(t.Point)
	c = pt{c.X * f, c.Y * f}
	tw, asc, desc := src.fonts.measure(t.Name, st)
	pad := math.Ceil(st.halo) + 1
	gap := dr + 2*s
	th := asc + desc
	// Candidate text boxes (left, top) relative to the dot.
	cands := [][2]float64{
		{gap, -th / 2},             // right
		{-gap - tw, -th / 2},       // left
		{-tw / 2, -gap - th},       // above
		{-tw / 2, gap},             // below
		{gap * 0.7, -gap*0.7 - th}, // upper right
		{-gap*0.7 - tw, gap * 0.7}, // lower left
	}
	for _, cd := range cands {
		tx0, ty0 := c.X+cd[0], c.Y+cd[1]
		b := rect{math.Min(tx0, c.X-dr) - pad, math.Min(ty0, c.Y-dr) - pad,
			math.Max(tx0+tw, c.X+dr) + pad, math.Max(ty0+th, c.Y+dr) + pad}
		b = rect{math.Floor(b.x0), math.Floor(b.y0), math.Ceil(b.x1), math.Ceil(b.y1)}
		if !p.free(b) {
			continue
		}
		return &label{text: t.Name, style: st, ink: inkTown, box: b,
			w: int(b.x1 - b.x0), h: int(b.y1 - b.y0),
			tx: tx0 - b.x0, ty: ty0 - b.y0 + asc,
			dot: true, square: square, dx: c.X - b.x0, dy: c.Y - b.y0, dr: dr}
	}
	return nil
}

// image renders the label once.
func (src *Source) image(l *label) *labelImage {
	l.once.Do(func() {
		ink, halo := src.fonts.render(l.text, l.style, l.w, l.h, l.tx, l.ty, l.dot, l.square, l.dx, l.dy, l.dr, l.angle)
		l.img = labelImage{ink: ink, halo: halo, origin: image.Point{int(l.box.x0), int(l.box.y0)}}
	})
	return &l.img
}

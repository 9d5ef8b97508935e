package placenames

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Names gives the basemap's names for any frame. It is immutable after
// New and safe for concurrent use.
type Names struct {
	ts     *label.Typesetter
	places []place
	rivers []river
	extent [2]geo.Pixel // the atlas's area of interest, zoom-0 world pixels
}

// place is a named point, projected to zoom-0 world pixels.
type place struct {
	basemap.Place
	at geo.Pixel
}

// river is a named river's course in zoom-0 world pixels.
type river struct {
	name string
	pts  []geo.Pixel
}

var _ label.Source = (*Names)(nil)

// New prepares the names of d, set with ts.
func New(d *basemap.Data, ts *label.Typesetter) *Names {
	n := &Names{ts: ts}
	e := basemap.Extent()
	a, b := geo.Project(e.Min, 0), geo.Project(e.Max, 0)
	n.extent = [2]geo.Pixel{{X: a.X, Y: b.Y}, {X: b.X, Y: a.Y}}
	for _, p := range d.Places {
		n.places = append(n.places, place{Place: p, at: geo.Project(p.Point, 0)})
	}
	for _, r := range d.Rivers {
		if r.Name == "" {
			continue
		}
		rv := river{name: r.Name}
		for _, p := range r.Line {
			rv.pts = append(rv.pts, geo.Project(p, 0))
		}
		n.rivers = append(n.rivers, rv)
	}
	return n
}

// Embedded returns the names of the embedded basemap.
func Embedded(ts *label.Typesetter) (*Names, error) {
	d, err := basemap.Embedded()
	if err != nil {
		return nil, fmt.Errorf("placenames: %w", err)
	}
	return New(d, ts), nil
}

// spanish holds the Spanish names of the basemap's areas; towns keep the
// names GeoNames gives them, which are Spanish already.
func nameIn(p basemap.Place, lang string) string {
	if lang != "es" {
		return p.Name
	}
	switch p.Name {
	case "Peru":
		return "Perú"
	case "Brazil":
		return "Brasil"
	case "Pacific Ocean":
		return "Océano Pacífico"
	case "Lake Titicaca":
		return "Lago Titicaca"
	}
	return p.Name
}

// Candidates returns the names that belong in frame f: the towns of its
// zoom, the rivers, Peru, the neighbours, the ocean and the lake, each
// with the places it may take around its anchor.
func (n *Names) Candidates(f label.Frame) []label.Candidate {
	z := f.Zoom()
	zi := int(math.Round(z))
	s := f.Scale
	if s <= 0 {
		s = 1
	}
	minRank := townMinRank(zi)
	var out []label.Candidate
	for _, p := range n.places {
		x, y := f.Image(p.at.X, p.at.Y)
		if !near(f.Clip, x, y, 600*s) {
			continue
		}
		text := nameIn(p.Place, f.Lang)
		switch p.Kind {
		case basemap.KindPeru:
			if zi > 6 { // beyond, the name would sit on the places one came for
				continue
			}
			c := n.areaName(strings.ToUpper(text), peruStyle(z, s), inkPeru, x, y, prioPeru)
			out = append(out, n.wider(c, 3))
		case basemap.KindCountry:
			if zi > 9 {
				continue
			}
			out = append(out, n.areaName(strings.ToUpper(text), countryStyle(z, s), inkCountry, x, y, prioCountry))
		case basemap.KindOcean:
			c := n.areaName(strings.ToUpper(text), seaStyle(z, s), inkWater, x, y, prioOcean)
			if p.Population > 0 { // a secondary point along the coast, from zoom 8
				if zi < 8 {
					continue
				}
				c.Priority, c.Group, c.Spacing = prioSea, "sea", 500*s
			} else {
				c.Group, c.Spacing = "sea", 500*s
				c = n.wider(c, 3)
			}
			out = append(out, c)
		case basemap.KindLake:
			if zi < 6 {
				continue
			}
			out = append(out, n.areaName(text, lakeStyle(z, s), inkWater, x, y, prioLake))
		default:
			if townRank(p.Place) < minRank {
				continue
			}
			if x < f.Clip.X0 || y < f.Clip.Y0 || x > f.Clip.X1 || y > f.Clip.Y1 {
				continue // the dot must be on the map
			}
			out = append(out, n.town(p.Place, text, zi, s, x, y))
		}
	}
	return append(out, n.riverNames(f, z, s)...)
}

// near reports whether (x, y) lies within d pixels of box b.
func near(b label.Box, x, y, d float64) bool {
	return x >= b.X0-d && y >= b.Y0-d && x <= b.X1+d && y <= b.Y1+d
}

// areaName is a name centred on (x, y) that may shift around it: PERU, a
// neighbour, the ocean, a lake.
func (n *Names) areaName(text string, st label.Style, ink color.NRGBA, x, y, prio float64) label.Candidate {
	m := n.ts.Mask(text, st, 0)
	w, h := float64(m.W), float64(m.H)
	c := label.Candidate{Text: text, Priority: prio}
	for i, d := range [][2]float64{{0, 0}, {0, -1}, {0, 1}, {-1, 0}, {1, 0}, {-1, -1}, {1, -1}, {-1, 1}, {1, 1}, {0, -2}, {0, 2}, {-2, 0}, {2, 0}} {
		bx, by := math.Round(x-w/2+d[0]*w*0.45), math.Round(y-h/2+d[1]*h*1.1)
		c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{label.BoxAt(bx, by, w, h)}, Cost: 0.1 * float64(i)})
	}
	c.Draw = func(dst *image.RGBA, _ int, s label.Spot) {
		b := s.Boxes[0]
		label.Draw(dst, m, int(b.X0), int(b.Y0), ink, haloColor)
	}
	return c
}

// town is a town's name beside its dot: right, left, above, below, upper
// right or lower left. The dot is drawn with the name, never alone.
func (n *Names) town(p basemap.Place, text string, z int, s, x, y float64) label.Candidate {
	st, dr, square := townStyle(p, z, s)
	m := n.ts.Mask(text, st, 0)
	w, h := float64(m.W), float64(m.H)
	gap := dr + 1*s
	dot := label.Box{X0: x - dr - 1, Y0: y - dr - 1, X1: x + dr + 1, Y1: y + dr + 1}
	c := label.Candidate{Text: text, Priority: townPriority(p)}
	for i, d := range [][2]float64{
		{gap, -h / 2}, {-gap - w, -h / 2}, {-w / 2, -gap - h}, {-w / 2, gap},
		{gap * 0.7, -gap*0.7 - h}, {-gap*0.7 - w, gap * 0.7},
	} {
		box := label.BoxAt(math.Round(x+d[0]), math.Round(y+d[1]), w, h)
		c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{dot, box}, Cost: 0.1 * float64(i)})
	}
	if townRank(p) >= 250000 {
		// A city under an atlas symbol keeps its name beside the symbol.
		for k, far := range []float64{10*s + 2, 26*s + 2, 42*s + 2} {
			for i, d := range [][2]float64{{far, -h / 2}, {-far - w, -h / 2}, {-w / 2, -far - h}, {-w / 2, far}} {
				box := label.BoxAt(math.Round(x+d[0]), math.Round(y+d[1]), w, h)
				c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{box}, Cost: 1 + float64(k) + 0.1*float64(i), OnlyIfTaken: &dot})
			}
		}
	}
	c.Draw = func(dst *image.RGBA, _ int, s label.Spot) {
		bs := s.Boxes
		if len(bs) == 2 {
			drawDot(dst, x, y, dr, square)
		}
		b := bs[len(bs)-1]
		label.Draw(dst, m, int(b.X0), int(b.Y0), inkTown, haloColor)
	}
	return c
}

// wider adds to an area name's spots a coarser ring of places up to k
// times its size away, for a name as large as PERU among many others.
func (n *Names) wider(c label.Candidate, k int) label.Candidate {
	b := c.Spots[0].Boxes[0]
	w, h := b.X1-b.X0, b.Y1-b.Y0
	cost := c.Spots[len(c.Spots)-1].Cost
	for r := 2; r <= k; r++ {
		for dy := -r; dy <= r; dy++ {
			for dx := -r; dx <= r; dx++ {
				if max(abs(dx), abs(dy)) != r {
					continue
				}
				cost += 0.1
				c.Spots = append(c.Spots, label.Spot{Boxes: []label.Box{label.BoxAt(b.X0+float64(dx)*w*0.5, b.Y0+float64(dy)*h*1.2, w, h)}, Cost: cost})
			}
		}
	}
	return c
}

func abs(v int) int { return max(v, -v) }

package overlay

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// ErrNoDataset is returned by New when given no dataset.
var ErrNoDataset = errors.New("overlay: no dataset")

// Set is a dataset prepared for drawing (styles resolved, geometry
// pre-projected to zoom-0 world pixels); immutable and safe for concurrent
// use. Build it with New.
type Set struct {
	feats []*feat // the atlas's in drawing order, then the user layers' (see WithUsers)
	byID  map[string]*feat
	text  *label.Typesetter

	atlas int                // feats[:atlas] are the atlas's
	order []*feat            // drawing order when there are user layers; nil: feats
	users []*userlayer.Layer // the user layers, in the order WithUsers got them
}

// feat is one feature ready to draw. All coordinates are zoom-0 world
// pixels (geo.Project at zoom 0).
type feat struct {
	idx     int // position in Set.feats
	f       data.Feature
	st      style
	geom    class           // what the geometry is: area, line or symbol
	polys   [][][]geo.Pixel // polygons, each outer ring then holes
	lines   [][]geo.Pixel   // line parts; air arcs already flattened
	points  []geo.Pixel
	anchor  geo.Pixel // symbol, marker and label point
	min     geo.Pixel // bounding box
	max     geo.Pixel
	area    float64  // of the polygons, for ordering
	label   string   // short name for map labels
	labelES string   // the label in Spanish (the English one when untranslated)
	when    string   // year text of events
	dests   []dest   // off-map destination ends
	shape   uint64   // identifies the polygons, shared by features drawn on one outline; 0 for none
	user    *userRef // the user layer feature it draws; nil for the atlas's
}

// dest is a labelled end of a route: the line leading to its end point.
// Its label is the feature's DestinationIn the frame's language.
type dest struct {
	part int // index into lines
}

// New prepares ds for drawing. It fails on geometry it cannot draw.
func New(ds *data.Dataset) (*Set, error) {
	if ds == nil {
		return nil, ErrNoDataset
	}
	ts, err := label.NewTypesetter()
	if err != nil {
		return nil, fmt.Errorf("overlay: %w", err)
	}
	s := &Set{byID: map[string]*feat{}, text: ts}
	for i := range ds.Features {
		f := ds.Features[i]
		ft, err := prepare(f)
		if err != nil {
			return nil, fmt.Errorf("overlay: feature %s: %w", f.ID, err)
		}
		s.feats = append(s.feats, ft)
	}
	layerRank := map[data.Layer]int{}
	for i, l := range data.Layers() {
		layerRank[l] = i
	}
	sort.SliceStable(s.feats, func(i, j int) bool {
		a, b := s.feats[i], s.feats[j]
		if a.st.class != b.st.class {
			return a.st.class < b.st.class
		}
		if layerRank[a.f.Layer] != layerRank[b.f.Layer] {
			return layerRank[a.f.Layer] < layerRank[b.f.Layer]
		}
		return a.area > b.area // big areas below small ones
	})
	for i, ft := range s.feats {
		ft.idx = i
		s.byID[ft.f.ID] = ft
	}
	s.atlas = len(s.feats)
	return s, nil
}

// prepare projects a feature's geometry and resolves its style.
func prepare(f data.Feature) (*feat, error) {
	ft := &feat{f: f}
	switch f.Geometry.(type) {
	case nil:
		return nil, errors.New("no geometry")
	case orb.Collection:
		return nil, errors.New("unsupported geometry orb.Collection")
	}
	if err := ft.project(f.Geometry); err != nil {
		return nil, err
	}
	ft.st = styleFor(&ft.f, ft.geom)
	if ft.st.arc {
		for i, l := range ft.lines {
			ft.lines[i] = arcLine(l)
		}
	}
	ft.finish()
	// A label carries the feature's certainty marks (data.Feature.Mark).
	ft.label = shortName(f.Name) + f.Mark()
	ft.labelES = shortName(f.NameIn(data.LangES)) + f.Mark()
	if f.Layer == data.LayerEvent {
		ft.when = yearText(f.Period)
	}
	if f.Destination != "" {
		ft.dests = destinations(ft.lines)
	}
	return ft, nil
}

// project sets ft's points, lines and polygons from g in zoom-0 world
// pixels (a Collection's members all together), and its geometry class:
// a symbol when it has points, else a line when it has lines, else an
// area. It fails on an empty or unknown geometry.
func (ft *feat) project(g orb.Geometry) error {
	if err := ft.addGeometry(g); err != nil {
		return err
	}
	switch {
	case len(ft.points) > 0:
		ft.geom = classSymbol
	case len(ft.lines) > 0:
		ft.geom = classLine
	case len(ft.polys) > 0:
		ft.geom = classArea
	default:
		return errors.New("empty geometry")
	}
	return nil
}

// addGeometry appends g's parts to ft.
func (ft *feat) addGeometry(g orb.Geometry) error {
	proj := func(p orb.Point) geo.Pixel { return geo.Project(p, 0) }
	ring := func(r orb.Ring) []geo.Pixel {
		out := make([]geo.Pixel, len(r))
		for i, p := range r {
			out[i] = proj(p)
		}
		return out
	}
	addPoly := func(p orb.Polygon) {
		var rings [][]geo.Pixel
		for _, r := range p {
			rings = append(rings, ring(r))
		}
		if len(rings) > 0 {
			ft.polys = append(ft.polys, rings)
		}
	}
	addLine := func(l orb.LineString) {
		if len(l) >= 2 {
			ft.lines = append(ft.lines, ring(orb.Ring(l)))
		}
	}
	switch g := g.(type) {
	case orb.Point:
		ft.points = append(ft.points, proj(g))
	case orb.MultiPoint:
		for _, p := range g {
			ft.points = append(ft.points, proj(p))
		}
	case orb.LineString:
		addLine(g)
	case orb.MultiLineString:
		for _, l := range g {
			addLine(l)
		}
	case orb.Polygon:
		addPoly(g)
	case orb.MultiPolygon:
		for _, p := range g {
			addPoly(p)
		}
	case orb.Collection:
		for _, m := range g {
			if _, nested := m.(orb.Collection); nested {
				return errors.New("a collection inside a collection")
			}
			if err := ft.addGeometry(m); err != nil {
				return err
			}
		}
	case nil:
		return errors.New("no geometry")
	default:
		return fmt.Errorf("unsupported geometry %T", g)
	}
	return nil
}

// finish sets what follows from the projected geometry: the bounding
// box, area, anchor and shape key.
func (ft *feat) finish() {
	ft.bounds()
	ft.anchor = ft.findAnchor()
	ft.shape = shapeKey(ft)
}

// bounds sets min, max and area.
func (ft *feat) bounds() {
	ft.min = geo.Pixel{X: math.Inf(1), Y: math.Inf(1)}
	ft.max = geo.Pixel{X: math.Inf(-1), Y: math.Inf(-1)}
	add := func(p geo.Pixel) {
		ft.min.X, ft.min.Y = math.Min(ft.min.X, p.X), math.Min(ft.min.Y, p.Y)
		ft.max.X, ft.max.Y = math.Max(ft.max.X, p.X), math.Max(ft.max.Y, p.Y)
	}
	for _, p := range ft.points {
		add(p)
	}
	for _, l := range ft.lines {
		for _, p := range l {
			add(p)
		}
	}
	for _, poly := range ft.polys {
		for i, r := range poly {
			for _, p := range r {
				add(p)
			}
			a := math.Abs(ringArea(r))
			if i > 0 {
				a = -a
			}
			ft.area += a
		}
	}
}

// findAnchor picks where a symbol, marker or label of the feature goes: the
// first point, the middle of the longest line, or a point well inside the
// largest polygon.
func (ft *feat) findAnchor() geo.Pixel {
	if len(ft.points) > 0 {
		return ft.points[0]
	}
	if len(ft.polys) > 0 {
		best, bestA := 0, -1.0
		for i, p := range ft.polys {
			if a := math.Abs(ringArea(p[0])); a > bestA {
				best, bestA = i, a
			}
		}
		return innerPoint(ft.polys[best])
	}
	best, bestL := 0, -1.0
	for i, l := range ft.lines {
		if n := lineLength(l); n > bestL {
			best, bestL = i, n
		}
	}
	return alongLine(ft.lines[best], 0.5*bestL)
}

// shortName drops a trailing parenthesis from a name for map labels:
// "VRAEM (Apurímac, Ene and Mantaro valleys)" becomes "VRAEM".
func shortName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}

// yearText formats an event's period for its marker: "2012", "2003–14",
// "1960–79", "2015–".
func yearText(p data.Period) string {
	from := strconv.Itoa(p.From)
	switch {
	case p.To == nil:
		return from + "–"
	case *p.To == p.From:
		return from
	case *p.To/100 == p.From/100:
		return fmt.Sprintf("%s–%02d", from, *p.To%100)
	default:
		return fmt.Sprintf("%s–%d", from, *p.To)
	}
}

// destinations returns one labelled end per distinct end point of the
// feature's lines, for a feature with a destination.
func destinations(lines [][]geo.Pixel) []dest {
	var out []dest
	seen := map[geo.Pixel]bool{}
	for i, l := range lines {
		end := l[len(l)-1]
		if seen[end] {
			continue
		}
		seen[end] = true
		out = append(out, dest{part: i})
	}
	return out
}

// shown reports whether ft is drawn for opt, and with what opacity (see
// data.Feature.OpacityIn).
func shown(ft *feat, opt *Options) (float64, bool) {
	if ft.user != nil {
		return ft.user.shown(opt)
	}
	if !opt.visibleLayer(ft.f.Layer) {
		return 0, false
	}
	a := ft.f.OpacityIn(opt.Year)
	return a, a > 0
}

// labelIn is the feature's label in a language ("es", else English).
func (ft *feat) labelIn(lang string) string {
	if lang == data.LangES {
		return ft.labelES
	}
	return ft.label
}

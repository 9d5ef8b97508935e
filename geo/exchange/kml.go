package exchange

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/paulmach/orb"
	"github.com/twpayne/go-kml/v3"

	"github.com/perutraffickingatlas/atlas/data"
)

// WriteKML writes the features Features(ds, opt) selects as a KML 2.2
// document: the bibliography in the document's description and
// ExtendedData, a shared Style per look, and a Folder per layer group
// (titled as in the Layers panel) with a sub-folder per layer where a
// group has several. Every Placemark has its name, a one-line snippet
// (years, approximate place, certainty marks), an HTML description of its
// sourced account, a TimeSpan for the time slider, its style, its
// geometry (rings wound counter-clockwise) and ExtendedData with the id,
// layer, precision, period and citations for tools that read fields.
func WriteKML(w io.Writer, ds *data.Dataset, opt Options) error {
	feats, err := Features(ds, opt)
	if err != nil {
		return err
	}
	styles := newStyleSheet()
	var folders []kml.Element
	for _, g := range data.Groups() {
		var groupItems []kml.Element
		for _, l := range g.Layers {
			var marks []kml.Element
			for _, f := range feats {
				if f.Layer != l {
					continue
				}
				pm, err := placemark(ds, f, styles.url(f), opt.Lang)
				if err != nil {
					return err
				}
				marks = append(marks, pm)
			}
			switch {
			case len(marks) == 0:
			case len(g.Layers) == 1:
				groupItems = append(groupItems, marks...)
			default:
				groupItems = append(groupItems, kml.Folder(append([]kml.Element{kml.Name(l.PluralTitle(opt.Lang))}, marks...)...))
			}
		}
		if len(groupItems) > 0 {
			folders = append(folders, kml.Folder(append([]kml.Element{kml.Name(g.Title(opt.Lang)), kml.Open(true)}, groupItems...)...))
		}
	}
	sources := CitedSources(ds, feats)
	doc := kml.Document(kml.Name(title(opt)), kml.Open(true), kml.Description(documentHTML(sources, opt)))
	doc.Append(styles.styles...) // the schema wants styles before ExtendedData
	doc.Append(documentData(sources, opt))
	doc.Append(folders...)
	if err := kml.KML(doc).WriteIndent(w, "", " "); err != nil {
		return fmt.Errorf("export KML: %w", err)
	}
	return nil
}

// documentData is the document's ExtendedData: what the export holds and
// the reference of every source it cites ("source_ID").
func documentData(sources []data.Source, opt Options) *kml.ExtendedDataElement {
	ed := kml.ExtendedData(kml.Data("lang", kml.Value(langOf(opt))))
	if opt.Generator != "" {
		ed.Append(kml.Data("generator", kml.Value(opt.Generator)))
	}
	if opt.Year != 0 {
		ed.Append(kml.Data("year", kml.Value(strconv.Itoa(opt.Year))))
	}
	for _, s := range sources {
		ed.Append(kml.Data("source_"+s.ID, kml.Value(s.Reference(opt.Lang))))
	}
	return ed
}

// langOf is the language the export is written in.
func langOf(opt Options) string {
	if opt.Lang == data.LangES {
		return data.LangES
	}
	return data.LangEN
}

// placemark writes one feature.
func placemark(ds *data.Dataset, f data.Feature, styleURL, lang string) (*kml.PlacemarkElement, error) {
	geom, err := kmlGeometry(normalize(f.Geometry))
	if err != nil {
		return nil, fmt.Errorf("export KML: feature %s: %w", f.ID, err)
	}
	cites, err := json.Marshal(f.Citations)
	if err != nil {
		return nil, fmt.Errorf("export KML: feature %s: %w", f.ID, err)
	}
	p := f.Period
	ed := kml.ExtendedData(
		kml.Data("id", kml.Value(f.ID)),
		kml.Data("layer", kml.Value(string(f.Layer))),
		kml.Data("precision", kml.Value(string(f.Precision))),
		kml.Data("from", kml.Value(strconv.Itoa(p.From))),
	)
	if p.To != nil {
		ed.Append(kml.Data("to", kml.Value(strconv.Itoa(*p.To))))
	}
	if p.ImpliedFrom != 0 {
		ed.Append(kml.Data("implied_from", kml.Value(strconv.Itoa(p.ImpliedFrom))))
	}
	ed.Append(
		kml.Data("approximate", kml.Value(f.Precision.Approximate() || p.Approximate)),
		kml.Data("certainty", kml.Value(string(f.Certainty()))),
		kml.Data("mark", kml.Value(f.Mark())),
		kml.Data("citations", kml.Value(string(cites))),
	)
	return kml.Placemark(
		kml.Name(f.NameIn(lang)),
		kml.Snippet(snippet(f, lang)).WithMaxLines(1),
		kml.Description(describeHTML(ds, f, lang)),
		timeSpan(p),
		kml.StyleURL(styleURL),
		ed,
		geom,
	), nil
}

// snippet is the line under a placemark's name in Google Earth's list:
// its years, "approximate place" where the place is, and its marks.
func snippet(f data.Feature, lang string) string {
	s := periodText(f.Period, lang)
	if f.Precision.Approximate() || f.PlaceInferred {
		s += say(lang, " \u00b7 approximate place", " \u00b7 lugar aproximado")
	}
	if m := f.Mark(); m != "" {
		s += " \u00b7 " + m
	}
	return s
}

// kmlGeometry writes an orb geometry as KML; lines and polygons follow
// the terrain (tessellate).
func kmlGeometry(g orb.Geometry) (kml.Element, error) {
	switch g := g.(type) {
	case orb.Point:
		return kml.Point(kml.Coordinates(coord(g))), nil
	case orb.LineString:
		return kml.LineString(kml.Tessellate(true), kml.Coordinates(coords(g)...)), nil
	case orb.Polygon:
		return polygon(g), nil
	case orb.MultiPoint:
		m := kml.MultiGeometry()
		for _, p := range g {
			m.Append(kml.Point(kml.Coordinates(coord(p))))
		}
		return m, nil
	case orb.MultiLineString:
		m := kml.MultiGeometry()
		for _, l := range g {
			m.Append(kml.LineString(kml.Tessellate(true), kml.Coordinates(coords(l)...)))
		}
		return m, nil
	case orb.MultiPolygon:
		m := kml.MultiGeometry()
		for _, p := range g {
			m.Append(polygon(p))
		}
		return m, nil
	case orb.Collection:
		m := kml.MultiGeometry()
		for _, c := range g {
			e, err := kmlGeometry(c)
			if err != nil {
				return nil, err
			}
			m.Append(e)
		}
		return m, nil
	case nil:
		return nil, fmt.Errorf("no geometry")
	}
	return nil, fmt.Errorf("geometry %s has no KML form", g.GeoJSONType())
}

func polygon(p orb.Polygon) *kml.PolygonElement {
	e := kml.Polygon(kml.Tessellate(true))
	for i, r := range p {
		ring := kml.LinearRing(kml.Coordinates(coords(orb.LineString(r))...))
		if i == 0 {
			e.Append(kml.OuterBoundaryIs(ring))
		} else {
			e.Append(kml.InnerBoundaryIs(ring))
		}
	}
	return e
}

func coord(p orb.Point) kml.Coordinate { return kml.Coordinate{Lon: p[0], Lat: p[1]} }

func coords(l orb.LineString) []kml.Coordinate {
	out := make([]kml.Coordinate, len(l))
	for i, p := range l {
		out[i] = coord(p)
	}
	return out
}

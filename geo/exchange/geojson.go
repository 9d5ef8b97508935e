package exchange

import (
	"encoding/json"
	"fmt"
	"image/color"
	"io"

	"github.com/paulmach/orb/geojson"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// SchemaRef names where the properties contract of the GeoJSON export is
// documented.
const SchemaRef = "data/README.md#schema"

// geoCollection is the exported FeatureCollection. "name", "atlas" and
// "sources" are foreign members (RFC 7946 section 6.1), which readers
// that do not know them ignore; there is no "crs" member: coordinates are
// WGS84 longitude and latitude.
type geoCollection struct {
	Type     string        `json:"type"`
	Name     string        `json:"name"`
	Atlas    exportMeta    `json:"atlas"`
	Sources  []data.Source `json:"sources"`
	Features []geoFeature  `json:"features"`
}

// exportMeta says what an export holds.
type exportMeta struct {
	Generator string   `json:"generator,omitempty"`
	Lang      string   `json:"lang"`
	Year      *int     `json:"year"` // null: every year
	Layers    []string `json:"layers"`
	Select    string   `json:"select,omitempty"`
	Schema    string   `json:"schema"`
}

type geoFeature struct {
	Type       string                     `json:"type"`
	ID         string                     `json:"id"`
	Geometry   *geojson.Geometry          `json:"geometry"`
	Properties map[string]json.RawMessage `json:"properties"`
}

// citeOut is a citation with its article's title.
type citeOut struct {
	Source  string `json:"source"`
	Title   string `json:"title,omitempty"`
	Locator string `json:"locator"`
	Note    string `json:"note,omitempty"`
}

// WriteGeoJSON writes the features Features(ds, opt) selects as an RFC
// 7946 FeatureCollection. Each feature's properties are the contract of
// data/README.md (as data.MarshalProperties writes it; citations gain the
// article's "title") plus, in opt.Lang: "title" (name), "layer_title",
// "description" (summary), "years", "place_note"; and flat fields for
// GIS filters and time controllers: "start_year", "end_year" (null when
// ongoing), "begin" and "end" as ISO dates, "place_approximate",
// "certainty", "certainty_title", "mark"; and simplestyle colours
// ("stroke", "stroke-width", "stroke-opacity", "fill", "fill-opacity",
// "marker-color") from the map's look, which geojson.io and others draw.
func WriteGeoJSON(w io.Writer, ds *data.Dataset, opt Options) error {
	feats, err := Features(ds, opt)
	if err != nil {
		return err
	}
	coll := geoCollection{Type: "FeatureCollection", Name: title(opt), Sources: CitedSources(ds, feats),
		Atlas: exportMeta{Generator: opt.Generator, Lang: langOf(opt), Select: opt.Select, Schema: SchemaRef, Layers: []string{}}}
	if opt.Year != 0 {
		y := opt.Year
		coll.Atlas.Year = &y
	}
	for _, l := range data.Layers() {
		if data.LayerOn(opt.Layers, l) {
			coll.Atlas.Layers = append(coll.Atlas.Layers, string(l))
		}
	}
	for _, f := range feats {
		props, err := geoProperties(ds, f, langOf(opt))
		if err != nil {
			return fmt.Errorf("export GeoJSON: %w", err)
		}
		coll.Features = append(coll.Features, geoFeature{Type: "Feature", ID: f.ID,
			Geometry: geojson.NewGeometry(normalize(f.Geometry)), Properties: props})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(coll); err != nil {
		return fmt.Errorf("export GeoJSON: %w", err)
	}
	return nil
}

// geoProperties returns f's exported properties.
func geoProperties(ds *data.Dataset, f data.Feature, lang string) (map[string]json.RawMessage, error) {
	b, err := data.MarshalProperties(f)
	if err != nil {
		return nil, err
	}
	props := map[string]json.RawMessage{}
	if err := json.Unmarshal(b, &props); err != nil {
		return nil, fmt.Errorf("feature %s: %w", f.ID, err)
	}
	cites := make([]citeOut, len(f.Citations))
	for i, c := range f.Citations {
		cites[i] = citeOut{Source: c.Source, Locator: c.Locator, Note: c.Note}
		if s, ok := ds.Source(c.Source); ok {
			cites[i].Title = s.Title
		}
	}
	p := f.Period
	var end, endDate any
	if p.To != nil {
		end, endDate = *p.To, fmt.Sprintf("%04d-12-31", *p.To)
	}
	look := overlay.LookOf(f)
	extra := map[string]any{
		"citations":         cites,
		"title":             f.NameIn(lang),
		"layer_title":       f.Layer.Title(lang),
		"description":       f.SummaryIn(lang),
		"years":             periodText(p, lang),
		"start_year":        p.Start(),
		"end_year":          end,
		"begin":             fmt.Sprintf("%04d-01-01", p.Start()),
		"end":               endDate,
		"place_approximate": f.Precision.Approximate() || f.PlaceInferred,
		"place_note":        placeText(f, lang),
		"certainty":         f.Certainty(),
		"certainty_title":   f.Certainty().Title(lang),
		"mark":              f.Mark(),
		"stroke":            hexRGB(look.Stroke),
		"stroke-width":      look.Width,
		"stroke-opacity":    opacity(look.Stroke),
		"fill":              hexRGB(look.Fill),
		"fill-opacity":      opacity(look.Fill),
		"marker-color":      hexRGB(markerColor(look)),
	}
	for k, v := range extra {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("feature %s: %s: %w", f.ID, k, err)
		}
		props[k] = b
	}
	return props, nil
}

// markerColor is a point's colour: its symbol's, else its line's.
func markerColor(l overlay.Look) color.NRGBA {
	if l.Symbol.A > 0 {
		return l.Symbol
	}
	return l.Stroke
}

func hexRGB(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// opacity is c's alpha from 0 to 1, to two decimals.
func opacity(c color.NRGBA) float64 { return float64(int(float64(c.A)/255*100+0.5)) / 100 }

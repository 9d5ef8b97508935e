package exchange

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// Sentinel errors wrapped by what the package returns.
var (
	// ErrFormat: a file name whose extension is neither .kml nor .geojson.
	ErrFormat = errors.New("exchange: unsupported format")
	// ErrUnknownFeature: Options.Select names no feature of the dataset.
	ErrUnknownFeature = errors.New("exchange: unknown feature")
	// ErrNothing: the year, layers and selection leave no feature to write.
	ErrNothing = errors.New("exchange: no feature to export")
)

// Format is a data file format the atlas exports.
type Format string

// The formats.
const (
	FormatKML     Format = "kml"     // KML 2.2, for Google Earth
	FormatGeoJSON Format = "geojson" // RFC 7946 GeoJSON, for any GIS
)

// FormatOf returns the format a file name's extension asks for: .kml, or
// .geojson (also .json). Case does not matter.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".kml":
		return FormatKML, nil
	case ".geojson", ".json":
		return FormatGeoJSON, nil
	}
	return "", fmt.Errorf("%w: %q: want .kml or .geojson", ErrFormat, name)
}

// Options choose what an export holds and in which language.
type Options struct {
	// Year, when not 0, keeps only the features the map shows in that
	// year (data.Feature.OnMapIn). 0 keeps every year: the file's own time
	// slider or filter chooses.
	Year int
	// Layers keeps only these layers; nil means all, an empty slice none.
	Layers []data.Layer
	// Select, when not "", keeps only the feature with that id.
	Select string
	// Lang is the language of names, summaries and the words around them:
	// "en" or "es"; anything else gets English. Citations, locators,
	// article titles and figures stay as the data has them.
	Lang string
	// Generator names the program and version in the file's metadata.
	Generator string
}

// Features returns the features an export with opt holds, in legend
// order (data.Groups, then each group's layers) and, within a layer, in
// the dataset's order. It fails with ErrUnknownFeature for a Select that
// is no feature's id and with ErrNothing when nothing is left.
func Features(ds *data.Dataset, opt Options) ([]data.Feature, error) {
	if opt.Select != "" {
		if _, ok := ds.ByID(opt.Select); !ok {
			return nil, fmt.Errorf("%w: %q", ErrUnknownFeature, opt.Select)
		}
	}
	var out []data.Feature
	for _, g := range data.Groups() {
		for _, l := range g.Layers {
			if !data.LayerOn(opt.Layers, l) {
				continue
			}
			for _, f := range ds.Layer(l) {
				if opt.Select != "" && f.ID != opt.Select {
					continue
				}
				if opt.Year != 0 && !f.OnMapIn(opt.Year, opt.Layers) {
					continue
				}
				out = append(out, f)
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNothing, opt.describe())
	}
	return out, nil
}

// describe says what opt asked for, for ErrNothing.
func (opt Options) describe() string {
	var parts []string
	if opt.Select != "" {
		parts = append(parts, "feature "+opt.Select)
	}
	if opt.Layers != nil {
		names := make([]string, len(opt.Layers))
		for i, l := range opt.Layers {
			names[i] = string(l)
		}
		parts = append(parts, "layers ["+strings.Join(names, ", ")+"]")
	}
	if opt.Year != 0 {
		parts = append(parts, fmt.Sprintf("year %d", opt.Year))
	}
	if len(parts) == 0 {
		return "the dataset is empty"
	}
	return "nothing on the map for " + strings.Join(parts, ", ")
}

// CitedSources returns the bibliography records the features cite (in
// citations, claims and conflict versions), in bibliography order.
func CitedSources(ds *data.Dataset, features []data.Feature) []data.Source {
	cited := map[string]bool{}
	for _, f := range features {
		for _, c := range citationsOf(f) {
			cited[c.Source] = true
		}
	}
	var out []data.Source
	for _, s := range ds.Sources {
		if cited[s.ID] {
			out = append(out, s)
		}
	}
	return out
}

// citationsOf returns every citation of f: its own, its claims' and its
// conflict versions'.
func citationsOf(f data.Feature) []data.Citation {
	out := append([]data.Citation(nil), f.Citations...)
	for _, c := range f.Claims {
		out = append(out, c.Citations...)
	}
	for _, c := range f.Conflicts {
		for _, v := range c.Versions {
			out = append(out, v.Citations...)
		}
	}
	return out
}

// Write writes the export of ds with opt in format to w.
func Write(w io.Writer, format Format, ds *data.Dataset, opt Options) error {
	switch format {
	case FormatKML:
		return WriteKML(w, ds, opt)
	case FormatGeoJSON:
		return WriteGeoJSON(w, ds, opt)
	}
	return fmt.Errorf("%w: %q", ErrFormat, format)
}

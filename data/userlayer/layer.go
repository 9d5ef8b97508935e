package userlayer

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
)

// Format is a file format a user layer can come in.
type Format string

// The formats.
const (
	FormatCSV     Format = "csv"
	FormatGeoJSON Format = "geojson"
	FormatKML     Format = "kml"
	FormatKMZ     Format = "kmz"
)

// Formats lists the formats in the order a file dialog offers them.
func Formats() []Format { return []Format{FormatCSV, FormatGeoJSON, FormatKML, FormatKMZ} }

// Extensions returns the file extensions of the formats, with the dot:
// for a file dialog's filter.
func Extensions() []string { return []string{".csv", ".geojson", ".json", ".kml", ".kmz"} }

// FormatOf returns the format a file name's extension says: .csv,
// .geojson or .json, .kml, .kmz (any case).
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return FormatCSV, nil
	case ".geojson", ".json":
		return FormatGeoJSON, nil
	case ".kml":
		return FormatKML, nil
	case ".kmz":
		return FormatKMZ, nil
	}
	return "", fmt.Errorf("%w: %s: want %s", ErrFormat, filepath.Base(name), strings.Join(Extensions(), ", "))
}

// Property is one field of a feature that the atlas does not interpret,
// as the file gives it (numbers and lists as their text).
type Property struct {
	Key, Value string
}

// Feature is one thing on a user's layer.
type Feature struct {
	Name          string
	NameES        string // Spanish name, when the file has a name_es column or property
	Description   string // plain text; KML's HTML is reduced to its text
	DescriptionES string
	// Geometry is a Point, LineString, Polygon, one of their Multi forms,
	// or a Collection of them (a KML MultiGeometry of mixed kinds), in
	// WGS84 longitude and latitude.
	Geometry orb.Geometry
	// Period is the span of years the feature is on the map; nil when the
	// file gives no date, and then it is shown in every year.
	Period *data.Period
	// Date is the day the file gives, as an ISO date (2014-03-15), when it
	// gives one for a one-day feature; else "".
	Date string
	// Folder is the path of the KML folders the Placemark was in
	// ("Towns / North"); "" for other formats.
	Folder string
	// Properties are the file's other fields, in file order.
	Properties []Property
	// Citations are the feature's sources when the file gives them: a
	// source and locator column in a CSV, or citations in the atlas's form
	// ([{"source", "locator", "note"}]) in GeoJSON or KML ExtendedData.
	Citations []data.Citation
	// Line is the line of the file the feature starts on (0 when unknown);
	// Index its 1-based number among the file's rows or features.
	Line, Index int
}

// OnMapIn reports whether the feature is shown in year: always when it
// has no period, else when its period contains the year.
func (f Feature) OnMapIn(year int) bool { return f.Period == nil || f.Period.Contains(year) }

// Label names the feature for messages and lists: its name, else
// "feature N".
func (f Feature) Label() string {
	if f.Name != "" {
		return f.Name
	}
	return fmt.Sprintf("feature %d", f.Index)
}

// Layer is a user's layer: what one file holds.
type Layer struct {
	// Name is the layer's title: the file's own (a KML Document's name, a
	// GeoJSON collection's "name") or, without one, the file name without
	// its extension.
	Name   string
	File   string // the file's base name
	Format Format
	// Features in file order.
	Features []Feature
	// Sources is the layer's own bibliography: the GeoJSON collection's
	// "sources" (the atlas's form), else one record per distinct source a
	// CSV's source column names.
	Sources []data.Source
	// Warnings are what the import noticed without refusing the file
	// (skipped geometries, how the dates were read ...).
	Warnings []Problem
	// Raw is the file as read, for a lesson's embedded copy: Read of Raw
	// with File, Format and DateOrder gives the layer back.
	Raw []byte
	// DateOrder is the Options.DateOrder the file was read with.
	DateOrder DateOrder
}

// OnMapIn returns the features shown in year, in file order.
func (l *Layer) OnMapIn(year int) []Feature {
	var out []Feature
	for _, f := range l.Features {
		if f.OnMapIn(year) {
			out = append(out, f)
		}
	}
	return out
}

// Source returns the layer's source with the given id.
func (l *Layer) Source(id string) (data.Source, bool) {
	for _, s := range l.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return data.Source{}, false
}

// Limits bound what an import reads.
type Limits struct {
	Bytes    int64 // the file, and a KMZ's KML once unzipped
	Features int   // features (rows, Placemarks) in the file
	Vertices int   // coordinates in all geometries together
	Problems int   // problems reported one by one; the rest are counted
}

// DefaultLimits returns the limits a zero Limits means: 16 MiB, 10,000
// features, 500,000 vertices, 50 problems. A teacher's town list or a
// survey's district polygons fit with room to spare (the whole atlas
// exports to about 0.4 MB, 77 features and 10,000 vertices), and the
// window can draw that much every frame.
func DefaultLimits() Limits {
	return Limits{Bytes: 16 << 20, Features: 10000, Vertices: 500000, Problems: 50}
}

// orDefault fills zero fields from DefaultLimits.
func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	if l.Bytes <= 0 {
		l.Bytes = d.Bytes
	}
	if l.Features <= 0 {
		l.Features = d.Features
	}
	if l.Vertices <= 0 {
		l.Vertices = d.Vertices
	}
	if l.Problems <= 0 {
		l.Problems = d.Problems
	}
	return l
}

package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/perutraffickingatlas/atlas/internal/jsondoc"
)

// ErrFormat is wrapped by every error about malformed input files.
var ErrFormat = errors.New("data: malformed file")

// Limits of a GeoJSON file Parse reads: the atlas's own files are far
// below them; a user's file over them is refused with its name.
const (
	MaxFileSize = 32 << 20  // bytes
	MaxFeatures = 10000     // features in one file
	MaxVertices = 2_000_000 // coordinates in one file
	MaxSources  = 10000     // records in one bibliography
)

// props is the JSON form of a Feature's properties.
type props struct {
	ID            string     `json:"id"`
	Layer         Layer      `json:"layer"`
	Name          string     `json:"name"`
	NameES        string     `json:"name_es,omitempty"`
	Kind          string     `json:"kind,omitempty"`
	Status        string     `json:"status,omitempty"`
	Faction       string     `json:"faction,omitempty"`
	Mode          Mode       `json:"mode,omitempty"`
	ModeAssumed   bool       `json:"mode_assumed,omitempty"`
	Destination   string     `json:"destination,omitempty"`
	DestinationES string     `json:"destination_es,omitempty"`
	Period        *Period    `json:"period"`
	Summary       string     `json:"summary"`
	SummaryES     string     `json:"summary_es,omitempty"`
	Claims        []Claim    `json:"claims,omitempty"`
	Figures       []Figure   `json:"figures"`
	Citations     []Citation `json:"citations"`
	Precision     Precision  `json:"precision"`
	PlaceInferred bool       `json:"place_inferred,omitempty"`
	GeoNames      []int      `json:"geonames,omitempty"`
	Related       []string   `json:"related"`
	Conflicts     []Conflict `json:"conflicts"`
}

type rawFeature struct {
	Type       string            `json:"type"`
	ID         json.RawMessage   `json:"id,omitempty"`
	Geometry   *geojson.Geometry `json:"geometry"`
	Properties json.RawMessage   `json:"properties"`
}

type rawCollection struct {
	Type     string       `json:"type"`
	Name     string       `json:"name,omitempty"`
	Features []rawFeature `json:"features"`
}

// Parse reads one GeoJSON FeatureCollection of atlas features; name is the
// file name used in errors and stored in each Feature's File. It checks the
// structure only; Validate checks the content.
//
// The file must be UTF-8 (a byte order mark is accepted), at most
// MaxFileSize bytes, one JSON document with nothing after it, of at most
// MaxFeatures features and MaxVertices coordinates; a feature's top-level
// id, when present, must repeat properties.id.
func Parse(r io.Reader, name string) ([]Feature, error) {
	b, err := jsondoc.Read(r, MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w: %w", name, ErrFormat, err)
	}
	var coll rawCollection
	if err := jsondoc.DecodeOpen(b, &coll, nil); err != nil {
		return nil, fmt.Errorf("load %s: %w: %w", name, ErrFormat, err)
	}
	if coll.Type != "FeatureCollection" {
		return nil, fmt.Errorf("load %s: %w: type is %q, want FeatureCollection", name, ErrFormat, coll.Type)
	}
	if n := len(coll.Features); n > MaxFeatures {
		return nil, fmt.Errorf("load %s: %w: %d features, more than %d", name, ErrFormat, n, MaxFeatures)
	}
	vertices := 0
	out := make([]Feature, 0, len(coll.Features))
	for i, rf := range coll.Features {
		f, err := decodeFeature(rf)
		if err == nil {
			if vertices += CountVertices(f.Geometry); vertices > MaxVertices {
				err = fmt.Errorf("%w: more than %d coordinates in the file", ErrFormat, MaxVertices)
			}
		}
		if err != nil {
			who := fmt.Sprintf("feature #%d", i)
			if f.ID != "" {
				who = "feature " + f.ID
			}
			return nil, fmt.Errorf("load %s: %s: %w", name, who, err)
		}
		f.File = name
		out = append(out, f)
	}
	return out, nil
}

func decodeFeature(rf rawFeature) (Feature, error) {
	if rf.Type != "Feature" {
		return Feature{}, fmt.Errorf("%w: type is %q, want Feature", ErrFormat, rf.Type)
	}
	if len(rf.Properties) == 0 || bytes.Equal(rf.Properties, []byte("null")) {
		return Feature{}, fmt.Errorf("%w: no properties", ErrFormat)
	}
	var p props
	if err := json.Unmarshal(rf.Properties, &p); err != nil {
		return Feature{}, fmt.Errorf("%w: properties: %v", ErrFormat, err)
	}
	f := Feature{ID: p.ID, Layer: p.Layer, Name: p.Name, NameES: p.NameES, Kind: p.Kind,
		Status: p.Status, Faction: p.Faction, Mode: p.Mode, ModeAssumed: p.ModeAssumed,
		Destination: p.Destination, DestinationES: p.DestinationES, Summary: p.Summary, SummaryES: p.SummaryES,
		Claims: p.Claims, Figures: p.Figures, Citations: p.Citations, Precision: p.Precision,
		PlaceInferred: p.PlaceInferred, GeoNames: p.GeoNames, Related: p.Related, Conflicts: p.Conflicts}
	if p.Period == nil {
		return f, fmt.Errorf("%w: no period", ErrFormat)
	}
	f.Period = *p.Period
	if rf.Geometry != nil {
		f.Geometry = rf.Geometry.Geometry()
	}
	if len(rf.ID) > 0 && !bytes.Equal(rf.ID, []byte("null")) {
		var id string
		if json.Unmarshal(rf.ID, &id) != nil || id != p.ID {
			return f, fmt.Errorf("%w: top-level id %s differs from properties.id %q", ErrFormat, rf.ID, p.ID)
		}
	}
	return f, nil
}

// CountVertices counts the coordinates of g, of every member of a
// collection too: what the loaders measure against their vertex limits.
func CountVertices(g orb.Geometry) int {
	switch g := g.(type) {
	case orb.Point:
		return 1
	case orb.MultiPoint:
		return len(g)
	case orb.LineString:
		return len(g)
	case orb.MultiLineString:
		n := 0
		for _, l := range g {
			n += len(l)
		}
		return n
	case orb.Polygon:
		n := 0
		for _, r := range g {
			n += len(r)
		}
		return n
	case orb.MultiPolygon:
		n := 0
		for _, p := range g {
			n += CountVertices(p)
		}
		return n
	case orb.Collection:
		n := 0
		for _, x := range g {
			n += CountVertices(x)
		}
		return n
	}
	return 0
}

// MarshalCollection writes features as an indented GeoJSON FeatureCollection
// with a name member, in the form Parse reads.
func MarshalCollection(name string, features []Feature) ([]byte, error) {
	type outFeature struct {
		Type       string            `json:"type"`
		ID         string            `json:"id"`
		Geometry   *geojson.Geometry `json:"geometry"`
		Properties props             `json:"properties"`
	}
	type outCollection struct {
		Type     string       `json:"type"`
		Name     string       `json:"name"`
		Features []outFeature `json:"features"`
	}
	coll := outCollection{Type: "FeatureCollection", Name: name, Features: []outFeature{}}
	for _, f := range features {
		if f.Geometry == nil {
			return nil, fmt.Errorf("marshal %s: feature %s: %w: no geometry", name, f.ID, ErrFormat)
		}
		coll.Features = append(coll.Features, outFeature{Type: "Feature", ID: f.ID,
			Geometry: geojson.NewGeometry(f.Geometry), Properties: propsOf(f)})
	}
	b, err := json.MarshalIndent(coll, "", " ")
	if err != nil {
		return nil, fmt.Errorf("marshal %s: %w", name, err)
	}
	return append(b, '\n'), nil
}

// propsOf returns the JSON form of f's properties.
func propsOf(f Feature) props {
	period := f.Period
	return props{ID: f.ID, Layer: f.Layer, Name: f.Name, NameES: f.NameES, Kind: f.Kind,
		Status: f.Status, Faction: f.Faction, Mode: f.Mode, ModeAssumed: f.ModeAssumed,
		Destination: f.Destination, DestinationES: f.DestinationES, Period: &period, Summary: f.Summary,
		SummaryES: f.SummaryES, Claims: f.Claims, Figures: nonNil(f.Figures),
		Citations: nonNil(f.Citations), Precision: f.Precision, PlaceInferred: f.PlaceInferred,
		GeoNames: f.GeoNames, Related: nonNil(f.Related),
		Conflicts: nonNil(f.Conflicts)}
}

// MarshalProperties writes f's properties as the JSON object the schema
// in data/README.md documents (the contract exports and other tools rely
// on), exactly as MarshalCollection writes them in a file.
func MarshalProperties(f Feature) ([]byte, error) {
	b, err := json.Marshal(propsOf(f))
	if err != nil {
		return nil, fmt.Errorf("marshal feature %s: %w", f.ID, err)
	}
	return b, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ParseSources reads a bibliography: a JSON array of Source records,
// under the same rules as Parse (UTF-8, at most MaxFileSize bytes, one
// document), with no member a Source does not have (a misspelt "titel"
// is named, not lost), and at most MaxSources records.
func ParseSources(r io.Reader, name string) ([]Source, error) {
	b, err := jsondoc.Read(r, MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w: %w", name, ErrFormat, err)
	}
	var src []Source
	if err := jsondoc.Decode(b, &src, nil); err != nil {
		return nil, fmt.Errorf("load %s: %w: %w", name, ErrFormat, err)
	}
	if len(src) > MaxSources {
		return nil, fmt.Errorf("load %s: %w: %d sources, more than %d", name, ErrFormat, len(src), MaxSources)
	}
	return src, nil
}

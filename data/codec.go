package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/paulmach/orb/geojson"
)

// ErrFormat is wrapped by every error about malformed input files.
var ErrFormat = errors.New("data: malformed file")

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
func Parse(r io.Reader, name string) ([]Feature, error) {
	var coll rawCollection
	dec := json.NewDecoder(r)
	if err := dec.Decode(&coll); err != nil {
		return nil, fmt.Errorf("load %s: %w: %v", name, ErrFormat, err)
	}
	if coll.Type != "FeatureCollection" {
		return nil, fmt.Errorf("load %s: %w: type is %q, want FeatureCollection", name, ErrFormat, coll.Type)
	}
	out := make([]Feature, 0, len(coll.Features))
	for i, rf := range coll.Features {
		f, err := decodeFeature(rf)
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
		Destination: p.Destination, Summary: p.Summary, SummaryES: p.SummaryES,
		Claims: p.Claims, Figures: p.Figures, Citations: p.Citations, Precision: p.Precision,
		PlaceInferred: p.PlaceInferred, GeoNames: p.GeoNames, Related: p.Related, Conflicts: p.Conflicts}
	if p.Period == nil {
		return f, fmt.Errorf("%w: no period", ErrFormat)
	}
	f.Period = *p.Period
	if rf.Geometry != nil {
		f.Geometry = rf.Geometry.Geometry()
	}
	return f, nil
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
		Destination: f.Destination, Period: &period, Summary: f.Summary,
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

// ParseSources reads a bibliography: a JSON array of Source records.
func ParseSources(r io.Reader, name string) ([]Source, error) {
	var src []Source
	if err := json.NewDecoder(r).Decode(&src); err != nil {
		return nil, fmt.Errorf("load %s: %w: %v", name, ErrFormat, err)
	}
	return src, nil
}

package userlayer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/paulmach/orb/geojson"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/internal/jsondoc"
)

// member is one member of a JSON object, in file order.
type member struct {
	key string
	raw json.RawMessage
}

// rawItem is a feature's JSON and the line it starts on.
type rawItem struct {
	line int
	raw  json.RawMessage
}

// readGeoJSON reads a FeatureCollection (or one Feature, or a bare
// geometry) with its foreign members "name" (the layer's title) and
// "sources" (the layer's bibliography in the atlas's form).
func readGeoJSON(ctx context.Context, b []byte, c *collector, l *Layer, opt Options) []record {
	top, items, err := walkGeoJSON(b, opt.Limits.Features)
	if err != nil {
		c.errorf(errLine(b, err), "", "", "%v", err)
		return nil
	}
	var typ string
	for _, m := range top {
		switch m.key {
		case "type":
			_ = json.Unmarshal(m.raw, &typ)
		case "name":
			var name string
			if json.Unmarshal(m.raw, &name) == nil && strings.TrimSpace(name) != "" {
				l.Name = strings.TrimSpace(name)
			}
		case "crs":
			if s := string(m.raw); !strings.Contains(s, "CRS84") && !strings.Contains(s, "4326") {
				c.errorf(0, "", "", "the file's crs is %s: coordinates must be WGS84 longitude and latitude (EPSG:4326); in QGIS, Export > Save Features As... with CRS EPSG:4326", s)
				return nil
			}
		case "sources":
			if err := json.Unmarshal(m.raw, &l.Sources); err != nil {
				l.Sources = nil
				c.warnf(0, "", "sources", "not a list of sources in the atlas's form ({\"id\", \"title\", \"year\" ...}); ignored")
			}
		}
	}
	switch typ {
	case "FeatureCollection":
	case "Feature":
		items = []rawItem{{line: 1, raw: b}}
	case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection":
		c.warnf(1, "", "", "a bare %s: read as one feature without a name", typ)
		items = []rawItem{{line: 1, raw: json.RawMessage(`{"type":"Feature","properties":{},"geometry":` + string(b) + `}`)}}
	default:
		c.errorf(1, "", "", "type %q: want a GeoJSON FeatureCollection", typ)
		return nil
	}
	if len(items) > opt.Limits.Features {
		c.errorf(items[opt.Limits.Features].line, "", "", "more than %d features: split the file", opt.Limits.Features)
		return nil
	}
	var recs []record
	for i, it := range items {
		if i%512 == 0 && ctx.Err() != nil {
			return nil
		}
		before := c.errors
		r, ok := geoRecord(it, i+1, c)
		r.bad = c.errors > before
		switch {
		case ok:
			recs = append(recs, r)
		case r.bad:
			c.skip()
		}
	}
	return recs
}

// walkGeoJSON reads the top-level object's members in order, and the
// features array item by item with the line each starts on, stopping
// after max+1 features.
func walkGeoJSON(b []byte, max int) ([]member, []rawItem, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		if err != nil {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("not a GeoJSON object")
	}
	var top []member
	var items []rawItem
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		k, _ := t.(string)
		if k != "features" {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, nil, err
			}
			top = append(top, member{k, raw})
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			if err != nil {
				return nil, nil, err
			}
			return nil, nil, fmt.Errorf("features: want a list of features")
		}
		for dec.More() && len(items) <= max {
			line := lineAt(b, dec.InputOffset())
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, nil, err
			}
			items = append(items, rawItem{line, raw})
		}
		if len(items) > max {
			return top, items, nil
		}
		if _, err := dec.Token(); err != nil {
			return nil, nil, err
		}
	}
	return top, items, nil
}

// lineAt returns the line of the first byte at or after off that is not
// white space or a comma: where the next JSON value starts.
func lineAt(b []byte, off int64) int {
	i := int(off)
	for i < len(b) && strings.IndexByte(" \t\r\n,", b[i]) >= 0 {
		i++
	}
	line, _ := jsondoc.LineCol(b, i)
	return line
}

// errLine returns the line a JSON error points at, or 0.
func errLine(b []byte, err error) int {
	if off, ok := jsondoc.Offset(err); ok {
		line, _ := jsondoc.LineCol(b, int(off))
		return line
	}
	return 0
}

// geoRecord reads one feature. A feature without geometry is skipped
// with a warning.
func geoRecord(it rawItem, index int, c *collector) (record, bool) {
	r := record{line: it.line, index: index, label: fmt.Sprintf("feature %d", index)}
	var f struct {
		Type       string          `json:"type"`
		ID         json.RawMessage `json:"id"`
		Geometry   json.RawMessage `json:"geometry"`
		Properties json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(it.raw, &f); err != nil {
		c.errorf(it.line, r.label, "", "not a GeoJSON feature: %v", err)
		return r, false
	}
	if f.Type != "Feature" {
		c.errorf(it.line, r.label, "", "type %q: want Feature", f.Type)
		return r, false
	}
	props, err := members(f.Properties)
	if err != nil {
		c.errorf(it.line, r.label, "properties", "%v", err)
		return r, false
	}
	if len(f.ID) > 0 && string(f.ID) != "null" {
		r.props = append(r.props, Property{Key: "id", Value: jsonText(f.ID)})
	}
	hasPeriod := false
	for _, m := range props {
		hasPeriod = hasPeriod || m.key == "period"
	}
	for _, m := range props {
		switch m.key {
		case "period":
			var p data.Period
			if err := json.Unmarshal(m.raw, &p); err != nil {
				c.errorf(it.line, r.label, m.key, "want {\"from\": 2014, \"to\": 2016 or null}: %v", err)
				continue
			}
			r.period = &p
		case "citations":
			if err := json.Unmarshal(m.raw, &r.citations); err != nil {
				c.errorf(it.line, r.label, m.key, "want a list of {\"source\", \"locator\", \"note\"}: %v", err)
			}
		default:
			text := jsonText(m.raw)
			f := fieldOf(m.key)
			if hasPeriod && isDateField(f) || f == fieldLat || f == fieldLon || m.raw[0] == '{' || m.raw[0] == '[' || !r.set(f, m.key, text) {
				if string(m.raw) != "null" {
					r.props = append(r.props, Property{Key: m.key, Value: text})
				}
			}
		}
	}
	if name := r.text(fieldName); name != "" {
		r.label += " (" + name + ")"
	}
	if len(f.Geometry) == 0 || string(f.Geometry) == "null" {
		c.warnf(it.line, r.label, "", "no geometry: not drawn, left out")
		return r, false
	}
	var g geojson.Geometry
	if err := json.Unmarshal(f.Geometry, &g); err != nil {
		c.errorf(it.line, r.label, "geometry", "%v", err)
		return r, false
	}
	r.geom = g.Geometry()
	return r, true
}

// members returns a JSON object's members in file order; null or absent
// is no members.
func members(raw json.RawMessage) ([]member, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("want an object")
	}
	var out []member
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, member{t.(string), v})
	}
	return out, nil
}

// jsonText is a JSON value as text: a string unquoted, anything else as
// its compact JSON.
func jsonText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) == nil {
		return buf.String()
	}
	return string(raw)
}

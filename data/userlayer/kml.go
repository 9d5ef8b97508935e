package userlayer

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// maxKMLDepth bounds how deeply KML elements may nest; real files stay
// under 20.
const maxKMLDepth = 64

// kmlReader walks a KML document token by token, so every Placemark keeps
// its line and nesting stays bounded. Elements are matched by local name:
// KML 2.0, 2.1, 2.2 and Google's gx extensions read alike.
type kmlReader struct {
	c        *collector
	l        *Layer
	lim      Limits
	dec      *xml.Decoder
	stack    []string
	folders  []kmlFolder
	pm       *kmlPlacemark
	capture  int // stack depth of the element whose text is captured, 0 for none
	text     strings.Builder
	recs     []record
	vertices int
	warned   map[string]bool
	named    bool // the layer has taken a Document's name
	// placemarks counts the Placemarks begun: a Placemark's number in
	// messages, whether or not an earlier one was left out.
	placemarks int
}

// kmlFolder is an open Document or Folder and its name.
type kmlFolder struct {
	document bool
	name     string
}

// kmlPlacemark is the Placemark being read.
type kmlPlacemark struct {
	line, index       int
	name, description string
	begin, end, when  string
	data              []Property
	dataName          string
	coords            []orb.Point
	outer             orb.Ring
	inner             []orb.Ring
	inRing            string // "outer" or "inner" inside a Polygon's boundary
	geoms             []orb.Geometry
	bad               bool
}

// readKML reads a KML document's Placemarks, flattening its folders.
func readKML(ctx context.Context, b []byte, c *collector, l *Layer, opt Options) []record {
	k := &kmlReader{c: c, l: l, lim: opt.Limits, warned: map[string]bool{}}
	k.dec = xml.NewDecoder(bytes.NewReader(b))
	// The text is UTF-8 already (checked before); a declared encoding
	// such as ISO-8859-1 on UTF-8 text is read as UTF-8.
	k.dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return nil
		}
		tok, err := k.dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := k.dec.InputPos()
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				line = se.Line
			}
			c.errorf(line, "", "", "not well-formed XML: %v", strings.TrimPrefix(err.Error(), "XML syntax error on line "+strconv.Itoa(line)+": "))
			return nil
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !k.start(t) {
				return nil
			}
		case xml.CharData:
			if k.capture > 0 {
				k.text.Write(t)
			}
		case xml.EndElement:
			if !k.end() {
				return nil
			}
		}
	}
	return k.recs
}

// line is the decoder's current line.
func (k *kmlReader) line() int {
	l, _ := k.dec.InputPos()
	return l
}

// warnOnce warns about something once per file.
func (k *kmlReader) warnOnce(what, format string, args ...any) {
	if !k.warned[what] {
		k.warned[what] = true
		k.c.warnf(k.line(), "", "", format, args...)
	}
}

// parent is the local name of the element enclosing the current one.
func (k *kmlReader) parent() string { return k.up(1) }

// up is the local name of the element n levels above the current one, or
// "".
func (k *kmlReader) up(n int) string {
	if len(k.stack) < n+1 {
		return ""
	}
	return k.stack[len(k.stack)-1-n]
}

// start handles a start element; false stops the read.
func (k *kmlReader) start(t xml.StartElement) bool {
	name := t.Name.Local
	if len(k.stack) >= maxKMLDepth {
		k.c.errorf(k.line(), "", "", "elements nest more than %d deep", maxKMLDepth)
		return false
	}
	k.stack = append(k.stack, name)
	if len(k.stack) == 1 && name != "kml" {
		k.c.errorf(k.line(), "", "", "the root element is <%s>, not <kml>: not a KML file", name)
		return false
	}
	parent := k.parent()
	switch name {
	case "Document", "Folder":
		k.folders = append(k.folders, kmlFolder{document: name == "Document"})
	case "Placemark":
		if k.pm != nil {
			k.c.errorf(k.line(), "", "", "a Placemark inside a Placemark")
			return false
		}
		if len(k.recs) >= k.lim.Features {
			k.c.errorf(k.line(), "", "", "more than %d Placemarks: split the file", k.lim.Features)
			return false
		}
		k.placemarks++
		k.pm = &kmlPlacemark{line: k.line(), index: k.placemarks}
	case "NetworkLink":
		k.warnOnce(name, "network links are not followed: save the linked file and add it itself")
	case "GroundOverlay", "ScreenOverlay", "PhotoOverlay":
		k.warnOnce(name, "%s images are not shown: only Placemarks are read", name)
	}
	if k.pm == nil {
		if name == "name" && (parent == "Document" || parent == "Folder") {
			k.capture = len(k.stack)
		}
		return true
	}
	switch name {
	case "name", "description":
		if parent == "Placemark" {
			k.capture = len(k.stack)
		}
	case "begin", "end":
		if parent == "TimeSpan" && k.up(2) == "Placemark" { // not a view's gx:TimeSpan
			k.capture = len(k.stack)
		}
	case "when":
		if parent == "TimeStamp" && k.up(2) == "Placemark" {
			k.capture = len(k.stack)
		}
	case "Point", "LineString", "LinearRing":
		k.pm.coords = nil
	case "coordinates":
		if parent == "Point" || parent == "LineString" || parent == "LinearRing" {
			k.capture = len(k.stack)
		}
	case "Data", "SimpleData":
		k.pm.dataName = ""
		for _, a := range t.Attr {
			if a.Name.Local == "name" {
				k.pm.dataName = a.Value
			}
		}
		if name == "SimpleData" {
			k.capture = len(k.stack)
		}
	case "value":
		if parent == "Data" {
			k.capture = len(k.stack)
		}
	case "outerBoundaryIs":
		k.pm.inRing = "outer"
	case "innerBoundaryIs":
		k.pm.inRing = "inner"
	case "Polygon":
		k.pm.outer, k.pm.inner = nil, nil
	case "Model", "Track", "MultiTrack":
		k.warnOnce(name, "%s geometries are not read: only Point, LineString, Polygon and MultiGeometry", name)
	}
	return true
}

// end handles an end element; false stops the read.
func (k *kmlReader) end() bool {
	name := k.stack[len(k.stack)-1]
	text := ""
	if k.capture == len(k.stack) {
		text = strings.TrimSpace(k.text.String())
		k.text.Reset()
		k.capture = 0
	}
	parent := k.parent()
	k.stack = k.stack[:len(k.stack)-1]
	if k.pm == nil {
		switch {
		case name == "name" && (parent == "Document" || parent == "Folder") && len(k.folders) > 0:
			f := &k.folders[len(k.folders)-1]
			f.name = text
			if f.document && !k.named && text != "" {
				k.l.Name, k.named = text, true
			}
		case name == "Document" || name == "Folder":
			k.folders = k.folders[:len(k.folders)-1]
		}
		return true
	}
	pm := k.pm
	switch name {
	case "name":
		if parent == "Placemark" {
			pm.name = text
		}
	case "description":
		if parent == "Placemark" {
			pm.description = htmlText(text)
		}
	case "begin", "end", "when":
		if k.up(1) == "Placemark" { // after the pop: the TimeSpan's parent
			switch name {
			case "begin":
				pm.begin = text
			case "end":
				pm.end = text
			default:
				pm.when = text
			}
		}
	case "value", "SimpleData":
		if pm.dataName != "" {
			pm.data = append(pm.data, Property{Key: pm.dataName, Value: text})
		}
	case "coordinates":
		pts, err := parseCoordinates(text)
		if err != nil {
			k.c.errorf(k.line(), k.label(pm), "", "%v", err)
			pm.bad = true
		}
		k.vertices += len(pts)
		if k.vertices > k.lim.Vertices {
			k.c.fileErrorf(k.line(), k.label(pm), "", "more than %d coordinates in the file: simplify the shapes or split the file", k.lim.Vertices)
			return false
		}
		pm.coords = pts
	case "Point":
		if len(pm.coords) != 1 {
			k.c.errorf(k.line(), k.label(pm), "", "a Point has %d coordinates, want 1", len(pm.coords))
			pm.bad = true
		} else {
			pm.geoms = append(pm.geoms, pm.coords[0])
		}
	case "LineString":
		pm.geoms = append(pm.geoms, orb.LineString(pm.coords))
	case "LinearRing":
		r := orb.Ring(pm.coords)
		if len(r) >= 3 && !r.Closed() {
			r = append(r, r[0])
			k.warnOnce("open ring", "%s: a polygon ring does not end on its first point; it was closed", k.label(pm))
		}
		if pm.inRing == "inner" {
			pm.inner = append(pm.inner, r)
		} else {
			pm.outer = r
		}
	case "Polygon":
		pm.geoms = append(pm.geoms, append(orb.Polygon{pm.outer}, pm.inner...))
	case "Placemark":
		k.finish(pm)
		k.pm = nil
	}
	return true
}

// label names a Placemark in problems.
func (k *kmlReader) label(pm *kmlPlacemark) string {
	s := fmt.Sprintf("Placemark %d", pm.index)
	if pm.name != "" {
		s += " (" + pm.name + ")"
	}
	return s
}

// finish turns a Placemark into a record.
func (k *kmlReader) finish(pm *kmlPlacemark) {
	if pm.bad {
		k.c.skip()
		return
	}
	r := record{line: pm.line, index: pm.index, label: k.label(pm), folder: k.folderPath()}
	if len(pm.geoms) == 0 {
		k.c.warnf(pm.line, r.label, "", "no Point, LineString or Polygon: left out")
		return
	}
	r.geom = combine(pm.geoms)
	r.set(fieldName, "name", pm.name)
	r.set(fieldDesc, "description", pm.description)
	timed := pm.begin != "" || pm.end != "" || pm.when != ""
	if pm.begin != "" {
		r.set(fieldFrom, "TimeSpan begin", pm.begin)
	}
	if pm.end != "" {
		r.set(fieldTo, "TimeSpan end", pm.end)
	}
	if pm.when != "" {
		r.set(fieldDate, "TimeStamp when", pm.when)
	}
	for _, d := range pm.data {
		f := fieldOf(d.Key)
		switch {
		case d.Key == "citations" && json.Unmarshal([]byte(d.Value), &r.citations) == nil:
		case f == fieldLat || f == fieldLon || (timed && isDateField(f)) || !r.set(f, d.Key, d.Value):
			r.props = append(r.props, d)
		}
	}
	k.recs = append(k.recs, r)
}

// folderPath joins the names of the open folders (not documents).
func (k *kmlReader) folderPath() string {
	var names []string
	for _, f := range k.folders {
		if !f.document && f.name != "" {
			names = append(names, f.name)
		}
	}
	return strings.Join(names, " / ")
}

// combine makes one geometry of a Placemark's: itself when alone, a Multi
// form when all are of a kind, else a Collection.
func combine(gs []orb.Geometry) orb.Geometry {
	if len(gs) == 1 {
		return gs[0]
	}
	var mp orb.MultiPoint
	var ml orb.MultiLineString
	var mpoly orb.MultiPolygon
	for _, g := range gs {
		switch g := g.(type) {
		case orb.Point:
			mp = append(mp, g)
		case orb.LineString:
			ml = append(ml, g)
		case orb.Polygon:
			mpoly = append(mpoly, g)
		}
	}
	switch len(gs) {
	case len(mp):
		return mp
	case len(ml):
		return ml
	case len(mpoly):
		return mpoly
	}
	return orb.Collection(gs)
}

var commaSpace = regexp.MustCompile(`\s*,\s*`)

// parseCoordinates reads a KML coordinates text: tuples lon,lat[,alt]
// separated by white space (spaces after the commas tolerated).
func parseCoordinates(s string) ([]orb.Point, error) {
	var out []orb.Point
	for i, tuple := range strings.Fields(commaSpace.ReplaceAllString(s, ",")) {
		parts := strings.Split(tuple, ",")
		if len(parts) < 2 || len(parts) > 3 {
			return nil, fmt.Errorf("coordinate %d %q is not longitude,latitude[,altitude]", i+1, tuple)
		}
		lon, err1 := strconv.ParseFloat(parts[0], 64)
		lat, err2 := strconv.ParseFloat(parts[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("coordinate %d %q is not two decimal numbers", i+1, tuple)
		}
		out = append(out, orb.Point{lon, lat})
	}
	return out, nil
}

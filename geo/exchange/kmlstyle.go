package exchange

import (
	"encoding/xml"
	"fmt"
	"image/color"

	"github.com/twpayne/go-kml/v3"
	"github.com/twpayne/go-kml/v3/icon"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// colorElement is a KML colour element (<color>aabbggrr</color>) from a
// non-premultiplied colour. go-kml's Color takes a color.Color, whose
// RGBA is premultiplied, which would darken every translucent fill.
type colorElement color.NRGBA

// MarshalXML implements xml.Marshaler.
func (c colorElement) MarshalXML(enc *xml.Encoder, _ xml.StartElement) error {
	return enc.EncodeElement(fmt.Sprintf("%02x%02x%02x%02x", c.A, c.B, c.G, c.R),
		xml.StartElement{Name: xml.Name{Local: "color"}})
}

// yearElement is a TimeSpan's begin or end at a year's first or last
// day, as an XML Schema date ("1985-01-01", "2014-12-31"). KML also allows
// a bare gYear ("1985"), which Google Earth reads as the whole year, but
// GDAL's LIBKML driver (ogrinfo, QGIS) reads only dates and date-times;
// a date serves both and keeps the last year inclusive.
type yearElement struct {
	end  bool
	year int
}

// MarshalXML implements xml.Marshaler.
func (y yearElement) MarshalXML(enc *xml.Encoder, _ xml.StartElement) error {
	name, day := "begin", "01-01"
	if y.end {
		name, day = "end", "12-31"
	}
	return enc.EncodeElement(fmt.Sprintf("%04d-%s", y.year, day), xml.StartElement{Name: xml.Name{Local: name}})
}

// timeSpan returns the KML TimeSpan of a period: from the first day of
// its first year on the map (the implied years included) to the last day
// of its last year, with no end when it is ongoing.
func timeSpan(p data.Period) *kml.TimeSpanElement {
	ts := kml.TimeSpan(yearElement{year: p.Start()})
	if p.To != nil {
		ts.Append(yearElement{end: true, year: *p.To})
	}
	return ts
}

// iconHref picks a standard Google Earth icon close to the map's symbol
// of a layer; the style's colour tints it.
func iconHref(l data.Layer) string {
	switch l {
	case data.LayerAirstrip:
		return icon.ShapeHref("airports")
	case data.LayerExitPort:
		return icon.ShapeHref("ferry")
	case data.LayerHub:
		return icon.ShapeHref("open-diamond")
	case data.LayerBase:
		return icon.ShapeHref("flag")
	}
	return icon.ShapeHref("placemark_circle")
}

// styleKey is what makes two features share a KML style.
type styleKey struct {
	look overlay.Look
	icon string
}

// styleSheet gives every distinct look of the exported features one
// shared Style, in the order the features first use them.
type styleSheet struct {
	ids    map[styleKey]string
	styles []kml.Element
}

func newStyleSheet() *styleSheet { return &styleSheet{ids: map[styleKey]string{}} }

// url returns the style URL ("#id") for f, adding its style when it is
// new.
func (s *styleSheet) url(f data.Feature) string {
	k := styleKey{look: overlay.LookOf(f), icon: iconHref(f.Layer)}
	id, ok := s.ids[k]
	if !ok {
		id = fmt.Sprintf("%s_%d", f.Layer, len(s.styles)+1)
		s.ids[k] = id
		s.styles = append(s.styles, kmlStyle(id, k))
	}
	return "#" + id
}

// kmlStyle writes a look as far as KML allows: colours and widths of
// lines, fills and icons. KML has no dash or hatch; hatching arrives as
// the light tint overlay.LookOf gives it, and the balloon names the
// feature's precision instead of a dashed outline.
func kmlStyle(id string, k styleKey) *kml.StyleElement {
	look := k.look
	symbol := look.Symbol
	if symbol.A == 0 {
		symbol = look.Stroke
	}
	return kml.SharedStyle(id,
		kml.IconStyle(colorElement(symbol), kml.Scale(1), kml.Icon(kml.Href(k.icon))),
		kml.LineStyle(colorElement(look.Stroke), kml.Width(look.Width)),
		kml.PolyStyle(colorElement(look.Fill), kml.Fill(look.Fill.A > 0), kml.Outline(true)),
		kml.BalloonStyle(kml.Text("<h3>$[name]</h3>$[description]")),
	)
}

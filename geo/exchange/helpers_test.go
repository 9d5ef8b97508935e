package exchange

import (
	"bytes"
	"encoding/xml"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
)

// embedded returns the compiled-in dataset.
func embedded(t testing.TB) *data.Dataset {
	t.Helper()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// tiny is a two-feature dataset with text that needs escaping.
func tiny() *data.Dataset {
	return &data.Dataset{
		Sources: []data.Source{{ID: "s1", Title: "An <Article> & more", Year: 2015}},
		Features: []data.Feature{
			{ID: "coca_x", Layer: data.LayerCocaZone, Name: "Valley <X>", NameES: "Valle <X>",
				Summary: "Coca & <script>alert(1)</script>", SummaryES: "Coca y más",
				Period: data.Period{From: 2011, ImpliedFrom: 1990}, Precision: data.PrecisionValley,
				Citations: []data.Citation{{Source: "s1", Locator: "para 3 (Heading)", Note: "the valley"}},
				Geometry:  orb.Polygon{{{-74, -12}, {-73, -13}, {-74, -13}, {-74, -12}}}}, // clockwise
			{ID: "event_y", Layer: data.LayerEvent, Name: "Capture", NameES: "Captura", Summary: "S", SummaryES: "R",
				Period: data.Year(2012), Precision: data.PrecisionTown,
				Citations: []data.Citation{{Source: "s1", Locator: "para 9"}},
				Geometry:  orb.Point{-74.5, -12.5}},
		},
	}
}

// kmlFile is the part of a KML document the tests read back.
type kmlFile struct {
	XMLName  xml.Name `xml:"kml"`
	Document struct {
		Name        string      `xml:"name"`
		Description string      `xml:"description"`
		Styles      []styleXML  `xml:"Style"`
		Data        []kmlData   `xml:"ExtendedData>Data"`
		Folders     []kmlFolder `xml:"Folder"`
	} `xml:"Document"`
}

type styleXML struct {
	ID        string `xml:"id,attr"`
	LineColor string `xml:"LineStyle>color"`
	PolyColor string `xml:"PolyStyle>color"`
	IconColor string `xml:"IconStyle>color"`
	IconHref  string `xml:"IconStyle>Icon>href"`
}

type kmlData struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value"`
}

type kmlFolder struct {
	Name       string         `xml:"name"`
	Folders    []kmlFolder    `xml:"Folder"`
	Placemarks []kmlPlacemark `xml:"Placemark"`
}

type kmlPlacemark struct {
	Name        string    `xml:"name"`
	Snippet     string    `xml:"Snippet"`
	Description string    `xml:"description"`
	Begin       *string   `xml:"TimeSpan>begin"`
	End         *string   `xml:"TimeSpan>end"`
	StyleURL    string    `xml:"styleUrl"`
	Data        []kmlData `xml:"ExtendedData>Data"`
	Outer       []string  `xml:"Polygon>outerBoundaryIs>LinearRing>coordinates"`
	Point       []string  `xml:"Point>coordinates"`
}

// data returns the value of the ExtendedData field name.
func (p kmlPlacemark) data(name string) string {
	for _, d := range p.Data {
		if d.Name == name {
			return d.Value
		}
	}
	return ""
}

// placemarks returns every placemark of the folder and its sub-folders.
func (f kmlFolder) placemarks() []kmlPlacemark {
	out := append([]kmlPlacemark(nil), f.Placemarks...)
	for _, sub := range f.Folders {
		out = append(out, sub.placemarks()...)
	}
	return out
}

// readKML writes ds with opt as KML and parses it back.
func readKML(t *testing.T, ds *data.Dataset, opt Options) (kmlFile, []kmlPlacemark) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteKML(&buf, ds, opt); err != nil {
		t.Fatal(err)
	}
	var k kmlFile
	if err := xml.Unmarshal(buf.Bytes(), &k); err != nil {
		t.Fatalf("the KML does not parse: %v", err)
	}
	var pms []kmlPlacemark
	for _, f := range k.Document.Folders {
		pms = append(pms, f.placemarks()...)
	}
	return k, pms
}

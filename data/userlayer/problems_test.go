package userlayer

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// read reads text as a file of the given name.
func read(name, text string, opt Options) (*Layer, error) {
	format, err := FormatOf(name)
	if err != nil {
		return nil, err
	}
	return Read(context.Background(), strings.NewReader(text), name, format, opt)
}

// TestImportProblems checks that bad files are refused with every problem
// named by file, line, feature and column, and a hint to fix it.
func TestImportProblems(t *testing.T) {
	tests := []struct {
		desc string
		name string
		text string
		want []string // each must appear in the error
	}{
		{desc: "ambiguous date, nothing settles it", name: "a.csv",
			text: "name,lat,lon,fecha\nA,-12,-75,03/04/2015\nB,-12,-75,2015-05-06\n",
			want: []string{`a.csv: line 2: row 1 (A): column fecha: "03/04/2015" could be 3 April or March 4: write it year first, 2015-04-03 or 2015-03-04`}},
		{desc: "mixed date orders", name: "a.csv",
			text: "name,lat,lon,date\nA,-12,-75,25/03/2015\nB,-12,-75,03/25/2015\n",
			want: []string{"line 3: row 2 (B): the file mixes day/month dates (\"25/03/2015\", line 2) and month/day dates (\"03/25/2015\")"}},
		{desc: "two-digit year", name: "a.csv", text: "lat,lon,year\n-12,-75,5/3/15\n",
			want: []string{"line 2: row 1: column year: \"5/3/15\" has a two-digit year"}},
		{desc: "not a date", name: "a.csv", text: "lat,lon,date\n-12,-75,spring\n",
			want: []string{`"spring" is not a year (2014), an ISO date (2014-03-15) or a day/month/year date`}},
		{desc: "impossible date", name: "a.csv", text: "lat,lon,date\n-12,-75,31/02/2015\n", want: []string{`"31/02/2015" is not a real date`}},
		{desc: "end before start", name: "a.csv", text: "lat,lon,desde,hasta\n-12,-75,2010,2005\n", want: []string{"column hasta: ends in 2005, before it starts (2010)"}},
		{desc: "end without start", name: "a.csv", text: "lat,lon,to\n-12,-75,2005\n", want: []string{"column to: an end (2005) without a start"}},
		{desc: "no coordinate columns", name: "a.csv", text: "town,x,y\nA,1,2\n",
			want: []string{"a.csv: line 1: no latitude column: name one lat, latitude, latitud", "no longitude column"}},
		{desc: "two latitude columns", name: "a.csv", text: "lat,latitud,lon\n1,2,3\n", want: []string{"column latitud: means the same as column lat"}},
		{desc: "decimal comma in a comma file", name: "a.csv", text: "name,lat,lon\nA,-12,05,-75,1\n",
			want: []string{"line 2: row 1: has 5 fields, the header has 3: a number with a decimal comma needs quotes"}},
		{desc: "degrees and minutes", name: "a.csv", text: "lat,lon\n12°03'S,-75\n", want: []string{"column lat: \"12°03'S\" is not in decimal degrees"}},
		{desc: "thousands separator", name: "a.csv", text: "lat;lon\n-12,05;-1.075,5\n", want: []string{"column lon: \"-1.075,5\" has thousands separators"}},
		{desc: "swapped coordinates", name: "a.csv", text: "lat,lon\n-100.5,-12.1\n", want: []string{"coordinate [-12.1 -100.5] is not a lon/lat pair: are longitude and latitude swapped?"}},
		{desc: "projected coordinates", name: "a.geojson",
			text: `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"P"},"geometry":{"type":"Point","coordinates":[500000,8600000]}}]}`,
			want: []string{"a.geojson: line 1: feature 1 (P): coordinate [500000 8.6e+06] is not a lon/lat pair: the file may use projected coordinates"}},
		{desc: "missing coordinate", name: "a.csv", text: "name,lat,lon\nA,,-75\n", want: []string{"column lat: empty"}},
		{desc: "bare quote", name: "a.csv", text: "name,lat,lon\nA \"x\",-12,-75\n", want: []string{"line 2: column 3: bare \" in non-quoted-field"}},
		{desc: "Latin-1", name: "a.csv", text: "nombre,lat,lon\nAnc\xf3n,-11.7,-77.1\n", want: []string{"a.csv: line 2: byte 0xF3 is not UTF-8", "save it as UTF-8"}},
		{desc: "empty file", name: "a.kml", text: "  \n", want: []string{"empty file"}},
		{desc: "CSV with only a header", name: "a.csv", text: "lat,lon\n", want: []string{"no features: the file has no rows under its header"}},
		{desc: "GeoJSON syntax error", name: "a.geojson", text: "{\"type\": \"FeatureCollection\",\n \"features\": [\n {\"type\": }]}",
			want: []string{"a.geojson: line 3: invalid character '}'"}},
		{desc: "GeoJSON in another CRS", name: "a.geojson",
			text: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32718"}},"features":[]}`,
			want: []string{"crs", "EPSG:4326"}},
		{desc: "GeoJSON bad period", name: "a.geojson",
			text: `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"period":{"to":2}},"geometry":{"type":"Point","coordinates":[-75,-12]}}]}`,
			want: []string{"feature 1: column period: want {\"from\": 2014"}},
		{desc: "GeoJSON wrong top type", name: "a.json", text: `{"type":"Topology"}`, want: []string{`type "Topology": want a GeoJSON FeatureCollection`}},
		{desc: "KML not well formed", name: "a.kml", text: "<kml>\n<Document>\n<Placemark></Document></kml>", want: []string{"a.kml: line 3: not well-formed XML"}},
		{desc: "not KML", name: "a.kml", text: "<gpx></gpx>", want: []string{"the root element is <gpx>"}},
		{desc: "KML bad coordinates", name: "a.kml",
			text: "<kml><Placemark><name>P</name>\n<Point><coordinates>-75;-12</coordinates></Point></Placemark></kml>",
			want: []string{"a.kml: line 2: Placemark 1 (P): coordinate 1 \"-75;-12\" is not longitude,latitude"}},
		{desc: "KML short line", name: "a.kml",
			text: "<kml><Placemark><LineString><coordinates>-75,-12</coordinates></LineString></Placemark></kml>",
			want: []string{"line has 1 point(s), want at least 2"}},
		{desc: "KML nested too deep", name: "a.kml", text: "<kml>" + strings.Repeat("<Folder>", 70) + strings.Repeat("</Folder>", 70) + "</kml>",
			want: []string{"elements nest more than 64 deep"}},
		{desc: "every problem at once", name: "a.csv", text: "lat,lon,year\nx,-75,2000\n-12,y,2000\n-12,-75,20\n",
			want: []string{"line 2", "line 3", "line 4", "3 problem(s)"}},
	}
	for _, tt := range tests {
		_, err := read(tt.name, tt.text, Options{})
		var ie *ImportError
		if !errors.As(err, &ie) || !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: got %v, want an *ImportError", tt.desc, err)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: the error lacks %q:\n%v", tt.desc, w, err)
			}
		}
	}
}

// TestDateOrderOption checks that a caller may settle dates the file
// leaves open.
func TestDateOrderOption(t *testing.T) {
	text := "lat,lon,date\n-12,-75,03/04/2015\n"
	for _, tt := range []struct {
		desc  string
		order DateOrder
		want  string
	}{{"day first", DayFirst, "2015-04-03"}, {"month first", MonthFirst, "2015-03-04"}} {
		l, err := read("a.csv", text, Options{DateOrder: tt.order})
		if err != nil {
			t.Fatalf("%s: %v", tt.desc, err)
		}
		if got := l.Features[0].Date; got != tt.want {
			t.Errorf("%s: %s, want %s", tt.desc, got, tt.want)
		}
	}
}

// TestWarnings checks what a file that loads is told about.
func TestWarnings(t *testing.T) {
	tests := []struct {
		desc, name, text, want string
	}{
		{desc: "feature without geometry", name: "a.geojson",
			text: `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"N"},"geometry":null},{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-75,-12]}}]}`,
			want: "feature 1 (N): no geometry: not drawn, left out (warning)"},
		{desc: "bare geometry", name: "a.geojson", text: `{"type":"Point","coordinates":[-75,-12]}`, want: "a bare Point"},
		{desc: "network link", name: "a.kml",
			text: "<kml><NetworkLink/><Placemark><Point><coordinates>-75,-12</coordinates></Point></Placemark></kml>",
			want: "network links are not followed"},
		{desc: "year and date disagree", name: "a.csv", text: "lat,lon,year,date\n-12,-75,2014,2015-01-02\n", want: "column year: year 2014 differs from the date 2015-01-02"},
	}
	for _, tt := range tests {
		l, err := read(tt.name, tt.text, Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.desc, err)
			continue
		}
		var got []string
		for _, p := range l.Warnings {
			got = append(got, p.String())
		}
		if !strings.Contains(strings.Join(got, "\n"), tt.want) {
			t.Errorf("%s: warnings %q lack %q", tt.desc, got, tt.want)
		}
	}
}

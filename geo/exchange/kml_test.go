package exchange

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// TestKMLTimeSlider checks what Google Earth's time slider needs: every
// Placemark has a TimeSpan that begins on the first day of its first year
// on the map and ends on the last day of its last year (no end when it is
// ongoing), and every feature is there once.
func TestKMLTimeSlider(t *testing.T) {
	ds := embedded(t)
	_, pms := readKML(t, ds, Options{})
	if len(pms) != len(ds.Features) {
		t.Fatalf("%d placemarks, want %d", len(pms), len(ds.Features))
	}
	seen := map[string]bool{}
	for _, pm := range pms {
		id := pm.data("id")
		f, ok := ds.ByID(id)
		if !ok || seen[id] {
			t.Errorf("placemark %q: id %q unknown or repeated", pm.Name, id)
			continue
		}
		seen[id] = true
		if pm.Begin == nil {
			t.Errorf("%s: no TimeSpan begin", id)
			continue
		}
		if want := fmt.Sprintf("%04d-01-01", f.Period.Start()); *pm.Begin != want {
			t.Errorf("%s: begin %s, want %s", id, *pm.Begin, want)
		}
		switch {
		case f.Period.To == nil && pm.End != nil:
			t.Errorf("%s: ongoing, but ends %s", id, *pm.End)
		case f.Period.To != nil && (pm.End == nil || *pm.End != fmt.Sprintf("%04d-12-31", *f.Period.To)):
			t.Errorf("%s: end %v, want %d-12-31", id, pm.End, *f.Period.To)
		}
	}
}

// TestKMLFolders checks a folder per layer group titled as the Layers
// panel titles it, with a sub-folder per layer in groups of several, in
// both languages.
func TestKMLFolders(t *testing.T) {
	ds := embedded(t)
	for _, lang := range data.Languages() {
		k, _ := readKML(t, ds, Options{Lang: lang})
		var want []string
		for _, g := range data.Groups() {
			want = append(want, g.Title(lang))
		}
		var got []string
		for _, f := range k.Document.Folders {
			got = append(got, f.Name)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: folders %q, want %q", lang, got, want)
		}
		for i, g := range data.Groups() {
			if len(g.Layers) == 1 {
				continue
			}
			f := k.Document.Folders[i]
			if len(f.Folders) != len(g.Layers) || f.Folders[0].Name != g.Layers[0].PluralTitle(lang) {
				t.Errorf("%s: group %s has sub-folders %v, want one per layer", lang, g.Name, f.Folders)
			}
		}
	}
}

// TestKMLStyles checks that every placemark's style exists and carries
// the map's colours as KML's aabbggrr.
func TestKMLStyles(t *testing.T) {
	ds := embedded(t)
	k, pms := readKML(t, ds, Options{})
	styles := map[string]styleXML{}
	for _, s := range k.Document.Styles {
		styles["#"+s.ID] = s
	}
	if len(styles) < 10 || len(styles) >= len(pms) {
		t.Errorf("%d shared styles for %d placemarks: want one per look", len(styles), len(pms))
	}
	for _, pm := range pms {
		s, ok := styles[pm.StyleURL]
		if !ok {
			t.Errorf("%s: style %q is not in the document", pm.data("id"), pm.StyleURL)
			continue
		}
		f, _ := ds.ByID(pm.data("id"))
		look := overlay.LookOf(f)
		if want := abgr(look.Stroke); s.LineColor != want {
			t.Errorf("%s: line colour %s, want %s", f.ID, s.LineColor, want)
		}
		if want := abgr(look.Fill); s.PolyColor != want {
			t.Errorf("%s: fill colour %s, want %s", f.ID, s.PolyColor, want)
		}
		if !strings.HasPrefix(s.IconHref, "http://maps.google.com/mapfiles/kml/shapes/") {
			t.Errorf("%s: icon %q is not a standard Google Earth shape", f.ID, s.IconHref)
		}
	}
}

func abgr(c color.NRGBA) string { return fmt.Sprintf("%02x%02x%02x%02x", c.A, c.B, c.G, c.R) }

func TestColorElement(t *testing.T) {
	var buf bytes.Buffer
	enc := xml.NewEncoder(&buf)
	if err := enc.Encode(colorElement(color.NRGBA{0x11, 0x22, 0x33, 0x80})); err != nil {
		t.Fatal(err)
	}
	// Not premultiplied: a half-transparent colour keeps its channels.
	if got, want := buf.String(), "<color>80332211</color>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestKMLDescription checks the balloon's sourced account: escaped HTML,
// the summary, the approximate place, implied years, citations with the
// article's title and locator, in the chosen language.
func TestKMLDescription(t *testing.T) {
	tests := []struct {
		desc, lang string
		name       string
		want       []string
		not        []string
	}{
		{desc: "English", lang: data.LangEN, name: "Valley <X>", want: []string{
			"Coca &amp; &lt;script&gt;alert(1)&lt;/script&gt;",
			"approximate: drawn from the named valley or river",
			"Shown from c. 1990",
			"An &lt;Article&gt; &amp; more\u201d, para 3 (Heading) \u2014 the valley",
			"<b>Coca-growing zone \u00b7 2011 onwards</b>",
		}, not: []string{"<script>", "<Article>"}},
		{desc: "Spanish", lang: data.LangES, name: "Valle <X>", want: []string{
			"Coca y más", "aproximado: dibujado", "Se muestra desde c. 1990", "Zona cocalera \u00b7 desde 2011", "<b>Fuentes</b>",
		}},
	}
	for _, tt := range tests {
		k, pms := readKML(t, tiny(), Options{Lang: tt.lang})
		pm := pms[0]
		if pm.Name != tt.name {
			t.Errorf("%s: name %q, want %q", tt.desc, pm.Name, tt.name)
		}
		for _, w := range tt.want {
			if !strings.Contains(pm.Description, w) {
				t.Errorf("%s: description lacks %q:\n%s", tt.desc, w, pm.Description)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(pm.Description, n) {
				t.Errorf("%s: description has unescaped %q", tt.desc, n)
			}
		}
		if !strings.Contains(pm.Snippet, " \u00b7 ") {
			t.Errorf("%s: snippet %q does not mark the approximate place", tt.desc, pm.Snippet)
		}
		if !strings.Contains(k.Document.Description, "An &lt;Article&gt; &amp; more") {
			t.Errorf("%s: the document's bibliography lacks the source: %s", tt.desc, k.Document.Description)
		}
	}
}

// TestKMLWinding checks that outer rings come counter-clockwise, as KML
// wants, even when the data has them clockwise.
func TestKMLWinding(t *testing.T) {
	_, pms := readKML(t, tiny(), Options{})
	if got, want := pms[0].Outer[0], "-74,-12 -74,-13 -73,-13 -74,-12"; got != want {
		t.Errorf("outer ring %q, want %q", got, want)
	}
	if got := pms[1].Point[0]; got != "-74.5,-12.5" {
		t.Errorf("point %q", got)
	}
}

// TestKMLMetadata checks the document's ExtendedData: language, year and
// every cited source's reference.
func TestKMLMetadata(t *testing.T) {
	ds := embedded(t)
	k, _ := readKML(t, ds, Options{Year: 2012, Lang: data.LangES, Generator: "atlas 9"})
	got := map[string]string{}
	for _, d := range k.Document.Data {
		got[d.Name] = d.Value
	}
	if got["lang"] != "es" || got["year"] != "2012" || got["generator"] != "atlas 9" {
		t.Errorf("metadata %v", got)
	}
	feats, _ := Features(ds, Options{Year: 2012})
	for _, s := range CitedSources(ds, feats) {
		if got["source_"+s.ID] != s.Reference(data.LangES) {
			t.Errorf("source %s: %q", s.ID, got["source_"+s.ID])
		}
	}
	if !strings.HasSuffix(k.Document.Name, ", 2012") {
		t.Errorf("title %q lacks the year", k.Document.Name)
	}
}

package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/ui/details"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// englishWords are words that show a text is English: none is Spanish.
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "with": true, "from": true, "by": true, "for": true, "is": true,
	"was": true, "were": true, "are": true, "not": true, "this": true, "that": true, "which": true, "where": true,
	"when": true, "what": true, "how": true, "about": true, "since": true, "shown": true, "show": true, "click": true,
	"inferred": true, "approximate": true, "town": true, "article": true, "articles": true, "feature": true,
	"features": true, "route": true, "routes": true, "zone": true, "zones": true, "figures": true, "sources": true,
	"backs": true, "mode": true, "year": true, "years": true, "people": true, "tonnes": true, "flights": true,
	"shining": true, "path": true, "upper": true, "valley": true, "river": true, "lake": true, "ocean": true,
	"layers": true, "details": true, "lesson": true, "scene": true, "search": true, "export": true, "present": true,
	"basemap": true, "embedded": true, "select": true, "clear": true, "annotations": true,
	"to": true, "on": true, "at": true, "its": true, "it": true,
}

// quoted are titles and headings quoted as the articles give them (“…”,
// «…», over several lines where a text wraps), identifiers (with
// underscores), command-line flags and file names: the same in every
// language.
var quoted = regexp.MustCompile(`“[^”]*”|«[^»]*»|\S*_\S*|(^|\s)-[a-z]+|\S+\.(json|png|pdf|mbtiles)\b`)

// englishIn lists the English words of text, after taking out what is
// the same in both languages: quoted titles and headings, ids, the
// articles' own titles and the names in keep.
func englishIn(text string, keep []string) []string {
	for _, k := range keep {
		text = strings.ReplaceAll(text, k, "")
	}
	text = quoted.ReplaceAllString(text, "")
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r > 127)
	}) {
		if englishWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// TestSpanishShowsNoEnglish switches the interface to Spanish and reads
// every part of the window, every feature's details, the Sources and
// Lesson tabs, the menu and presentation mode's strip: no English word
// may show (audit bug 18: "Ruta aérea · narco flights", English figures
// and notes in Spanish mode).
func TestSpanishShowsNoEnglish(t *testing.T) {
	t.Cleanup(func() { i18n.Setup(i18n.English) })
	if _, err := i18n.Setup(i18n.Spanish); err != nil {
		t.Fatal(err)
	}
	mw, q := newTestWindow(t, Options{})
	var keep []string // the articles' titles are English: they are names
	for _, s := range mw.ds.Sources {
		keep = append(keep, s.Title)
	}
	check := func(where, text string) {
		t.Helper()
		if words := englishIn(text, keep); len(words) > 0 {
			t.Errorf("%s shows English %q in:\n%s", where, words, text)
		}
	}
	check("the window", uitest.AllText(mw.win.Content()))
	alone := details.New(mw.ds, mw.tips) // out of the window: no drawing to wait for
	for i, f := range mw.ds.Features {
		if i%10 == 0 { // what selecting does, for some: the map redraws each time
			mw.selectFeature(f.ID, false)
			check("the status line for "+f.ID, mw.status.text.Text)
			check("the details of "+f.ID+" in the window", uitest.AllText(mw.side.details))
		}
		alone.ShowFeature(f)
		check("the details of "+f.ID, alone.Plain())
	}
	mw.clearSelection()
	check("the status line", mw.status.text.Text)
	mw.side.show(sourcesTab)
	check("the Sources tab", uitest.AllText(mw.side.object()))
	mw.side.lessons.Load(exampleLesson(t), "")
	q.settle(t, mw)
	check("the Lesson tab", uitest.AllText(mw.side.lessons))
	mw.showMenu()
	check("the menu", uitest.AllText(mw.win.Canvas().Overlays().Top()))
	mw.win.Canvas().Overlays().Top().Hide()
	mw.SetPresenting(true)
	q.settle(t, mw)
	check("presentation mode", uitest.AllText(mw.pres.furniture))
	mw.showExport()
	check("the Export dialog", uitest.AllText(mw.win.Canvas().Overlays().Top()))
	mw.search.Focus()
	for _, r := range "Calao" {
		mw.search.Entry().TypedRune(r)
	}
	check("the search's suggestions", uitest.AllText(mw.float))
}

func TestEnglishIn(t *testing.T) {
	tests := []struct {
		desc, text string
		want       int
	}{
		{desc: "Spanish", text: "Ruta aérea · narcovuelos; 6 a 10 vuelos al día", want: 0},
		{desc: "an English kind", text: "Ruta aérea · narco flights", want: 1},
		{desc: "a quoted heading", text: "párr. 22 («Interdiction and the Future»)", want: 0},
		{desc: "an article's title", text: "“Narcotrafficking, the Shining Path, and the Strategic Importance of Peru” — R. Evan Ellis", want: 0},
		{desc: "an id", text: "Id: route_coal_case_2014", want: 0},
		{desc: "an English note", text: "respalda: the balloon effect", want: 1},
	}
	for _, tc := range tests {
		if got := englishIn(tc.text, nil); len(got) != tc.want {
			t.Errorf("%s: %q found %q, want %d English words", tc.desc, tc.text, got, tc.want)
		}
	}
}

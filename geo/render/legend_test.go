package render

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
)

// drawnTexts renders s and returns every word the furniture drew.
func drawnTexts(t *testing.T, s Scene) (*layout, string) {
	t.Helper()
	_, lay, _, err := s.render(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, x := range lay.texts {
		b.WriteString(x.s)
		b.WriteString("\n")
	}
	return lay, b.String()
}

// TestLegendListsWhatTheFrameShows: the legend of all of Peru lists the
// exit ports; that of a close view of the VRAEM, where none lies, does
// not, and its counts are of what it shows. Both key the certainty marks
// their labels carry.
func TestLegendListsWhatTheFrameShows(t *testing.T) {
	p := Presets()[0].Reduced(2)
	peru := atlasScene2015(t, p)
	vraem := atlasScene2015(t, p)
	vraem.Center, vraem.Zoom = orb.Point{-73.9, -12.5}, 8.5

	tests := []struct {
		desc      string
		s         Scene
		wantPorts bool
	}{
		{desc: "all of Peru", s: peru, wantPorts: true},
		{desc: "the VRAEM", s: vraem, wantPorts: false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			lay, text := drawnTexts(t, tc.s)
			ports := data.LayerExitPort.PluralTitle(data.LangEN)
			if got := strings.Contains(text, ports); got != tc.wantPorts {
				t.Errorf("legend lists %q: %v, want %v:\n%s", ports, got, tc.wantPorts, text)
			}
			r, err := tc.s.resolve()
			if err != nil {
				t.Fatal(err)
			}
			r.view = lay.view
			want := r.frameLegend()
			var got []string
			for _, row := range lay.rows {
				if row.entry != nil {
					got = append(got, row.entry.Title(data.LangEN)+row.count)
				} else {
					got = append(got, row.mark)
				}
			}
			var wantLines []string
			for _, e := range want.entries {
				wantLines = append(wantLines, e.Title(data.LangEN)+"  "+itoa(e.Count))
			}
			wantLines = append(wantLines, want.marks...)
			if !slices.Equal(got, wantLines) {
				t.Errorf("legend lines\n%q\nwant the frame's\n%q", got, wantLines)
			}
			if len(want.marks) == 0 {
				t.Error("no certainty mark keyed: the atlas's labels carry them in 2015")
			}
			for _, mk := range want.marks {
				if key := markText(mk, data.LangEN); !strings.Contains(strings.Join(strings.Fields(text), " "), key) {
					t.Errorf("the key of %q (%q) is not drawn", mk, key)
				}
			}
		})
	}
}

// TestFurnitureInSpanish: a Spanish export says its title, subtitle,
// legend heading and footer in Spanish, and none of them in English.
func TestFurnitureInSpanish(t *testing.T) {
	s := atlasScene2015(t, Presets()[0].Reduced(2))
	s.Lang = data.LangES
	_, text := drawnTexts(t, s)
	for _, want := range []string{DefaultTitle(2015, data.LangES), "Leyenda, 2015", "Fuentes:", "El atlas tal como lo describen", "Mapa: Atlas del narcotráfico en el Perú",
		data.LayerCocaZone.PluralTitle(data.LangES)} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q drawn:\n%s", want, text)
		}
	}
	for _, english := range []string{"Legend", "Sources:", "Map: ", "The atlas as", "articles describe"} {
		if strings.Contains(text, english) {
			t.Errorf("English %q drawn in a Spanish export", english)
		}
	}
}

// TestLegendLinesWrap: a line longer than the column wraps onto more lines
// no wider than it, the count after the last.
func TestLegendLinesWrap(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	m := newMeasurer(fonts)
	const size, width = 12.0, 120.0
	tests := []struct {
		desc  string
		text  string
		lines int
	}{
		{desc: "short", text: "Exit ports", lines: 1},
		{desc: "long", text: "Shining Path: VRAEM faction: axes and routes", lines: 3},
		{desc: "one long word is cut", text: "Supercalifragilisticexpialidocious", lines: 1},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			tail := m.width("  12", size, false)
			got := wrapWords(m, tc.text, size, width, tail)
			if len(got) != tc.lines {
				t.Errorf("%q in %d lines, want %d", got, len(got), tc.lines)
			}
			for i, ln := range got {
				w := m.width(ln, size, false)
				if i == len(got)-1 {
					w += tail
				}
				if w > width+0.5 && strings.Contains(ln, " ") {
					t.Errorf("line %q is %.1f px, wider than %v", ln, w, width)
				}
			}
		})
	}
}

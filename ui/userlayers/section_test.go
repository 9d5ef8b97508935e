package userlayers

import (
	"errors"
	"image"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

func newSection(t *testing.T) *Section {
	t.Helper()
	test.NewTempApp(t)
	s := New(uikit.NewTips(container.NewWithoutLayout(), func(f func()) { f() }))
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(420, 400))
	return s
}

func TestSectionListsTheLayers(t *testing.T) {
	s := newSection(t)
	if text := uitest.Text(s); !strings.Contains(text, "drop one on the map") {
		t.Errorf("an empty section does not say how to add a layer:\n%s", text)
	}
	swatch := image.NewRGBA(image.Rect(0, 0, 56, 56))
	s.SetRows([]Row{
		{Name: "Pueblos", File: "pueblos.csv", Features: 5, Skipped: 2, Shown: true, Swatch: swatch},
		{Name: "Trip", File: "trip.kml", Features: 1200, Swatch: swatch},
	})
	s.SetCounts(map[int]int{0: 3})
	want := []string{"Pueblos: 3 in view (pueblos.csv · features: 5 · left out for errors: 2)", "Trip: hidden (trip.kml · features: 1,200)"}
	if got := s.Lines(); !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
	var toggled, removed []int
	added := false
	s.OnToggled = func(i int, on bool) { toggled = append(toggled, i) }
	s.OnRemove = func(i int) { removed = append(removed, i) }
	s.OnAdd = func() { added = true }
	for _, o := range test.LaidOutObjects(s) {
		switch o := o.(type) {
		case *widget.Check:
			if o.Text == "Trip" {
				test.Tap(o)
			}
		case *uikit.TipButton:
			if strings.Contains(o.Tip, "“Pueblos”") {
				test.Tap(o)
			}
			if o.Text == "Add layer…" {
				test.Tap(o)
			}
		}
	}
	if !slices.Equal(toggled, []int{1}) || !slices.Equal(removed, []int{0}) || !added {
		t.Errorf("toggled %v, removed %v, added %v; want [1], [0], true", toggled, removed, added)
	}
	if got := s.Lines()[1]; !strings.HasPrefix(got, "Trip: 0 in view") {
		t.Errorf("Trip once shown: %q", got)
	}
}

func TestOutcomeWords(t *testing.T) {
	clean := &userlayer.Layer{Name: "Pueblos", File: "pueblos.csv", Features: make([]userlayer.Feature, 5)}
	skipped := &userlayer.Layer{Name: "Towns", File: "towns.csv", Features: make([]userlayer.Feature, 1),
		Skipped: userlayer.Skipped{Features: 2, Problems: []userlayer.Problem{{File: "towns.csv", Line: 3, Feature: "row 2 (B)", Column: "lat", Message: `"north" is not a decimal number`}}, More: 1}}
	refused := &userlayer.ImportError{File: "bad.csv", Problems: []userlayer.Problem{{File: "bad.csv", Line: 1, Message: "no latitude column"}}}
	tests := []struct {
		desc    string
		o       Outcome
		worth   bool
		summary string
		lines   []string
	}{
		{desc: "a clean file", o: Outcome{Path: "/a/pueblos.csv", Layer: clean}, summary: "Added your layer “Pueblos” from pueblos.csv (features: 5)"},
		{desc: "rows left out", o: Outcome{Path: "/a/towns.csv", Layer: skipped}, worth: true,
			summary: "Added your layer “Towns” from towns.csv (features: 1; left out for errors: 2)",
			lines:   []string{`• line 3: row 2 (B): column lat: "north" is not a decimal number`, "… and 1 more"}},
		{desc: "refused", o: Outcome{Path: "/a/bad.csv", Err: refused}, worth: true,
			summary: "bad.csv was not added: bad.csv: 1 problem(s)", lines: []string{"• line 1: no latitude column"}},
		{desc: "not read", o: Outcome{Path: "/a/gone.csv", Err: errors.New("user layer: stat /a/gone.csv: no such file or directory")}, worth: true,
			summary: "gone.csv was not added: user layer: stat /a/gone.csv: no such file or directory", lines: []string{"no such file"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if tc.o.Worth() != tc.worth || tc.o.Summary() != tc.summary {
				t.Errorf("worth %v, summary %q; want %v, %q", tc.o.Worth(), tc.o.Summary(), tc.worth, tc.summary)
			}
			var text []string
			for _, o := range outcomeLines(tc.o) {
				text = append(text, o.(*widget.Label).Text)
			}
			for _, want := range tc.lines {
				if !strings.Contains(strings.Join(text, "\n"), want) {
					t.Errorf("the report lacks %q:\n%s", want, strings.Join(text, "\n"))
				}
			}
		})
	}
}

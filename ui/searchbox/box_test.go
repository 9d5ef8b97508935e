package searchbox

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/search"
)

// testBox puts a box at the top of a window, over the layer its
// drop-down opens on, with the keyboard focus in it.
func testBox(t *testing.T) (*Box, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	float := container.NewWithoutLayout()
	b := New(search.New(ds, gaz), float)
	w := test.NewTempWindow(t, container.NewStack(container.NewVBox(b, layout.NewSpacer()), float))
	w.Resize(fyne.NewSize(700, 500))
	w.Canvas().Focus(b.entry)
	return b, w
}

func TestLabels(t *testing.T) {
	b, _ := testBox(t)
	tests := []struct {
		desc, query, want string
	}{
		{desc: "without the accent", query: "Apurimac", want: "Apurímac"},
		{desc: "feature: its name and layer", query: "vraem", want: "VRAEM (Apurímac, Ene and Mantaro valleys) — Coca-growing zone"},
		{desc: "town: its country and population", query: "callao", want: "Callao — town, PE, pop. 1,300,000"},
		{desc: "lower-case town with tilde", query: "tingo maria", want: "Tingo María — town, PE, pop. "},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var labels []string
			for _, h := range b.index.Find(tc.query, searchLimit) {
				labels = append(labels, hitLabel(h))
			}
			for _, l := range labels {
				if strings.Contains(l, tc.want) {
					return
				}
			}
			t.Errorf("search for %q lists %q, want a label with %q", tc.query, labels, tc.want)
		})
	}
}

// TestTypingIsNeverLost types a name letter by letter, as a user does:
// every letter stays in the box, which keeps the focus, while the
// matches drop down (audit bug 2: only "Ap" was kept).
func TestTypingIsNeverLost(t *testing.T) {
	b, w := testBox(t)
	for _, r := range "Apurimac" {
		test.Type(b.entry, string(r))
		if w.Canvas().Focused() != b.entry {
			t.Fatalf("after %q the focus is on %v, want the search box", b.entry.Text, w.Canvas().Focused())
		}
	}
	if b.entry.Text != "Apurimac" {
		t.Fatalf("the box shows %q, want every letter typed", b.entry.Text)
	}
	if !b.Open() || len(b.results) == 0 {
		t.Fatal("no matches shown")
	}
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("the matches opened an overlay %v, which takes the keyboard away", top)
	}
}

func TestKeysMoveThroughMatches(t *testing.T) {
	b, _ := testBox(t)
	var chosen []search.Hit
	b.OnChosen = func(h search.Hit) { chosen = append(chosen, h) }
	test.Type(b.entry, "v")
	if b.Open() {
		t.Error("one letter opened the matches")
	}
	test.Type(b.entry, "raem")
	if !b.Open() || len(b.results) < 3 || b.Highlighted() != 0 {
		t.Fatalf("'vraem': open %v, %d results, row %d highlighted; want matches, the first highlighted", b.Open(), len(b.results), b.Highlighted())
	}
	if n := len(b.rows.Objects); n != len(b.results) {
		t.Errorf("%d rows for %d results", n, len(b.results))
	}
	press := func(k fyne.KeyName) { b.entry.TypedKey(&fyne.KeyEvent{Name: k}) }
	press(fyne.KeyDown)
	press(fyne.KeyDown)
	press(fyne.KeyUp)
	if b.Highlighted() != 1 {
		t.Errorf("Down, Down, Up: row %d highlighted, want 1", b.Highlighted())
	}
	press(fyne.KeyUp)
	press(fyne.KeyUp)
	if b.Highlighted() != len(b.results)-1 {
		t.Errorf("Up from the first row: row %d, want the last (%d)", b.Highlighted(), len(b.results)-1)
	}
	press(fyne.KeyDown)
	press(fyne.KeyDown)
	want := b.results[1]
	press(fyne.KeyReturn)
	if len(chosen) != 1 || chosen[0].Feature.ID != want.Feature.ID {
		t.Fatalf("Enter chose %v, want the highlighted second match %s", chosen, want.Feature.ID)
	}
	if b.Open() {
		t.Error("the matches stay open after choosing")
	}
	press(fyne.KeyDown)
	if !b.Open() {
		t.Error("Down in the box with text does not open the matches again")
	}
	press(fyne.KeyEscape)
	if b.Open() {
		t.Error("Esc does not close the matches")
	}
	done := false
	b.OnDone = func() { done = true }
	press(fyne.KeyEscape)
	if !done {
		t.Error("Esc with the matches closed does not leave the box")
	}
}

func TestNoMatchSuggests(t *testing.T) {
	b, _ := testBox(t)
	var chosen []search.Hit
	b.OnChosen = func(h search.Hit) { chosen = append(chosen, h) }
	test.Type(b.entry, "Calao")
	hits, suggested := b.Results()
	if !suggested || len(hits) == 0 || !strings.Contains(b.Note(), "No match for “Calao”") {
		t.Fatalf("'Calao': note %q, suggestions %v; want no match and a suggestion", b.Note(), suggested)
	}
	b.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(chosen) != 1 || (chosen[0].Place.Name != "Callao" && !strings.Contains(chosen[0].Feature.Name, "Callao")) {
		t.Errorf("Enter on the suggestions chose %+v, want Callao", chosen)
	}
	b.entry.SetText("zzqxw")
	if hits, _ := b.Results(); len(hits) != 0 || !strings.Contains(b.Note(), "No match") || !b.Open() {
		t.Errorf("'zzqxw': %d hits, note %q; want none and a note saying so", len(hits), b.Note())
	}
}

func TestClickChoosesDespiteFocusLoss(t *testing.T) {
	b, w := testBox(t)
	var chosen []search.Hit
	b.OnChosen = func(h search.Hit) { chosen = append(chosen, h) }
	test.Type(b.entry, "callao")
	r := b.rows.Objects[1].(*row)
	r.MouseDown(&desktop.MouseEvent{})
	w.Canvas().Unfocus() // what a click on something that takes no focus does
	if !b.Open() {
		t.Fatal("the click's focus loss closed the matches before the click landed")
	}
	test.Tap(r)
	if len(chosen) != 1 || chosen[0].Point != b.results[1].Point {
		t.Errorf("clicking the second row chose %v", chosen)
	}
	w.Canvas().Focus(b.entry)
	test.Type(b.entry, "x")
	w.Canvas().Unfocus() // Tab or a click elsewhere
	if b.Open() {
		t.Error("the matches stay open after the box lost the focus")
	}
}

func TestShortcutsPassThrough(t *testing.T) {
	b, _ := testBox(t)
	var got []string
	b.OnShortcut = func(s fyne.Shortcut) { got = append(got, s.ShortcutName()) }
	test.Type(b.entry, "lima")
	b.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault})
	b.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierShortcutDefault})
	if len(got) != 1 || !strings.Contains(got[0], "E") {
		t.Errorf("shortcuts passed on %v, want Ctrl+E only (Ctrl+Left moves the cursor)", got)
	}
	if b.entry.Text != "lima" {
		t.Errorf("the box shows %q after the shortcuts", b.entry.Text)
	}
}

package searchbox

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/search"
)

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
	b := New(search.New(ds, gaz))
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(600, 400))
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

func TestTypeAndChoose(t *testing.T) {
	b, w := testBox(t)
	var chosen []search.Hit
	b.OnChosen = func(h search.Hit) { chosen = append(chosen, h) }
	w.Canvas().Focus(b.entry)
	test.Type(b.entry, "v")
	if len(b.results) != 0 || (b.popup != nil && b.popup.Visible()) {
		t.Errorf("one letter: %d results, pop-up shown; want none", len(b.results))
	}
	test.Type(b.entry, "raem")
	if len(b.results) == 0 || b.popup == nil || !b.popup.Visible() {
		t.Fatalf("'vraem': %d results, pop-up %v; want matches in a pop-up", len(b.results), b.popup)
	}
	if n := b.list.Length(); n != len(b.results) {
		t.Errorf("the list shows %d rows for %d results", n, len(b.results))
	}
	first := b.results[0]
	b.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(chosen) != 1 || chosen[0].Feature.ID != first.Feature.ID || !first.IsFeature() {
		t.Errorf("Enter chose %v, want the first result, a feature (%s)", chosen, first.Feature.ID)
	}
	if b.popup.Visible() {
		t.Error("the pop-up stays open after choosing")
	}
	b.list.Select(1)
	if len(chosen) != 2 || chosen[1].Point != b.results[1].Point {
		t.Errorf("picking the second row chose %v", chosen[1:])
	}
}

func TestHumanInt(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 7737002: "7,737,002"} {
		if got := humanInt(n); got != want {
			t.Errorf("humanInt(%d) = %q, want %q", n, got, want)
		}
	}
}

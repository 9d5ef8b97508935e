package layers

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

func allOn() map[string]bool {
	on := map[string]bool{}
	for _, g := range data.Groups() {
		on[g.Name] = true
	}
	return on
}

func TestToggleReports(t *testing.T) {
	test.NewTempApp(t)
	on := allOn()
	on["events"] = false
	p := New(on)
	test.NewTempWindow(t, p)
	for name, c := range p.checks {
		if c.Checked != on[name] {
			t.Errorf("group %s starts %v, want %v", name, c.Checked, on[name])
		}
	}
	type toggle struct {
		group string
		on    bool
	}
	var got []toggle
	p.OnToggled = func(g string, v bool) { got = append(got, toggle{g, v}) }
	test.Tap(p.checks["coca"])
	test.Tap(p.checks["events"])
	if len(got) != 2 || got[0] != (toggle{"coca", false}) || got[1] != (toggle{"events", true}) {
		t.Errorf("taps reported %v, want coca off then events on", got)
	}
	p.SetChecked("coca", true)
	p.SetChecked("unknown", true)
	if !p.checks["coca"].Checked {
		t.Error("SetChecked did not switch coca on")
	}
	if len(got) != 2 {
		t.Errorf("SetChecked reported a toggle: %v", got[2:])
	}
}

// TestLegendLines: the panel lists a line per legend entry, titled as the
// exports' legend, with the count in view; groups count their entries
// (audit bug 6: fixed swatches and whole-map counts per group).
func TestLegendLines(t *testing.T) {
	test.NewTempApp(t)
	p := New(allOn())
	test.NewTempWindow(t, p)
	entries := []overlay.LegendEntry{
		{Group: "coca", Layer: data.LayerCocaZone, Shape: overlay.ShapeArea, Count: 7},
		{Group: "sendero", Layer: data.LayerSenderoArea, Faction: data.FactionVRAEM, Shape: overlay.ShapeArea, Count: 2},
		{Group: "sendero", Layer: data.LayerSenderoArea, Faction: data.FactionHuallaga, Shape: overlay.ShapeArea, Count: 1},
		{Group: "routes", Layer: data.LayerRoute, Mode: data.ModeRiver, Shape: overlay.ShapeLine, Count: 3},
		{Group: "routes", Layer: data.LayerRoute, Mode: data.ModeUnspecified, Shape: overlay.ShapeLine, Count: 4},
		{Group: "routes", Layer: data.LayerHub, Shape: overlay.ShapePoint, Count: 2},
	}
	p.SetLegend(entries, []string{data.MarkHedged})
	want := []string{"Coca-growing zones: 7", "Shining Path: VRAEM faction: 2", "Shining Path: Huallaga faction: 1",
		"Routes by river: 3", "Routes, mode not stated: 4", "Collection and money hubs: 2"}
	if got := p.Lines(); !slices.Equal(got, want) {
		t.Errorf("lines %q,\nwant %q", got, want)
	}
	for group, text := range map[string]string{"routes": "9 in view", "coca": "7 in view", "ports": "0 in view"} {
		if got := p.counts[group].Text; got != text {
			t.Errorf("group %s: %q, want %q", group, got, text)
		}
	}
	if text := uitest.Text(p); !strings.Contains(text, data.MarkKey(data.MarkHedged, data.LangEN)) {
		t.Errorf("no key of the hedged mark:\n%s", text)
	}
	entries[3].Count = 1 // the view moved: the same lines, new counts
	p.SetLegend(entries, nil)
	if got := p.Lines()[3]; got != "Routes by river: 1" {
		t.Errorf("after a recount the river line reads %q", got)
	}
}

// TestCompareLegendLines: in the compare view every line either map shows
// is listed once and counted on both maps, as the compare export's legend
// counts them; so are the groups.
func TestCompareLegendLines(t *testing.T) {
	test.NewTempApp(t)
	p := New(allOn())
	test.NewTempWindow(t, p)
	earlier := []overlay.LegendEntry{
		{Group: "coca", Layer: data.LayerCocaZone, Shape: overlay.ShapeArea, Count: 2},
		{Group: "sendero", Layer: data.LayerSenderoArea, Faction: data.FactionHuallaga, Shape: overlay.ShapeArea, Count: 1},
	}
	later := []overlay.LegendEntry{
		{Group: "coca", Layer: data.LayerCocaZone, Shape: overlay.ShapeArea, Count: 6},
		{Group: "sendero", Layer: data.LayerSenderoArea, Faction: data.FactionVRAEM, Shape: overlay.ShapeArea, Count: 5},
		{Group: "routes", Layer: data.LayerRoute, Mode: data.ModeSea, Shape: overlay.ShapeLine, Count: 1},
	}
	p.SetCompareLegend(earlier, later, []string{data.MarkInferred})
	want := []string{"Coca-growing zones: 2 › 6", "Shining Path: VRAEM faction: 0 › 5", "Shining Path: Huallaga faction: 1 › 0",
		"Routes by sea: 0 › 1"}
	if got := p.Lines(); !slices.Equal(got, want) {
		t.Errorf("lines %q,\nwant %q", got, want)
	}
	for group, text := range map[string]string{"coca": "2 › 6 in view", "sendero": "1 › 5 in view", "ports": "0 › 0 in view"} {
		if got := p.counts[group].Text; got != text {
			t.Errorf("group %s: %q, want %q", group, got, text)
		}
	}
	p.SetLegend(later, nil) // back to one map: one count a line
	if got := p.Lines()[0]; got != "Coca-growing zones: 6" {
		t.Errorf("after the compare view the coca line reads %q", got)
	}
}

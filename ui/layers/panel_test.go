package layers

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
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

func TestCountsPerGroup(t *testing.T) {
	test.NewTempApp(t)
	p := New(allOn())
	p.SetCounts([]overlay.LegendEntry{
		{Group: "routes", Layer: data.LayerRoute, Mode: data.ModeRiver, Count: 3},
		{Group: "routes", Layer: data.LayerHub, Count: 2},
		{Group: "coca", Layer: data.LayerCocaZone, Count: 7},
	})
	want := map[string]string{"routes": "5 shown", "coca": "7 shown", "ports": "0 shown"}
	for group, text := range want {
		if got := p.counts[group].Text; got != text {
			t.Errorf("group %s: %q, want %q", group, got, text)
		}
	}
}

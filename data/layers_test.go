package data

import (
	"errors"
	"slices"
	"testing"
)

// TestGroupsCoverEveryLayerOnce fails when a layer has no group or two.
func TestGroupsCoverEveryLayerOnce(t *testing.T) {
	seen := map[Layer]string{}
	for _, g := range Groups() {
		for _, l := range g.Layers {
			if other, dup := seen[l]; dup {
				t.Errorf("layer %s is in groups %s and %s", l, other, g.Name)
			}
			seen[l] = g.Name
		}
	}
	for _, l := range Layers() {
		if _, ok := seen[l]; !ok {
			t.Errorf("layer %s is in no group", l)
		}
	}
}

// TestWordsComplete fails when a group, layer, mode or faction lacks a
// title in a language, or two share one.
func TestWordsComplete(t *testing.T) {
	for _, lang := range Languages() {
		titles := map[string][]string{}
		add := func(kind, title, of string) {
			// an unknown value falls back to its id; mode ids are English words
			if title == "" || (title == of && kind != "mode") {
				t.Errorf("%s %s has no %s title", kind, of, lang)
			}
			titles[kind+":"+title] = append(titles[kind+":"+title], of)
		}
		for _, g := range Groups() {
			add("group", g.Title(lang), g.Name)
		}
		for _, l := range Layers() {
			add("layer", l.Title(lang), string(l))
			add("legend", l.PluralTitle(lang), string(l))
		}
		for _, m := range []Mode{ModeAir, ModeRiver, ModeRoad, ModeFoot, ModeSea, ModeMixed, ModeUnspecified} {
			add("mode", m.Title(lang), string(m))
			add("route", m.RouteTitle(lang), string(m))
		}
		for _, f := range []Faction{FactionParty, FactionVRAEM, FactionHuallaga, FactionMOVADEF} {
			add("faction", f.Title(lang), string(f))
		}
		for k, of := range titles {
			if len(of) > 1 {
				t.Errorf("%s: %v share the %s title %q", lang, of, lang, k)
			}
		}
	}
}

func TestTitles(t *testing.T) {
	tests := []struct {
		desc, got, want string
	}{
		{desc: "layer English", got: LayerCocaZone.Title(LangEN), want: "Coca-growing zone"},
		{desc: "layer Spanish", got: LayerCocaZone.Title(LangES), want: "Zona cocalera"},
		{desc: "route layer Spanish", got: LayerRoute.Title(LangES), want: "Ruta del narcotráfico"},
		{desc: "unknown language falls back to English", got: LayerExitPort.Title("qu"), want: "Exit port"},
		{desc: "unknown layer keeps its name", got: Layer("volcano").Title(LangES), want: "volcano"},
		{desc: "legend line", got: LayerAirRoute.PluralTitle(LangEN), want: "Narco flights"},
		{desc: "group Spanish", got: Group{Name: "routes"}.Title(LangES), want: "Rutas y centros de acopio"},
		{desc: "mode", got: ModeRiver.Title(LangES), want: "fluvial"},
		{desc: "route by mode", got: ModeSea.RouteTitle(LangEN), want: "Routes by sea"},
		{desc: "empty mode reads as not stated", got: Mode("").RouteTitle(LangEN), want: "Routes, mode not stated"},
		{desc: "faction by keyword", got: FactionOf("VRAEM (Quispe Palomino clan)").Title(LangEN), want: "Shining Path: VRAEM faction"},
		{desc: "no faction is the layer", got: FactionOf("").Title(LangES), want: "Zonas de Sendero Luminoso"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, tt.got, tt.want)
		}
	}
}

func TestFactionOf(t *testing.T) {
	tests := []struct {
		desc, text string
		want       Faction
	}{
		{desc: "VRAEM by region", text: "VRAEM (Quispe Palomino clan)", want: FactionVRAEM},
		{desc: "VRAEM by clan", text: "Quispe Palomino", want: FactionVRAEM},
		{desc: "Huallaga by leader", text: "Artemio's column", want: FactionHuallaga},
		{desc: "MOVADEF", text: "MOVADEF (Guzmán line)", want: FactionMOVADEF},
		{desc: "before the split", text: "Shining Path (before the split)", want: FactionParty},
		{desc: "none", text: "", want: FactionNone},
	}
	for _, tt := range tests {
		if got := FactionOf(tt.text); got != tt.want {
			t.Errorf("%s: FactionOf(%q) = %q, want %q", tt.desc, tt.text, got, tt.want)
		}
	}
}

func TestParseLayers(t *testing.T) {
	tests := []struct {
		desc, list string
		want       []Layer
		err        bool
	}{
		{desc: "groups in legend order", list: "routes,coca", want: []Layer{LayerCocaZone, LayerRoute, LayerHub}},
		{desc: "a layer by name, any case", list: " HUB ", want: []Layer{LayerHub}},
		{desc: "all", list: "all", want: []Layer{LayerCocaZone, LayerSenderoArea, LayerAirstrip, LayerAirRoute, LayerExitPort, LayerRoute, LayerHub, LayerEvent, LayerBase}},
		{desc: "no repeats", list: "ports,exit_port,ports", want: []Layer{LayerExitPort}},
		{desc: "empty is none, not all", list: "", want: []Layer{}},
		{desc: "unknown name", list: "coca,volcanoes", err: true},
	}
	for _, tt := range tests {
		got, err := ParseLayers(tt.list)
		if tt.err {
			if !errors.Is(err, ErrUnknownLayer) {
				t.Errorf("%s: err = %v, want ErrUnknownLayer", tt.desc, err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) || got == nil {
			t.Errorf("%s: ParseLayers(%q) = %v, %v; want %v", tt.desc, tt.list, got, err, tt.want)
		}
	}
}

func TestOpacityIn(t *testing.T) {
	event := Feature{Layer: LayerEvent, Period: Year(2010)}
	zone := Feature{Layer: LayerCocaZone, Period: Span(2000, 2010)}
	tests := []struct {
		desc string
		f    Feature
		year int
		want float64
	}{
		{desc: "event in its year", f: event, year: 2010, want: 1},
		{desc: "event a year after, fading", f: event, year: 2011, want: 0.8},
		{desc: "event at the end of the fade", f: event, year: 2010 + EventFadeYears, want: 0.2},
		{desc: "event after the fade", f: event, year: 2010 + EventFadeYears + 1, want: 0},
		{desc: "event before", f: event, year: 2009, want: 0},
		{desc: "zone after its period does not fade", f: zone, year: 2011, want: 0},
		{desc: "ongoing zone", f: Feature{Layer: LayerCocaZone, Period: Period{From: 2000}}, year: 2030, want: 1},
	}
	for _, tt := range tests {
		if got := tt.f.OpacityIn(tt.year); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("%s: OpacityIn(%d) = %v, want %v", tt.desc, tt.year, got, tt.want)
		}
	}
	if event.OnMapIn(2011, []Layer{LayerCocaZone}) {
		t.Error("OnMapIn: an event shows with only coca switched on")
	}
	if !event.OnMapIn(2011, nil) {
		t.Error("OnMapIn: a fading event is not on the map with all layers")
	}
}

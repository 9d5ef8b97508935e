package data

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownLayer is wrapped by ParseLayers for a name that is neither a
// group, a layer nor "all".
var ErrUnknownLayer = errors.New("data: unknown layer")

// Group is a set of layers switched on and off together: one checkbox in
// the window's Layers panel, one name for `atlas export -layers` and for a
// lesson scene's layers.
type Group struct {
	Name   string  // short, stable name: coca, sendero, airstrips, ports, routes, events
	Layers []Layer // the layers it switches, in drawing order
}

// Groups returns the layer groups in legend order: coca[coca_zone],
// sendero[sendero_area], airstrips[airstrip, air_route], ports[exit_port],
// routes[route, hub], events[event, base]. Every layer is in exactly one.
func Groups() []Group {
	return []Group{
		{Name: "coca", Layers: []Layer{LayerCocaZone}},
		{Name: "sendero", Layers: []Layer{LayerSenderoArea}},
		{Name: "airstrips", Layers: []Layer{LayerAirstrip, LayerAirRoute}},
		{Name: "ports", Layers: []Layer{LayerExitPort}},
		{Name: "routes", Layers: []Layer{LayerRoute, LayerHub}},
		{Name: "events", Layers: []Layer{LayerEvent, LayerBase}},
	}
}

// GroupNames returns the names of Groups, in legend order.
func GroupNames() []string {
	var out []string
	for _, g := range Groups() {
		out = append(out, g.Name)
	}
	return out
}

// GroupByName returns the group called name.
func GroupByName(name string) (Group, bool) {
	for _, g := range Groups() {
		if g.Name == name {
			return g, true
		}
	}
	return Group{}, false
}

// Title returns the group's title for the Layers panel in lang ("en" or
// "es"; anything else gets English): a one-layer group is called as its
// layer's legend line.
func (g Group) Title(lang string) string {
	if len(g.Layers) == 1 {
		return g.Layers[0].PluralTitle(lang)
	}
	var w words
	switch g.Name {
	case "airstrips":
		w = words{"Airstrips and air routes", "Pistas y rutas aéreas"}
	case "routes":
		w = words{"Routes and hubs", "Rutas y centros de acopio"}
	case "events":
		w = words{"Events and bases", "Hechos y bases"}
	default:
		return g.Name
	}
	return w.in(lang)
}

// words is one text in English and Spanish.
type words struct{ en, es string }

func (w words) in(lang string) string {
	if lang == LangES {
		return w.es
	}
	return w.en
}

// layerWords holds each layer's singular title (a feature's kind in the
// details panel) and plural title (a legend line).
func layerWords(l Layer) (one, many words, ok bool) {
	switch l {
	case LayerCocaZone:
		return words{"Coca-growing zone", "Zona cocalera"}, words{"Coca-growing zones", "Zonas cocaleras"}, true
	case LayerSenderoArea:
		return words{"Shining Path area", "Zona de Sendero Luminoso"}, words{"Shining Path areas", "Zonas de Sendero Luminoso"}, true
	case LayerAirstrip:
		return words{"Clandestine airstrip", "Pista clandestina"}, words{"Clandestine airstrips", "Pistas clandestinas"}, true
	case LayerAirRoute:
		return words{"Air route", "Ruta aérea"}, words{"Narco flights", "Narcovuelos"}, true
	case LayerExitPort:
		return words{"Exit port", "Puerto de salida"}, words{"Exit ports", "Puertos de salida"}, true
	case LayerRoute:
		return words{"Trafficking route", "Ruta del narcotráfico"}, words{"Trafficking routes", "Rutas del narcotráfico"}, true
	case LayerEvent:
		return words{"Event", "Hecho"}, words{"Events (year)", "Hechos (año)"}, true
	case LayerHub:
		return words{"Hub", "Centro de acopio"}, words{"Collection and money hubs", "Centros de acopio y de dinero"}, true
	case LayerBase:
		return words{"Base", "Base"}, words{"Military and police bases", "Bases militares y policiales"}, true
	}
	return words{}, words{}, false
}

// Title returns the layer's singular title ("Exit port") in lang ("en" or
// "es"; anything else gets English). An unknown layer gets its own name.
func (l Layer) Title(lang string) string {
	one, _, ok := layerWords(l)
	if !ok {
		return string(l)
	}
	return one.in(lang)
}

// PluralTitle returns the layer's title for a legend line ("Exit ports")
// in lang. An unknown layer gets its own name.
func (l Layer) PluralTitle(lang string) string {
	_, many, ok := layerWords(l)
	if !ok {
		return string(l)
	}
	return many.in(lang)
}

// modeWords holds a mode's adjective and its legend line.
func modeWords(m Mode) (name, legend words, ok bool) {
	switch m {
	case ModeAir:
		return words{"air", "aérea"}, words{"Routes by air", "Rutas aéreas"}, true
	case ModeRiver:
		return words{"river", "fluvial"}, words{"Routes by river", "Rutas fluviales"}, true
	case ModeRoad:
		return words{"road", "terrestre"}, words{"Routes by road", "Rutas por carretera"}, true
	case ModeFoot:
		return words{"foot", "a pie"}, words{"Routes on foot", "Rutas a pie"}, true
	case ModeSea:
		return words{"sea", "marítima"}, words{"Routes by sea", "Rutas marítimas"}, true
	case ModeMixed:
		return words{"mixed", "mixta"}, words{"Routes, mixed modes", "Rutas de medios mixtos"}, true
	case ModeUnspecified:
		return words{"not stated", "no indicado"}, words{"Routes, mode not stated", "Rutas de medio no indicado"}, true
	}
	return words{}, words{}, false
}

// Title returns how the mode is named in the details panel ("river") in
// lang. An unknown mode gets its own name.
func (m Mode) Title(lang string) string {
	name, _, ok := modeWords(m)
	if !ok {
		return string(m)
	}
	return name.in(lang)
}

// RouteTitle returns the legend line of routes by this mode ("Routes by
// river") in lang; an unknown or empty mode reads as not stated.
func (m Mode) RouteTitle(lang string) string {
	_, legend, ok := modeWords(m)
	if !ok {
		_, legend, _ = modeWords(ModeUnspecified)
	}
	return legend.in(lang)
}

// ParseLayers turns a comma-separated list of group names ("coca,routes"),
// layer names ("hub") or "all" into layers, in legend order and without
// repeats. Names are case-insensitive. An unknown name gives an error
// wrapping ErrUnknownLayer that lists the group names. An empty list gives
// no layers (not nil, which would mean all).
func ParseLayers(list string) ([]Layer, error) {
	want := map[Layer]bool{}
	for _, raw := range strings.Split(list, ",") {
		name := strings.ToLower(strings.TrimSpace(raw))
		switch {
		case name == "":
		case name == "all":
			for _, l := range Layers() {
				want[l] = true
			}
		case Layer(name).Known():
			want[Layer(name)] = true
		default:
			g, ok := GroupByName(name)
			if !ok {
				return nil, fmt.Errorf("%w %q: want layer groups (%s), layers (%s) or all", ErrUnknownLayer, name, strings.Join(GroupNames(), ", "), layerNames())
			}
			for _, l := range g.Layers {
				want[l] = true
			}
		}
	}
	out := []Layer{}
	for _, g := range Groups() {
		for _, l := range g.Layers {
			if want[l] {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

// layerNames lists the layers' names for a message.
func layerNames() string {
	var out []string
	for _, l := range Layers() {
		out = append(out, string(l))
	}
	return strings.Join(out, ", ")
}

// LayerOn reports whether layer l is among layers; nil layers means all
// are on, an empty non-nil slice that none is.
func LayerOn(layers []Layer, l Layer) bool {
	if layers == nil {
		return true
	}
	for _, x := range layers {
		if x == l {
			return true
		}
	}
	return false
}

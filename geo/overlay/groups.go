package overlay

import (
	"fmt"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

// Options choose what to draw.
type Options struct {
	Year     int          // features whose Period contains Year are drawn; events also for a few years after, fading
	Layers   []data.Layer // visible layers; nil means all
	Selected string       // id of the highlighted feature, "" for none
	Scale    float64      // 1 = normal screen; 2 = HiDPI / projector / large export (line widths, symbols, text); 0 means 1
	Lang     string       // language of feature labels: "es" for Spanish, else English

	// View, when set, is the part of the drawing surface that Objects'
	// labels must stay inside: the frame an export shows. go-staticmaps
	// draws on whole tiles and crops afterwards, so without it labels
	// placed at the surface's edges (off-map destinations) may be cut.
	// Render ignores it and uses its own view.
	View *geo.View
}

// scale returns the effective scale factor, 1 when unset.
func (o Options) scale() float64 {
	if o.Scale <= 0 {
		return 1
	}
	return o.Scale
}

// visibleLayer reports whether layer l is switched on.
func (o Options) visibleLayer(l data.Layer) bool {
	if o.Layers == nil {
		return true
	}
	for _, x := range o.Layers {
		if x == l {
			return true
		}
	}
	return false
}

// Group is a user-facing layer group for toggles and the CLI's -layers flag.
type Group struct {
	Name   string       // short name for flags, e.g. "coca"
	Title  string       // title for the layer panel
	Layers []data.Layer // the data layers it switches
}

// Groups returns, in legend order: coca[coca_zone], sendero[sendero_area],
// airstrips[airstrip, air_route], ports[exit_port], routes[route, hub],
// events[event, base].
func Groups() []Group {
	return []Group{
		{Name: "coca", Title: "Coca-growing zones", Layers: []data.Layer{data.LayerCocaZone}},
		{Name: "sendero", Title: "Shining Path areas", Layers: []data.Layer{data.LayerSenderoArea}},
		{Name: "airstrips", Title: "Airstrips and air routes", Layers: []data.Layer{data.LayerAirstrip, data.LayerAirRoute}},
		{Name: "ports", Title: "Exit ports", Layers: []data.Layer{data.LayerExitPort}},
		{Name: "routes", Title: "Routes and hubs", Layers: []data.Layer{data.LayerRoute, data.LayerHub}},
		{Name: "events", Title: "Events and bases", Layers: []data.Layer{data.LayerEvent, data.LayerBase}},
	}
}

// ParseLayers turns a comma-separated list of group names ("coca,routes"),
// data layer names ("hub") or "all" into data layers, in legend order and
// without repeats. Unknown names give an error naming the bad name and the
// valid ones. An empty list gives no layers (not nil, which would mean all).
func ParseLayers(list string) ([]data.Layer, error) {
	want := map[data.Layer]bool{}
	for _, raw := range strings.Split(list, ",") {
		name := strings.ToLower(strings.TrimSpace(raw))
		if name == "" {
			continue
		}
		if name == "all" {
			for _, l := range data.Layers() {
				want[l] = true
			}
			continue
		}
		if l := data.Layer(name); l.Known() {
			want[l] = true
			continue
		}
		found := false
		for _, g := range Groups() {
			if g.Name == name {
				for _, l := range g.Layers {
					want[l] = true
				}
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("overlay: unknown layer %q; valid: %s", name, validNames())
		}
	}
	out := []data.Layer{}
	for _, g := range Groups() {
		for _, l := range g.Layers {
			if want[l] {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

func validNames() string {
	var names []string
	for _, g := range Groups() {
		names = append(names, g.Name)
	}
	names = append(names, "all")
	for _, l := range data.Layers() {
		names = append(names, string(l))
	}
	return strings.Join(names, ", ")
}

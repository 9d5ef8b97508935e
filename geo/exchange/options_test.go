package exchange

import (
	"errors"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

func TestFormatOf(t *testing.T) {
	tests := []struct {
		desc string
		name string
		want Format
		err  error
	}{
		{desc: "kml", name: "atlas.kml", want: FormatKML},
		{desc: "upper case", name: "ATLAS.KML", want: FormatKML},
		{desc: "geojson", name: "dir/atlas.geojson", want: FormatGeoJSON},
		{desc: "json", name: "atlas.json", want: FormatGeoJSON},
		{desc: "png is not data", name: "atlas.png", err: ErrFormat},
		{desc: "no extension", name: "atlas", err: ErrFormat},
	}
	for _, tt := range tests {
		got, err := FormatOf(tt.name)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("%s: FormatOf(%q) = %q, %v; want %q, %v", tt.desc, tt.name, got, err, tt.want, tt.err)
		}
	}
}

func TestFeatures(t *testing.T) {
	ds := embedded(t)
	onMap := func(year int) int {
		n := 0
		for _, f := range ds.Features {
			if f.OnMapIn(year, nil) {
				n++
			}
		}
		return n
	}
	tests := []struct {
		desc string
		opt  Options
		want int
		err  error
	}{
		{desc: "everything", opt: Options{}, want: len(ds.Features)},
		{desc: "one year", opt: Options{Year: 2012}, want: onMap(2012)},
		{desc: "one layer", opt: Options{Layers: []data.Layer{data.LayerCocaZone}}, want: len(ds.Layer(data.LayerCocaZone))},
		{desc: "selection", opt: Options{Select: "coca_vraem"}, want: 1},
		{desc: "selection not on the map that year", opt: Options{Select: "event_techint_attack_2003", Year: 1985}, err: ErrNothing},
		{desc: "no layers", opt: Options{Layers: []data.Layer{}}, err: ErrNothing},
		{desc: "unknown selection", opt: Options{Select: "nope"}, err: ErrUnknownFeature},
	}
	for _, tt := range tests {
		got, err := Features(ds, tt.opt)
		if !errors.Is(err, tt.err) || len(got) != tt.want {
			t.Errorf("%s: got %d features, %v; want %d, %v", tt.desc, len(got), err, tt.want, tt.err)
		}
	}
}

// TestFeaturesLegendOrder checks that features come in legend order, the
// order of the KML folders.
func TestFeaturesLegendOrder(t *testing.T) {
	ds := embedded(t)
	feats, err := Features(ds, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rank := map[data.Layer]int{}
	for _, g := range data.Groups() {
		for _, l := range g.Layers {
			rank[l] = len(rank)
		}
	}
	for i := 1; i < len(feats); i++ {
		if rank[feats[i].Layer] < rank[feats[i-1].Layer] {
			t.Fatalf("feature %s (%s) after %s (%s)", feats[i].ID, feats[i].Layer, feats[i-1].ID, feats[i-1].Layer)
		}
	}
}

func TestCitedSources(t *testing.T) {
	ds := embedded(t)
	got := CitedSources(ds, []data.Feature{{Citations: []data.Citation{{Source: ds.Sources[2].ID}},
		Claims: []data.Claim{{Citations: []data.Citation{{Source: ds.Sources[0].ID}}}}}})
	if len(got) != 2 || got[0].ID != ds.Sources[0].ID || got[1].ID != ds.Sources[2].ID {
		t.Errorf("got %v, want sources 0 and 2 in bibliography order", got)
	}
}

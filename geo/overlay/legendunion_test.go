package overlay

import (
	"fmt"
	"slices"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

func TestUnionLegend(t *testing.T) {
	coca := LegendEntry{Group: "coca", Layer: data.LayerCocaZone, Shape: ShapeArea}
	possible := LegendEntry{Group: "coca", Layer: data.LayerCocaZone, Shape: ShapeArea, Status: "potential"}
	river := LegendEntry{Group: "routes", Layer: data.LayerRoute, Mode: data.ModeRiver, Shape: ShapeLine}
	user := LegendEntry{User: 1, UserName: "Field trip", Shape: ShapePoint}
	flights := LegendEntry{Group: "air", Layer: data.LayerAirRoute, Mode: data.ModeAir, Shape: ShapeLine}
	flightsNone := LegendEntry{Group: "air", Layer: data.LayerAirRoute, Shape: ShapeLine}
	sea := LegendEntry{Group: "routes", Layer: data.LayerRoute, Mode: data.ModeSea, Shape: ShapeLine}
	vraem := LegendEntry{Group: "sendero", Layer: data.LayerSenderoArea, Faction: data.FactionVRAEM, Shape: ShapeArea}
	huallaga := LegendEntry{Group: "sendero", Layer: data.LayerSenderoArea, Faction: data.FactionHuallaga, Shape: ShapeArea}
	n := func(e LegendEntry, count int) LegendEntry { e.Count = count; return e }
	tests := []struct {
		desc  string
		lists [][]LegendEntry
		want  []LegendEntry
	}{
		{desc: "no legends", want: nil},
		{desc: "one legend as it is", lists: [][]LegendEntry{{n(coca, 2), n(river, 1)}}, want: []LegendEntry{n(coca, 2), n(river, 1)}},
		{desc: "an entry in both keeps its largest count",
			lists: [][]LegendEntry{{n(coca, 2)}, {n(coca, 6)}}, want: []LegendEntry{n(coca, 6)}},
		{desc: "a layer's entry for nothing to show goes where the layer shows something",
			lists: [][]LegendEntry{{n(flightsNone, 0), n(coca, 1)}, {n(flights, 3)}}, want: []LegendEntry{n(coca, 1), n(flights, 3)}},
		{desc: "and stays where the layer shows nothing anywhere",
			lists: [][]LegendEntry{{n(flightsNone, 0)}, {n(flightsNone, 0)}}, want: []LegendEntry{n(flightsNone, 0)}},
		{desc: "a layer's lines in the modes' order, whichever legend lists them first",
			lists: [][]LegendEntry{{n(flights, 1)}, {n(sea, 1), n(river, 2)}},
			want:  []LegendEntry{n(flights, 1), n(river, 2), n(sea, 1)}},
		{desc: "and in the factions' order",
			lists: [][]LegendEntry{{n(huallaga, 1)}, {n(vraem, 5)}}, want: []LegendEntry{n(vraem, 5), n(huallaga, 1)}},
		{desc: "entries of either, in the layers' order, the user's last",
			lists: [][]LegendEntry{{n(user, 3), n(river, 1)}, {n(possible, 3), n(coca, 6)}},
			want:  []LegendEntry{n(coca, 6), n(possible, 3), n(river, 1), n(user, 3)}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := UnionLegend(tc.lists...); !slices.Equal(got, tc.want) {
				t.Errorf("UnionLegend = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func ExampleLegendCounts() {
	earlier := []LegendEntry{{Group: "coca", Layer: data.LayerCocaZone, Shape: ShapeArea, Count: 2}}
	later := []LegendEntry{
		{Group: "coca", Layer: data.LayerCocaZone, Shape: ShapeArea, Count: 6},
		{Group: "ports", Layer: data.LayerExitPort, Shape: ShapePoint, Count: 5},
	}
	a, b := LegendCounts(earlier), LegendCounts(later)
	for _, e := range UnionLegend(earlier, later) {
		e.Count = 0 // the maps' keys carry no count
		fmt.Println(e.Layer, a[e], "→", b[e])
	}
	// Output:
	// coca_zone 2 → 6
	// exit_port 0 → 5
}

func TestUnionMarks(t *testing.T) {
	tests := []struct {
		desc  string
		lists [][]string
		want  []string
	}{
		{desc: "none", want: nil},
		{desc: "each once, hedged first", lists: [][]string{{data.MarkInferred}, {data.MarkHedged, data.MarkInferred}}, want: []string{data.MarkHedged, data.MarkInferred}},
		{desc: "one legend's", lists: [][]string{nil, {data.MarkInferred}}, want: []string{data.MarkInferred}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := UnionMarks(tc.lists...); !slices.Equal(got, tc.want) {
				t.Errorf("UnionMarks = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLegendOrderIsFixed: in every year the legend lists its lines in one
// fixed order, so none trades places with another as the years play.
func TestLegendOrderIsFixed(t *testing.T) {
	s := testSet(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for year := 1980; year <= ds.LatestYear(); year++ {
		es := s.Legend(Options{Year: year})
		if !slices.IsSortedFunc(es, entryOrder()) {
			var titles []string
			for _, e := range es {
				titles = append(titles, e.Title(data.LangEN))
			}
			t.Errorf("%d: legend out of order: %q", year, titles)
		}
	}
}

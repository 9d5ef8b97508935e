package change

import (
	"slices"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

func TestBetween(t *testing.T) {
	y := func(from, to int) data.Period { return data.Span(from, to) }
	features := []data.Feature{
		{ID: "old_zone", Layer: data.LayerCocaZone, Period: y(1985, 1999)},
		{ID: "new_zone", Layer: data.LayerCocaZone, Period: y(2005, 2020)},
		{ID: "long_zone", Layer: data.LayerCocaZone, Period: data.Period{From: 1980}},
		{ID: "raid_2001", Layer: data.LayerEvent, Period: y(2001, 2001)}, // fades until 2005
		{ID: "port", Layer: data.LayerExitPort, Period: data.Period{From: 1990}},
	}
	tests := []struct {
		desc                    string
		from, to                int
		layers                  []data.Layer
		appear, disappear, stay []string
	}{
		{desc: "decade apart", from: 1995, to: 2010, appear: []string{"new_zone"}, disappear: []string{"old_zone"}, stay: []string{"long_zone", "port"}},
		{desc: "a fading event stays", from: 2001, to: 2004, stay: []string{"long_zone", "raid_2001", "port"}},
		{desc: "an event gone once faded", from: 2001, to: 2006, appear: []string{"new_zone"}, disappear: []string{"raid_2001"}, stay: []string{"long_zone", "port"}},
		{desc: "layers switched off count on neither map", from: 1995, to: 2010, layers: []data.Layer{data.LayerExitPort}, stay: []string{"port"}},
		{desc: "backwards in time swaps the kinds", from: 2010, to: 1995, appear: []string{"old_zone"}, disappear: []string{"new_zone"}, stay: []string{"long_zone", "port"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			d := Between(features, tc.from, tc.to, tc.layers)
			for _, c := range []struct {
				name      string
				got, want []string
				kind      Kind
			}{{"appear", d.Appear, tc.appear, Appears}, {"disappear", d.Disappear, tc.disappear, Disappears}, {"stay", d.Stay, tc.stay, Stays}} {
				if !slices.Equal(c.got, c.want) {
					t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
				}
				for _, id := range c.want {
					if d.Of(id) != c.kind {
						t.Errorf("Of(%s) = %v, want %v", id, d.Of(id), c.kind)
					}
				}
			}
		})
	}
	if k := Between(features, 1995, 2010, nil).Of("nothing"); k != Absent {
		t.Errorf("an unknown id is %v, want Absent", k)
	}
}

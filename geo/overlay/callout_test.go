package overlay

import (
	"testing"

	"github.com/perutraffickingatlas/atlas/geo"
)

// TestCalloutFindsRoom: the selected feature's callout is placed even
// where its own anchor lies under other symbols (the VRAEM's does, under
// the airstrip and base symbols at a slide's zoom), for areas, lines and
// symbols framed as an export frames a selection.
func TestCalloutFindsRoom(t *testing.T) {
	s := testSet(t)
	tests := []struct {
		desc string
		id   string
		zoom float64
	}{
		{desc: "the VRAEM's coca zone at a slide's zoom", id: "coca_vraem", zoom: 8.75},
		{desc: "the Upper Huallaga at a slide's zoom", id: "coca_upper_huallaga", zoom: 8.5},
		{desc: "a route", id: "route_vraem_to_coast", zoom: 7},
		{desc: "a port", id: "port_paita", zoom: 8},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ft, ok := s.byID[tc.id]
			if !ok {
				t.Fatalf("no feature %s", tc.id)
			}
			v := geo.View{Center: ft.f.Geometry.Bound().Center(), Zoom: tc.zoom, Width: 1648, Height: 959}
			fr := newFrame(s, Options{Year: 2015, Selected: tc.id}, viewProj(v), v.Width, v.Height)
			cands, chosen := fr.placeLabels()
			found := false
			for i, c := range cands {
				if c.Priority >= prioSelected {
					found = true
					if chosen[i] < 0 {
						t.Errorf("the callout %q found no place among %d spots", c.Text, len(c.Spots))
					}
				}
			}
			if !found {
				t.Error("no callout for the selection")
			}
		})
	}
}

package overlay

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

// fadingEvent is an event of the dataset with a last year and a point.
func fadingEvent(t *testing.T, ds *data.Dataset) data.Feature {
	t.Helper()
	for _, f := range ds.Features {
		if _, ok := f.Geometry.(orb.Point); ok && f.Layer == data.LayerEvent && f.Period.To != nil && *f.Period.To+data.EventFadeYears < 2022 {
			return f
		}
	}
	t.Fatal("no dated point event in the dataset")
	return data.Feature{}
}

func TestVisible(t *testing.T) {
	s := testSet(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ev := fadingEvent(t, ds)
	end := *ev.Period.To
	onEvent := geo.View{Center: ev.Geometry.(orb.Point), Zoom: 9, Width: 800, Height: 600}
	without := func(off data.Layer) []data.Layer {
		var on []data.Layer
		for _, l := range data.Layers() {
			if l != off {
				on = append(on, l)
			}
		}
		return on
	}
	away := onEvent
	away.Center[0] += 3 // a zoom-9 view of 800 px spans about 1.1° of longitude
	tests := []struct {
		desc    string
		v       geo.View
		opt     Options
		want    []string // listed
		wantNot []string // drawn elsewhere or not at all: not listed
	}{
		{desc: "the VRAEM at zoom 8 shows its coca zone, not Callao's port", v: vraemView(), opt: Options{Year: 2012},
			want: []string{"coca_vraem"}, wantNot: []string{"port_callao"}},
		{desc: "coca switched off", v: vraemView(), opt: Options{Year: 2012, Layers: without(data.LayerCocaZone)},
			wantNot: []string{"coca_vraem"}},
		{desc: "an event in its last year", v: onEvent, opt: Options{Year: end}, want: []string{ev.ID}},
		{desc: "an event fading two years after", v: onEvent, opt: Options{Year: end + 2}, want: []string{ev.ID}},
		{desc: "an event faded out", v: onEvent, opt: Options{Year: end + data.EventFadeYears + 1}, wantNot: []string{ev.ID}},
		{desc: "an event with events switched off", v: onEvent, opt: Options{Year: end, Layers: without(data.LayerEvent)}, wantNot: []string{ev.ID}},
		{desc: "a view 3° east of the event", v: away, opt: Options{Year: end}, wantNot: []string{ev.ID}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := s.Visible(tc.v, tc.opt)
			for _, id := range tc.want {
				if !slices.Contains(got, id) {
					t.Errorf("%s not listed in %v", id, got)
				}
			}
			for _, id := range tc.wantNot {
				if slices.Contains(got, id) {
					t.Errorf("%s listed, want it left out", id)
				}
			}
			opt := tc.opt
			for i, id := range got {
				ft := s.byID[id]
				if _, drawn := shown(ft, &opt); !drawn {
					t.Errorf("%s listed but not drawn", id)
				}
				if i > 0 {
					prev := s.byID[got[i-1]]
					if prev.min.X+prev.max.X > ft.min.X+ft.max.X {
						t.Errorf("%s listed after %s, which lies further east", id, got[i-1])
					}
				}
			}
		})
	}
}

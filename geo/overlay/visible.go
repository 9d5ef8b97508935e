package overlay

import (
	"math"
	"sort"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Visible lists the ids of the features drawn in view v with options opt,
// west to east by the middle of their drawn extent (features at the same
// longitude in drawing order): the order keyboard users step through the
// map in. It follows the drawing's own rule for what is shown (the layers
// switched on, the year, events fading after it: see data.Feature.OpacityIn)
// and lists a feature when its drawn extent (air routes as arcs) touches
// the view.
func (s *Set) Visible(v geo.View, opt Options) []string {
	k := math.Exp2(v.Zoom) // world-0 pixels to view pixels
	tl := v.TopLeft().Scale(1 / k)
	br := tl.Add(geo.Pixel{X: v.Width / k, Y: v.Height / k})
	var on []*feat
	for _, ft := range s.feats {
		if _, ok := shown(ft, &opt); ok && ft.max.X >= tl.X && ft.min.X <= br.X && ft.max.Y >= tl.Y && ft.min.Y <= br.Y {
			on = append(on, ft)
		}
	}
	sort.SliceStable(on, func(i, j int) bool { return on[i].min.X+on[i].max.X < on[j].min.X+on[j].max.X })
	ids := make([]string, len(on))
	for i, ft := range on {
		ids[i] = ft.f.ID
	}
	return ids
}

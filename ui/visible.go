package ui

import (
	"sort"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// visibleFeatures lists the ids of the features drawn in view v with
// options opt, west to east, for keyboard navigation.
func visibleFeatures(ds *data.Dataset, opt overlay.Options, v geo.View) []string {
	vb := v.Bound()
	type item struct {
		id string
		x  float64
	}
	var items []item
	for _, f := range ds.Features {
		if !f.OnMapIn(opt.Year, opt.Layers) {
			continue
		}
		b := f.Geometry.Bound()
		if !b.Intersects(vb) {
			continue
		}
		items = append(items, item{f.ID, b.Center().Lon()})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].x < items[j].x })
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = it.id
	}
	return ids
}

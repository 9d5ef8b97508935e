package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// openFeature selects a feature and flies the map to it: what a related
// feature's link, a source's link and a search hit do.
func (mw *MainWindow) openFeature(id string) { mw.selectFeature(id, true) }

// selectFeature highlights a feature, opens its details and, when fly is
// set, moves the map to it. A feature not on the map in the year on
// screen moves the timeline to its first year.
func (mw *MainWindow) selectFeature(id string, fly bool) {
	f, ok := mw.ds.ByID(id)
	if !ok {
		mw.setStatus(lang.L("No feature with id {{.ID}}", map[string]any{"ID": id}))
		return
	}
	mw.state.Selected = id
	mw.side.details.ShowFeature(f)
	mw.showSelectionCard()
	mw.side.showDetails()
	if !f.OnMapIn(mw.state.Year, nil) {
		mw.timeline.SetYear(f.Period.From) // show it in a year it existed
	}
	mw.redraw()
	if fly {
		b := f.Geometry.Bound()
		v := mw.mapv.View()
		if b.Min == b.Max {
			mw.mapv.CenterOn(b.Center(), math.Max(v.Zoom, 8))
		} else {
			mw.mapv.SetView(geo.Fit(b.Pad(0.3), v.Width, v.Height, 2).Clamp(mw.mapv.Limits()))
		}
	}
	mw.setStatus(fmt.Sprintf("%s — %s, %s", i18n.FeatureName(f), f.Layer.Title(i18n.Current()), i18n.PeriodText(f.Period)))
}

// clearSelection closes the details.
func (mw *MainWindow) clearSelection() {
	if mw.state.Selected == "" {
		return
	}
	mw.state.Selected = ""
	mw.side.details.Clear()
	mw.showSelectionCard()
	mw.redraw()
}

// cycleFeatures highlights the next feature drawn in the view, west to
// east.
func (mw *MainWindow) cycleFeatures(step int) {
	if mw.tabOrder == nil {
		mw.tabOrder = mw.set.Visible(mw.mapv.View(), *mw.drawOpt.Load())
	}
	if len(mw.tabOrder) == 0 {
		mw.setStatus(lang.L("No features on screen in {{.Year}}", map[string]any{"Year": mw.state.Year}))
		return
	}
	i := 0
	for k, id := range mw.tabOrder {
		if id == mw.state.Selected {
			i = (k + step + len(mw.tabOrder)) % len(mw.tabOrder)
		}
	}
	order := mw.tabOrder
	mw.selectFeature(order[i], false)
	mw.tabOrder = order
}

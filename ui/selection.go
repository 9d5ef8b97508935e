package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// openFeature selects a feature and flies the map to it: what a related
// feature's link, a source's link and a search hit do.
func (mw *MainWindow) openFeature(id string) { mw.selectFeature(id, true) }

// selectFeature is the user picking a feature: it is highlighted, its
// details come forward (the Details tab, the drawer on a narrow window,
// the card while presenting) at their top, and when fly is set the map
// moves to it.
func (mw *MainWindow) selectFeature(id string, fly bool) {
	if !mw.setSelected(id) {
		return
	}
	mw.side.showDetails()
	mw.revealPanel()
	mw.pres.cardWanted = true
	mw.showSelectionCard()
	if fly {
		b, _ := mw.featureBound(id)
		v := mw.mapv.View()
		if b.Min == b.Max {
			mw.mapv.CenterOn(b.Center(), math.Max(v.Zoom, 8))
		} else {
			mw.mapv.SetView(geo.Fit(b.Pad(0.3), v.Width, v.Height, 2).Clamp(mw.mapv.Limits()))
		}
	}
}

// selectAtStart selects the feature the window opens with: at once, or,
// for a feature of the user's own layers while they are being read again,
// once they are back (finishImport).
func (mw *MainWindow) selectAtStart(id string) {
	if id == "" {
		return
	}
	if _, _, ok := userlayer.ParseFeatureID(id); ok && mw.users.busy {
		mw.state.Selected = "" // nothing is, until the layer is back
		mw.users.pending = id
		return
	}
	mw.selectFeature(id, false)
}

// setSelected highlights a feature and shows its details, opened at their
// top, without bringing them forward (a lesson's scene selects this way).
// A feature not on the map in the year on screen (nor on the compare
// view's earlier map) moves the timeline to its first year. It reports
// false for an unknown id.
func (mw *MainWindow) setSelected(id string) bool {
	mw.users.pending = "" // a choice made while the user's layers come back wins
	if _, _, ok := userlayer.ParseFeatureID(id); ok {
		return mw.setUserSelected(id)
	}
	f, ok := mw.ds.ByID(id)
	if !ok {
		mw.setStatus(lang.L("No feature with id {{.ID}}", map[string]any{"ID": id}))
		return false
	}
	mw.state.Selected = id
	mw.side.details.ShowFeature(f)
	if !f.OnMapIn(mw.state.Year, nil) && !mw.onComparedMap(id) {
		mw.timeline.SetYear(f.Period.Start()) // show it in a year it existed
	}
	mw.redraw()
	mw.setStatus(fmt.Sprintf("%s — %s, %s", i18n.FeatureName(f), f.Layer.Title(i18n.Current()), i18n.PeriodText(f.Period)))
	return true
}

// clearSelection closes the details.
func (mw *MainWindow) clearSelection() {
	mw.users.pending = ""
	if mw.state.Selected == "" {
		return
	}
	mw.state.Selected = ""
	mw.side.details.Clear()
	if mw.shell.narrow && mw.side.selectedIndex() == detailsTab {
		mw.setDrawer(false) // the drawer opened for the details: the map again
	}
	mw.pres.cardWanted = false
	mw.showSelectionCard()
	mw.redraw()
	mw.setStatus(lang.L("Nothing selected: click a feature, or press N for the next one on screen."))
}

// cycleFeatures highlights the next (step 1) or previous (-1) feature
// drawn in the view, in the order the map draws them: west to east.
func (mw *MainWindow) cycleFeatures(step int) {
	if mw.tabOrder == nil {
		mw.tabOrder = mw.set.Visible(mw.mapv.View(), *mw.drawOpt.Load())
	}
	if len(mw.tabOrder) == 0 {
		mw.setStatus(lang.L("No features on screen in {{.Year}}", map[string]any{"Year": mw.state.Year}))
		return
	}
	i := 0
	if step < 0 {
		i = len(mw.tabOrder) - 1
	}
	for k, id := range mw.tabOrder {
		if id == mw.state.Selected {
			i = (k + step + len(mw.tabOrder)) % len(mw.tabOrder)
		}
	}
	order := mw.tabOrder
	mw.selectFeature(order[i], false)
	mw.tabOrder = order
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/compare"
)

// newCompare builds the map area: the map with over (its buttons) on it,
// which the compare view splits between two years while comparing. The
// later year is the map's own, the timeline's; the earlier map is drawn
// as the map is (drawWith), taps on it select as taps on the map do, and
// its keys are the map's.
func (mw *MainWindow) newCompare(over fyne.CanvasObject) *compare.View {
	return compare.New(compare.Options{
		Map: mw.mapv, Over: over, Features: mw.ds.Features, First: session.FirstYear, Last: mw.ds.LatestYear(),
		Tips: mw.tips, Post: mw.opts.poster, Draw: mw.drawWith,
		OnLater:        mw.timeline.SetYear,
		OnEarlier:      mw.republish,
		OnClose:        func() { mw.setComparing(false) },
		OnTapped:       func(p geo.Pixel, at orb.Point, opt overlay.Options) { mw.tapped(p, at, opt) },
		OnKey:          mw.mapKey,
		OnRune:         mw.mapRune,
		OnOverlayError: mw.overlayFailed,
	})
}

// ToggleCompare compares two years side by side, or goes back to one map.
func (mw *MainWindow) ToggleCompare() { mw.setComparing(!mw.cmp.Active()) }

// compareMenuText is the menu's item for comparing: to start, or to stop.
func (mw *MainWindow) compareMenuText() string {
	if mw.cmp.Active() {
		return lang.L("Close compare")
	}
	return lang.L("Compare years…")
}

// setComparing turns the map area into two maps of two years (the year
// on screen, and an earlier one), panned and zoomed together, each marking
// what it alone shows; or back into the one map. Presentation mode and
// comparing exclude each other.
func (mw *MainWindow) setComparing(on bool) {
	if on == mw.cmp.Active() {
		return
	}
	if on {
		if mw.pres.on {
			mw.SetPresenting(false)
		}
		mw.cmp.Open(*mw.drawOpt.Load(), mw.set)
		mw.redraw()
		mw.sayComparing()
		mw.win.Canvas().Focus(mw.cmp.Earlier())
		return
	}
	mw.cmp.Close()
	mw.redraw()
	mw.setStatus(lang.L("Back to one map, in {{.Year}}.", map[string]any{"Year": mw.state.Year}))
	mw.win.Canvas().Focus(mw.mapv)
}

// republish publishes the options again after the earlier year changed,
// and redraws the later map only when its marks changed with it.
func (mw *MainWindow) republish() {
	old := *mw.drawOpt.Load()
	mw.publishOptions()
	if !old.SameAs(*mw.drawOpt.Load()) {
		mw.mapv.RefreshOverlay()
	}
	mw.sayComparing()
}

// sayComparing says in the status line which years are compared.
func (mw *MainWindow) sayComparing() {
	y := mw.cmp.Years()
	mw.setStatus(lang.L("Comparing {{.Earlier}} with {{.Later}}: what only one map shows is ringed. Esc goes back to one map.",
		map[string]any{"Earlier": y[0], "Later": y[1]}))
}

// onComparedMap reports whether the compare view's earlier map shows
// feature id: picking it there must not move the timeline.
func (mw *MainWindow) onComparedMap(id string) bool {
	if !mw.cmp.Active() {
		return false
	}
	f, ok := mw.ds.ByID(id)
	return ok && f.OnMapIn(mw.cmp.Years()[0], nil)
}

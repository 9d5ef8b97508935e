package ui

import (
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/ui/export"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// showExport opens the Export dialog for the current view. When the
// embedded basemap stands in on screen for an online one that failed, the
// dialog says the export will use it too.
func (mw *MainWindow) showExport() {
	if mw.pres.on {
		mw.SetPresenting(false)
	}
	o := mw.exportOptions()
	o.Animate = mw.showAnimation
	export.Show(o)
}

// exportOptions are what the export dialogs are told of the window: the
// view on screen, where to report, what to remember, and a note when the
// embedded basemap stands in for one that failed.
func (mw *MainWindow) exportOptions() export.Options {
	_, note := mw.basemaps.ExportSource()
	return export.Options{Window: mw.win, Year: mw.state.Year, Scene: mw.exportScene,
		Status: mw.setStatus, Error: mw.showError, Post: mw.opts.poster, Memory: mw.app.Preferences(), Note: note}
}

// exportScene describes the current view for the exporter: its bound,
// year, layers, selection and annotations over the basemap the map shows
// (the embedded one where it stood in for a source that failed), so the
// export shows what the screen does.
func (mw *MainWindow) exportScene(p render.Preset, title string, allowGaps bool) (render.Scene, error) {
	b, err := mw.exportBuilder(p.Scale, mw.set, allowGaps)
	if err != nil {
		return render.Scene{}, err
	}
	return b.Scene(render.View{Bound: mw.mapv.View().Bound(), Year: mw.state.Year, Layers: mw.state.Layers(),
		Selected: mw.state.Selected, HideUsers: mw.users.hidden(), Title: title, Lang: i18n.Current(), Annotations: mw.state.Annotations}, p), nil
}

// exportBuilder makes the Builder of an export drawing set (the atlas
// layers and the user's) over the basemap the map shows, or the embedded
// one at pixel density scale where it stood in for a source that failed;
// allowGaps lets it go ahead with basemap tiles missing.
func (mw *MainWindow) exportBuilder(scale float64, set *overlay.Set, allowGaps bool) (*render.Builder, error) {
	dir, err := render.CacheDir("")
	if err != nil {
		return nil, err
	}
	var src tiles.Source
	if chosen, _ := mw.basemaps.ExportSource(); chosen != nil {
		src = chosen // the online or MBTiles source itself: gaps are reported, not filled in
	} else if shown, ok := mw.basemaps.Embedded().(render.Rescaler); ok {
		// the window's embedded basemap at the export's density, sharing its
		// decoded vectors and relief: a new one made them again for every
		// export (about 25 MB and 150 ms, see embedded.Source.AtScale)
		src = shown.AtScale(scale)
	} else {
		src = embedded.New(embedded.WithScale(scale))
	}
	b, err := render.NewBuilder(src, dir, mw.opts.Version, mw.ds, set)
	if err != nil {
		return nil, err
	}
	b.AllowGaps = allowGaps
	return b, nil
}

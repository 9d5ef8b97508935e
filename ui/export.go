package ui

import (
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
	_, note := mw.basemaps.ExportSource()
	export.Show(export.Options{Window: mw.win, Year: mw.state.Year, Scene: mw.exportScene,
		Status: mw.setStatus, Error: mw.showError, Post: mw.opts.poster, Memory: mw.app.Preferences(), Note: note})
}

// exportScene describes the current view for the exporter: its bound,
// year, layers, selection and annotations over the basemap the map shows
// (the embedded one where it stood in for a source that failed), so the
// export shows what the screen does.
func (mw *MainWindow) exportScene(p render.Preset, title string, allowGaps bool) (render.Scene, error) {
	dir, err := render.CacheDir("")
	if err != nil {
		return render.Scene{}, err
	}
	var src tiles.Source
	if chosen, _ := mw.basemaps.ExportSource(); chosen != nil {
		src = chosen // the online or MBTiles source itself: gaps are reported, not filled in
	} else {
		src = embedded.New(embedded.WithScale(p.Scale))
	}
	b, err := render.NewBuilder(src, dir, mw.opts.Version, mw.ds, mw.set)
	if err != nil {
		return render.Scene{}, err
	}
	b.AllowGaps = allowGaps
	return b.Scene(render.View{Bound: mw.mapv.View().Bound(), Year: mw.state.Year, Layers: mw.state.Layers(),
		Selected: mw.state.Selected, Title: title, Lang: i18n.Current(), Annotations: mw.state.Annotations}, p), nil
}

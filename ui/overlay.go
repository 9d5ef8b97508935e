package ui

import (
	"context"
	"image"

	"github.com/fogleman/gg"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/annotate"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// presentScale is how much larger presentation mode draws symbols and
// labels, to read from the back of a classroom.
const presentScale = 1.8

// publishOptions makes the overlay options match the state; the overlay
// goroutine reads them atomically. The legend's counts follow.
func (mw *MainWindow) publishOptions() {
	o := overlay.Options{Year: mw.state.Year, Layers: mw.state.Layers(), Selected: mw.state.Selected, Scale: 1, Lang: i18n.Current()}
	if mw.pres.on {
		o.Scale = presentScale
	}
	if mw.mapv.Source().Info().Unlabelled {
		o.Names = mw.names
	}
	mw.drawOpt.Store(&o)
	mw.side.layers.SetCounts(mw.set.Legend(o))
}

// redraw re-renders the overlay after the year, layers or selection
// changed.
func (mw *MainWindow) redraw() {
	mw.publishOptions()
	mw.mapv.RefreshOverlay()
	mw.tabOrder = nil
}

// drawOverlay renders the overlay and the annotations off the UI
// goroutine. On HiDPI screens it draws at twice the density (one zoom
// level up, twice the size) so lines and text stay sharp.
func (mw *MainWindow) drawOverlay(ctx context.Context, v geo.View) (image.Image, error) {
	opt := *mw.drawOpt.Load()
	if c := mw.win.Canvas(); c != nil && c.Scale() >= 1.5 {
		v = geo.View{Center: v.Center, Zoom: v.Zoom + 1, Width: v.Width * 2, Height: v.Height * 2}
		opt.Scale *= 2
	}
	notes := mw.annots.Load()
	opt.Obstacles = annotate.Obstacles(notes, opt.Scale)
	img, err := mw.set.Render(ctx, v, opt)
	if err != nil {
		return nil, err
	}
	annotate.DrawView(gg.NewContextForRGBA(img), notes, v, opt.Scale)
	return img, nil
}

// setAnnotations replaces the view's annotations and redraws.
func (mw *MainWindow) setAnnotations(s *annotation.Set) {
	if s == nil {
		s = session.NoAnnotations()
	}
	mw.state.Annotations = s
	mw.annots.Store(s)
	mw.mapv.RefreshOverlay()
}

package ui

import (
	"context"
	"image"
	"math"
	"time"

	"fyne.io/fyne/v2"

	"github.com/fogleman/gg"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/annotate"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// presentScale is how much larger presentation mode draws symbols and
// labels (the basemap's place names too), to read from the back of a
// classroom.
const presentScale = 1.8

// recountDelay is how long the view must rest before the legends count
// what it shows again.
const recountDelay = 150 * time.Millisecond

// publishOptions makes the overlay options match the state; the overlay
// goroutine reads them atomically. The legends' counts follow.
func (mw *MainWindow) publishOptions() {
	o := overlay.Options{Year: mw.state.Year, Layers: mw.state.Layers(), Selected: mw.state.Selected, Scale: 1, Lang: i18n.Current(),
		HideUsers: mw.users.hidden()}
	if mw.pres.on {
		o.Scale = presentScale
	}
	if mw.mapv.Source().Info().Unlabelled {
		o.Names = mw.names
	}
	if mw.cmp != nil {
		o = mw.cmp.Publish(o, mw.set) // the later map's marks; the earlier map's options
	}
	mw.drawOpt.Store(&o)
	mw.drawSet.Store(mw.set)
	mw.recount()
}

// recount shows, in the Layers panel and presentation mode's legend, what
// the map shows now: each entry of the legend with how many of its
// features are in view, and the certainty marks their labels carry.
func (mw *MainWindow) recount() {
	mw.recountDue = false
	o := *mw.drawOpt.Load()
	v := mw.mapv.View()
	if v.Width <= 0 || v.Height <= 0 {
		v.Width, v.Height = 800, 600 // before the first layout: a typical map
	}
	entries := mw.set.LegendIn(o, v)
	marks := mw.set.MarksIn(o, v)
	if mw.cmp != nil && mw.cmp.Active() {
		// both maps show the same view; the panel counts each
		eo := mw.cmp.EarlierOptions()
		earlier := mw.set.LegendIn(eo, v)
		mw.side.layers.SetCompareLegend(earlier, entries, overlay.UnionMarks(mw.set.MarksIn(eo, v), marks))
	} else {
		mw.side.layers.SetLegend(entries, marks)
	}
	mw.users.section.SetCounts(userCounts(entries))
	mw.pres.legend.set(entries, marks)
	if mw.pres.on {
		// the legend's new size moves its keep-out box: lay the furniture
		// out again, which tells the overlay (publishKeepOut)
		mw.pres.furniture.Refresh()
	}
}

// recountLater recounts once the view has rested for recountDelay: a pan
// or a flight moves it on every frame.
func (mw *MainWindow) recountLater() {
	if mw.legendTimer != nil {
		mw.legendTimer.Stop()
	}
	post := mw.opts.poster
	if post == nil {
		post = fyne.Do
	}
	mw.recountDue = true
	mw.legendTimer = time.AfterFunc(recountDelay, func() { post(mw.recount) })
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
// level up, twice the size) so lines and text stay sharp. Labels keep out
// of the annotations and of presentation mode's furniture.
// reuse is an image the map no longer shows, to draw on when its size fits
// (see mapview.OverlayFunc).
func (mw *MainWindow) drawOverlay(ctx context.Context, v geo.View, reuse *image.RGBA) (image.Image, error) {
	return mw.drawWith(ctx, v, *mw.drawOpt.Load(), reuse)
}

// drawWith is drawOverlay with opt: the compare view's earlier map draws
// this way too.
func (mw *MainWindow) drawWith(ctx context.Context, v geo.View, opt overlay.Options, reuse *image.RGBA) (image.Image, error) {
	if c := mw.win.Canvas(); c != nil && c.Scale() >= 1.5 {
		v = geo.View{Center: v.Center, Zoom: v.Zoom + 1, Width: v.Width * 2, Height: v.Height * 2}
		opt.Scale *= 2
	}
	notes := mw.annots.Load()
	around := annotate.Obstacles(notes, opt.Scale)
	furniture := mw.keepOut.Load().inImage(v, math.Float64frombits(mw.viewZoom.Load()))
	opt.Obstacles = around
	if len(furniture) > 0 {
		opt.Obstacles = func(f label.Frame) label.Obstacles {
			var o label.Obstacles
			if around != nil {
				o = around(f)
			}
			o.Boxes = append(o.Boxes, furniture...)
			return o
		}
	}
	img, err := mw.drawSet.Load().RenderOn(ctx, reuse, v, opt)
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
	if mw.cmp != nil {
		mw.cmp.RefreshEarlier()
	}
}

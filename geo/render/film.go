package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"math"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/annotate"
	"github.com/perutraffickingatlas/atlas/geo/label"
)

// Shot is what one frame of a Film shows: where, the year, layers,
// selection and annotations (View; its Lang is the film's), and a caption
// for the film's caption band.
type Shot struct {
	View
	Caption string // "" for an empty band
}

// FilmOptions shape a Film.
type FilmOptions struct {
	// Title heads every frame; "" takes each shot's own Title, and a shot
	// without one the default title of its year.
	Title    string
	Subtitle string // the title band's second line, on every frame; "" says the film goes year by year

	// FixedSources puts the sources of every key shot in the footer of
	// every frame, so the footer stays still (the years of an animation
	// pass too fast to read a footer that changes with them); otherwise
	// each frame cites what it shows.
	FixedSources bool
	// Moving says frames move the view between the keys (a lesson's
	// flights): the layout then has room for all that each key's year and
	// layers show anywhere, which covers every view on the way.
	Moving bool
	// CaptionLines is the height of the caption band across the image
	// above the footer, in lines of caption type; 0 for no band.
	CaptionLines int
}

// Film draws the frames of an animation over one layout: the title band,
// legend panel, caption band and footer keep their places on every frame
// (laid out for all that the key shots show), the basemap is composed
// once for each view and reused while the view stays, and every frame
// carries its year large on the map, in a badge the labels avoid. Each
// frame's legend lists what that frame shows. A Film draws one frame at a
// time and is not safe for concurrent use.
type Film struct {
	base    Scene
	fonts   *Fonts
	m       *measurer
	opt     FilmOptions
	lay     *layout
	w, h    int
	density float64 // output pixels per logical pixel
	bandH   float64
	fixed   content // the footer of every frame, with FixedSources
	badge   badge

	// The basemap of the last view drawn, the map area's size.
	baseImg   *image.RGBA
	baseReq   geo.View // the view asked for
	baseShown geo.View // the view it shows
	missing   []MissingTile
}

// Film type sizes, in furniture units.
const (
	captionSize = 1.9 // caption type
	captionLead = 1.3 // its line height, in type sizes
	badgeSize   = 5.2 // the year on the map
	badgePadU   = 0.9 // around it
	badgeInsetU = 1.2 // between the badge and the map's edge
	badgeClearU = 0.6 // kept clear of labels around the badge
)

// ErrNoShots is returned by NewFilm for a film without key shots.
var ErrNoShots = errors.New("render: a film needs at least one shot")

// NewFilm lays out a film from base (the basemap, size, preset, language,
// data and gaps policy: Builder.Scene makes one) for the key shots: every
// shot the film will draw, or for a Moving film the ones it moves between.
// It composes nothing yet; Draw does.
func NewFilm(base Scene, keys []Shot, opt FilmOptions, fonts *Fonts) (*Film, error) {
	if len(keys) == 0 {
		return nil, ErrNoShots
	}
	if base.Source == nil {
		return nil, errors.New("render: film has no basemap source")
	}
	fonts, err := fontsOr(fonts)
	if err != nil {
		return nil, err
	}
	f := &Film{base: base, fonts: fonts, m: newMeasurer(fonts), opt: opt}
	// Load the shared parts once: every shot's scene reuses them.
	r0, err := f.resolve(keys[0])
	if err != nil {
		return nil, err
	}
	f.base.Dataset, f.base.Overlays, f.base.Inset = r0.Dataset, r0.Overlays, r0.Inset
	f.w, f.h, f.density = r0.w, r0.h, r0.density
	u := r0.unit()
	if opt.CaptionLines > 0 {
		f.bandH = float64(opt.CaptionLines)*captionSize*u*captionLead + 1.4*padding*u
	}
	rs := make([]*resolved, len(keys))
	for i, k := range keys {
		if rs[i], err = f.resolve(k); err != nil {
			return nil, fmt.Errorf("render: shot %d: %w", i+1, err)
		}
	}
	lr := *rs[0]
	lr.Title = f.longestTitle(rs, u)
	whole := func() content {
		var cs []content
		for _, r := range rs {
			cs = append(cs, r.yearContent())
		}
		return unionContent(lr.Dataset, cs)
	}
	shown := func(w, h int) content {
		if opt.Moving {
			return whole()
		}
		var cs []content
		for _, r := range rs {
			r.view = r.mapView(w, h)
			cs = append(cs, r.frameContent())
		}
		return unionContent(lr.Dataset, cs)
	}
	if opt.Subtitle == "" {
		lr.Subtitle = YearsSubtitle(len(whole().srcs), lr.Lang)
	}
	f.lay = settle(&lr, fonts, whole, shown)
	if opt.FixedSources {
		f.fixed = content{srcs: f.lay.sources, users: f.lay.users}
	}
	for _, r := range rs {
		r.view = r.mapView(f.lay.mapR.Dx(), f.lay.mapR.Dy())
	}
	f.badge = newBadge(f.m, rs, f.lay.mapR.Dx(), f.lay.mapR.Dy(), f.lay.compact, u)
	return f, nil
}

// resolve is the scene of shot s.
func (f *Film) resolve(s Shot) (*resolved, error) {
	sc := f.base
	sc.Bound, sc.Center, sc.Zoom = s.Bound, s.Center, s.Zoom
	sc.Year, sc.Layers, sc.Selected, sc.HideUsers, sc.Annotations = s.Year, s.Layers, s.Selected, s.HideUsers, s.Annotations
	sc.Title, sc.Subtitle = s.Title, f.opt.Subtitle
	if f.opt.Title != "" {
		sc.Title = f.opt.Title
	}
	r, err := sc.resolve()
	if err != nil {
		return nil, err
	}
	r.bandH = f.bandH
	return r, nil
}

// longestTitle is the widest title of the shots, which the title band is
// laid out for.
func (f *Film) longestTitle(rs []*resolved, u float64) string {
	best, bw := "", -1.0
	for _, r := range rs {
		if w := f.m.width(r.Title, titleSize*u, true); w > bw {
			best, bw = r.Title, w
		}
	}
	return best
}

// Size is the frames' size in pixels.
func (f *Film) Size() (int, int) { return f.w, f.h }

// MapSize is the map area's size in the window's logical pixels (output
// pixels over the preset's density): the size of the geo.Views a flight
// between two shots passes through.
func (f *Film) MapSize() (float64, float64) {
	return float64(f.lay.mapR.Dx()) / f.density, float64(f.lay.mapR.Dy()) / f.density
}

// Sources are the atlas sources every frame's footer lists
// (FixedSources), nil when each frame lists its own.
func (f *Film) Sources() []data.Source { return f.fixed.srcs }

// Missing lists the basemap tiles the last frame drawn lacked.
func (f *Film) Missing() []MissingTile { return f.missing }

// Draw draws shot s into dst, an image of the film's Size at 0,0. The
// basemap is composed when the view differs from the last frame's; missing
// tiles fail the frame (an error wrapping ErrMissingTiles) unless the
// scene allows gaps.
func (f *Film) Draw(ctx context.Context, dst *image.RGBA, s Shot) error {
	if dst.Rect != image.Rect(0, 0, f.w, f.h) {
		return fmt.Errorf("render: film frame is %dx%d, not %v", f.w, f.h, dst.Rect)
	}
	r, err := f.resolve(s)
	if err != nil {
		return err
	}
	lay := f.lay
	mapR := lay.mapR
	r.view = r.mapView(mapR.Dx(), mapR.Dy())
	if f.baseImg == nil || r.view != f.baseReq {
		if f.baseImg == nil {
			f.baseImg = image.NewRGBA(image.Rect(0, 0, mapR.Dx(), mapR.Dy()))
		}
		shown, missing, err := r.drawBasemap(ctx, f.baseImg, r.view)
		f.missing = missing
		if err != nil && !(r.AllowGaps && errors.Is(err, ErrMissingTiles)) {
			f.baseImg = nil // half drawn
			return err
		}
		f.baseReq, f.baseShown = r.view, shown
	}
	r.view = f.baseShown
	mapImg := &image.RGBA{Pix: dst.Pix[dst.PixOffset(mapR.Min.X, mapR.Min.Y):], Stride: dst.Stride,
		Rect: image.Rect(0, 0, mapR.Dx(), mapR.Dy())}
	draw.Draw(mapImg, mapImg.Rect, f.baseImg, image.Point{}, draw.Src)
	opt := r.options()
	opt.Obstacles = withBox(opt.Obstacles, f.badge.clear())
	if err := r.Overlays.RenderInto(ctx, mapImg, r.view, opt); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	annotate.DrawView(gg.NewContextForRGBA(mapImg), r.Annotations, r.view, r.density)
	f.badge.draw(mapImg, f.fonts, r.year)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	c := content{srcs: f.fixed.srcs, key: r.frameLegend(), users: f.fixed.users}
	if !f.opt.FixedSources {
		c = r.frameContent()
	}
	lay.refill(r, f.fonts, c)
	lay.view = r.view
	lay.zoom = r.view.Zoom - math.Log2(r.density)
	lay.texts = lay.texts[:0]
	lay.draw(dst, r, f.fonts, len(f.missing))
	f.drawCaption(dst, s.Caption)
	return nil
}

// withBox adds box b to what labels must avoid.
func withBox(obs func(label.Frame) label.Obstacles, b label.Box) func(label.Frame) label.Obstacles {
	return func(fr label.Frame) label.Obstacles {
		var o label.Obstacles
		if obs != nil {
			o = obs(fr)
		}
		o.Boxes = append(o.Boxes, b)
		return o
	}
}

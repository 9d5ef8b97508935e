package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"slices"

	"github.com/fogleman/gg"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/annotate"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Scene is everything a finished, annotated map needs: the basemap, the
// part of the world, the output size, the atlas state (year, layers,
// selection), annotations and the words around the map. The GUI's Export
// dialog and `atlas export` both fill one and call Render or WriteScene.
type Scene struct {
	Source    tiles.Source // the basemap
	Dir       TileDir      // where tiles are materialized for go-staticmaps
	StoreName string       // sub-directory of Dir for Source; see StoreName

	// Where: Bound, when not empty, is fitted into the map area (the GUI
	// passes its view's bound). Otherwise Center and Zoom place the map,
	// at exactly that zoom, whole or fractional, in the window's units:
	// 256-pixel tiles of logical pixels (output pixels / the preset's
	// density), so every preset shows the same part of the world (Zoom
	// alone centres on the selected feature or on Peru; Center alone
	// takes zoom 8). With neither, the selected feature's bound, padded,
	// is fitted; without a selection, all of Peru.
	Bound     orb.Bound
	Center    orb.Point
	HasCenter bool // Center is given even when it is 0,0 (a zero Center without it is none)
	Zoom      float64

	// Size in pixels; zero takes Preset's. Preset also gives the PDF page
	// and the map's pixel density (Preset.Scale: lines, symbols and type
	// of the map scale with it; 0 takes the source's tile size / 256).
	Width, Height int
	Preset        Preset

	Year      int          // 0: the latest year of the data
	Layers    []data.Layer // nil: all layers; empty: none
	Selected  string       // highlighted feature id (an atlas id or a user feature's), "" for none
	HideUsers []int        // positions of the Overlays' user layers not drawn (overlay.Options.HideUsers)

	Lang string // language of the map's labels and the words around it: "es" or English

	Title    string // "" gives DefaultTitle
	Subtitle string // "" gives a line naming the year and the sources

	Annotations *annotation.Set // drawn over the atlas layers; may be nil
	Dataset     *data.Dataset   // for the sources footer; nil loads the embedded data
	Overlays    *overlay.Set    // the atlas layers and the user's (overlay.Set.WithUsers); nil builds one from Dataset
	Names       label.Source    // the basemap\'s place names, placed with the atlas\'s labels; nil: none
	Inset       *Inset          // the locator map; nil loads it
	AllowGaps   bool            // write the image even when basemap tiles are missing
	AllowBulk   bool            // ask an online source for more than tiles.MaxOnlineTiles tiles (else ErrBulk)

	// Progress, when not nil, is told how many of the basemap's source
	// tiles are ready of how many, as they come; it is called from the
	// fetching goroutines and must not block.
	Progress func(done, total int)

	// TypeScale sizes the furniture (type, legend, panels) against its
	// default, 1/90 of the image's shorter side: a map printed small on a
	// handout page takes 1.5 so its legend stays legible. 0 means 1.
	TypeScale float64
}

// size is the output size in pixels.
func (s Scene) size() (int, int) {
	w, h := s.Width, s.Height
	if w == 0 && h == 0 {
		w, h = s.Preset.Width, s.Preset.Height
	}
	return w, h
}

// resolved is a Scene with its defaults filled in and the work of
// Render done in order.
type resolved struct {
	Scene
	w, h    int
	density float64 // output pixels per logical pixel
	year    int
	view    geo.View // the map area as a view in 256-px units of output pixels

	furniture []label.Box // furniture drawn over the map, in its pixels, that labels avoid
	bandH     float64     // pixels kept across the image above the footer (a film's captions)
	heading   string      // the legend's heading; "" for the year's
}

func (s Scene) resolve() (*resolved, error) {
	if s.Source == nil {
		return nil, errors.New("render: scene has no basemap source")
	}
	return s.resolveLayout()
}

// resolveLayout is resolve without the basemap: enough to lay out.
func (s Scene) resolveLayout() (*resolved, error) {
	r := &resolved{Scene: s, density: 1}
	r.w, r.h = s.size()
	if err := CheckSize(r.w, r.h); err != nil {
		return nil, err
	}
	if err := s.checkPlace(); err != nil {
		return nil, err
	}
	if r.Dataset == nil {
		ds, err := data.Embedded()
		if err != nil {
			return nil, fmt.Errorf("render: atlas data: %w", err)
		}
		r.Dataset = ds
	}
	if r.Overlays == nil {
		set, err := overlay.New(r.Dataset)
		if err != nil {
			return nil, fmt.Errorf("render: atlas layers: %w", err)
		}
		r.Overlays = set
	}
	if r.Inset == nil {
		in, err := NewInset()
		if err != nil {
			return nil, err
		}
		r.Inset = in
	}
	if r.Annotations != nil {
		if err := r.Annotations.Validate(); err != nil {
			return nil, fmt.Errorf("render: %w", err)
		}
	}
	r.year = s.Year
	if r.year == 0 {
		r.year = r.Dataset.LatestYear()
	}
	if r.Title == "" {
		r.Title = DefaultTitle(r.year, r.Lang)
	}
	switch {
	case s.Preset.Scale > 0:
		r.density = s.Preset.Scale
	case s.Source != nil && s.Source.Info().TileSize > 0:
		r.density = float64(s.Source.Info().TileSize) / geo.TileSize
	}
	return r, nil
}

// content is what a layout's footer and legend list: the atlas's sources,
// the user layers' credits and the legend.
type content struct {
	srcs  []data.Source
	key   legendContent
	users []userCredit
}

func (c content) sameAs(d content) bool {
	return sameSources(c.srcs, d.srcs) && c.key.sameAs(d.key) && sameUsers(c.users, d.users)
}

// yearContent is what the scene's year shows anywhere (see settle).
func (r *resolved) yearContent() content {
	return content{srcs: r.yearSources(), key: r.yearLegend(), users: r.yearUsers()}
}

// frameContent is what the map shows in r.view.
func (r *resolved) frameContent() content {
	return content{srcs: r.frameSources(), key: r.frameLegend(), users: r.frameUsers()}
}

// settle lays out r for what its map shows. The sources and the legend
// depend on the view, the view on the map area, and the map area on the
// footer's and the legend's sizes, which depend on the sources and the
// legend: it starts from whole (all the year shows, at least what any
// view lists) and settles in a few rounds, shown giving what a w x h map
// area shows (and placing the map there). Should they not settle, the
// layout made for whole has room for what the view shows.
func settle(r *resolved, fonts *Fonts, whole func() content, shown func(w, h int) content) *layout {
	c := whole()
	for range 3 {
		lay := newLayout(r, fonts, c)
		next := shown(lay.mapR.Dx(), lay.mapR.Dy())
		if next.sameAs(c) {
			return lay
		}
		c = next
	}
	c = whole()
	lay := newLayout(r, fonts, c)
	lay.refill(r, fonts, shown(lay.mapR.Dx(), lay.mapR.Dy()))
	return lay
}

// options are the overlay options of the scene.
func (r *resolved) options() overlay.Options {
	return overlay.Options{Year: r.year, Layers: r.Layers, Selected: r.Selected, HideUsers: r.HideUsers, Scale: r.density, Lang: r.Lang, Names: r.Names,
		Obstacles: withBoxes(annotate.Obstacles(r.Annotations, r.density), r.furniture)}
}

// withBoxes adds boxes (furniture over the map) to what obs gives labels
// to avoid.
func withBoxes(obs func(label.Frame) label.Obstacles, boxes []label.Box) func(label.Frame) label.Obstacles {
	if len(boxes) == 0 {
		return obs
	}
	return func(f label.Frame) label.Obstacles {
		var o label.Obstacles
		if obs != nil {
			o = obs(f)
		}
		o.Boxes = append(slices.Clip(o.Boxes), boxes...)
		return o
	}
}

// Render draws the scene: title band, the map (basemap, atlas layers,
// annotations) with scale bar and north arrow, the legend and inset panel,
// and the sources and attribution footer, laid out for the image size.
// fonts may be nil. Missing basemap tiles fail the render with an error
// wrapping ErrMissingTiles unless AllowGaps; they are returned either way.
func (s Scene) Render(ctx context.Context, fonts *Fonts) (*image.RGBA, []MissingTile, error) {
	img, _, missing, err := s.render(ctx, fonts)
	return img, missing, err
}

func (s Scene) render(ctx context.Context, fonts *Fonts) (*image.RGBA, *layout, []MissingTile, error) {
	r, err := s.resolve()
	if err != nil {
		return nil, nil, nil, err
	}
	if fonts, err = fontsOr(fonts); err != nil {
		return nil, nil, nil, err
	}
	lay := settle(r, fonts, r.yearContent,
		func(w, h int) content {
			r.view = r.mapView(w, h)
			return r.frameContent()
		})
	r.furniture = lay.furnitureOnMap()
	// The map is drawn straight into its place in the image; the map,
	// title band, panel and footer cover the image between them.
	img := image.NewRGBA(image.Rect(0, 0, r.w, r.h))
	mapImg := &image.RGBA{Pix: img.Pix[img.PixOffset(lay.mapR.Min.X, lay.mapR.Min.Y):], Stride: img.Stride,
		Rect: image.Rect(0, 0, lay.mapR.Dx(), lay.mapR.Dy())}
	view, missing, err := r.drawBasemap(ctx, mapImg, r.view)
	if err != nil && !(r.AllowGaps && errors.Is(err, ErrMissingTiles)) {
		return nil, nil, missing, err
	}
	r.view = view
	if err := r.Overlays.RenderInto(ctx, mapImg, view, r.options()); err != nil {
		return nil, nil, missing, fmt.Errorf("render: %w", err)
	}
	annotate.DrawView(gg.NewContextForRGBA(mapImg), r.Annotations, view, r.density)
	if err := ctx.Err(); err != nil {
		return nil, nil, missing, fmt.Errorf("render: %w", err)
	}
	lay.view = view
	lay.zoom = view.Zoom - math.Log2(r.density)
	lay.draw(img, r, fonts, len(missing))
	return img, lay, missing, nil
}

package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"math"

	sm "github.com/flopp/go-staticmaps"
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
	Source    tiles.Source // the basemap; its tile size sets the map's pixel density
	Dir       TileDir      // where tiles are materialized for go-staticmaps
	StoreName string       // sub-directory of Dir for Source; see StoreName

	// Where: Bound, when not empty, is fitted into the map area at the
	// largest whole zoom (the GUI passes its view's bound). Otherwise
	// Center and Zoom place the map; Zoom counts 256-pixel tiles of the
	// output's pixels, as `atlas export -zoom` does, and is rounded to the
	// nearest whole level (tiles are drawn at their native size, sharp). A
	// zero Center fits all of Peru.
	Bound  orb.Bound
	Center orb.Point
	Zoom   float64

	// Size in pixels; zero takes Preset's. Preset also gives the PDF page.
	Width, Height int
	Preset        Preset

	Year     int          // 0: the latest year of the data
	Layers   []data.Layer // nil: all layers; empty: none
	Selected string       // highlighted feature id, "" for none

	Lang string // language of the map's feature labels: "es" or English

	Title    string // "" gives "Peru: trafficking routes and Shining Path areas, <year>"
	Subtitle string // "" gives a line naming the year and the sources

	Annotations *annotation.Set // drawn over the atlas layers; may be nil
	Dataset     *data.Dataset   // for the sources footer; nil loads the embedded data
	Overlays    *overlay.Set    // the atlas layers; nil builds one from Dataset
	Names       label.Source    // the basemap\'s place names, placed with the atlas\'s labels; nil: none
	Inset       *Inset          // the locator map; nil loads it
	AllowGaps   bool            // write the image even when basemap tiles are missing
	Extra       []sm.MapObject  // more objects drawn over the annotations
}

// DefaultTitle is the title of an export of year when none is given.
func DefaultTitle(year int) string {
	return fmt.Sprintf("Peru: trafficking routes and Shining Path areas, %d", year)
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
	density float64 // tile size / 256
	year    int
	frame   Frame
	view    geo.View // the map area as a view in 256-px units of output pixels
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
		r.Title = DefaultTitle(r.year)
	}
	if s.Source != nil {
		if size := s.Source.Info().TileSize; size > 0 {
			r.density = float64(size) / geo.TileSize
		}
	}
	return r, nil
}

// FitScale returns the map density (basemap tile size / 256) to draw s at,
// at most maxScale. A map fitted to a bound (Bound, or all of Peru when
// neither Bound nor Center is set) shows it at a whole zoom, which can
// leave it much smaller than the map area; when the next zoom fits at a
// density of at least 3/4 of maxScale, FitScale returns that density, so
// the map fills the area with type a little smaller. Otherwise, and for a
// scene placed by Center and Zoom, it returns maxScale. Source may be nil.
func (s Scene) FitScale(maxScale float64) float64 {
	if maxScale <= 0 {
		maxScale = 1
	}
	b := s.Bound
	switch {
	case b != (orb.Bound{}) && !b.IsEmpty():
	case s.Center == (orb.Point{}):
		b = geo.PeruBound()
	default:
		return maxScale
	}
	r, err := s.resolveLayout()
	if err != nil {
		return maxScale
	}
	fonts, err := NewFonts()
	if err != nil {
		return maxScale
	}
	l := newLayout(r, fonts, r.yearSources())
	fit := geo.Fit(b, float64(l.mapR.Dx()), float64(l.mapR.Dy()), 0).Zoom // in 256 px of output
	next := math.Floor(fit-math.Log2(maxScale)) + 1
	if d := math.Exp2(fit - next); d >= 0.75*maxScale {
		return math.Floor(d*100) / 100 // a hair under, so the zoom surely fits
	}
	return maxScale
}

// place sets the frame for a map area of w x h pixels.
func (r *resolved) place(w, h int) {
	size := int(r.density * geo.TileSize)
	switch {
	case r.Bound != (orb.Bound{}) && !r.Bound.IsEmpty():
		r.frame = FitFrame(r.Bound, w, h, size)
	case r.Center == (orb.Point{}):
		r.frame = FitFrame(geo.PeruBound(), w, h, size)
	default:
		z := int(math.Round(r.Zoom - math.Log2(r.density)))
		r.frame = Frame{Center: r.Center, Zoom: z, Width: w, Height: h}
	}
	maxZoom := 18
	if mz := r.Source.Info().MaxZoom; mz > 0 {
		maxZoom = int(mz)
	}
	r.frame.Zoom = min(max(r.frame.Zoom, 0), maxZoom)
	r.frame.Width, r.frame.Height = w, h
	r.view = geo.View{Center: r.frame.Center, Zoom: float64(r.frame.Zoom) + math.Log2(r.density), Width: float64(w), Height: float64(h)}
}

// options are the overlay options of the scene.
func (r *resolved) options() overlay.Options {
	v := r.view
	return overlay.Options{Year: r.year, Layers: r.Layers, Selected: r.Selected, Scale: r.density, View: &v, Lang: r.Lang, Names: r.Names,
		Obstacles: annotate.Obstacles(r.Annotations, r.density)}
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
	if fonts == nil {
		if fonts, err = NewFonts(); err != nil {
			return nil, nil, nil, err
		}
	}
	// The sources depend on the frame, the frame on the map area, and the
	// map area on the footer's height, which depends on the sources: start
	// from every source of the year and settle in a few rounds.
	srcs := r.yearSources()
	var lay *layout
	for range 3 {
		lay = newLayout(r, fonts, srcs)
		r.place(lay.mapR.Dx(), lay.mapR.Dy())
		next := r.frameSources()
		if sameSources(next, srcs) {
			break
		}
		srcs = next
	}
	objects := r.Overlays.Objects(r.options())
	objects = append(objects, annotate.Objects(r.Annotations, r.density)...)
	objects = append(objects, r.Extra...)
	mapImg, missing, err := Basemap(ctx, r.Source, r.Dir, r.StoreName, r.frame, objects)
	if err != nil && !(r.AllowGaps && errors.Is(err, ErrMissingTiles)) {
		return nil, nil, missing, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, missing, fmt.Errorf("render: %w", err)
	}
	img := image.NewRGBA(image.Rect(0, 0, r.w, r.h))
	draw.Draw(img, img.Bounds(), image.NewUniform(paperOpaque), image.Point{}, draw.Src)
	draw.Draw(img, lay.mapR, mapImg, image.Point{}, draw.Src)
	lay.frame, lay.zoom = r.frame, r.view.Zoom
	lay.draw(img, r, fonts, len(missing))
	return img, lay, missing, nil
}

// viewOf is the view a frame shows, in 256-pixel tiles of its pixels.
func viewOf(f Frame, density float64) geo.View {
	return geo.View{Center: f.Center, Zoom: float64(f.Zoom) + math.Log2(density), Width: float64(f.Width), Height: float64(f.Height)}
}

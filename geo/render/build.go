package render

import (
	"fmt"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo/label"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/placenames"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// View is a view of the atlas as the window, a lesson scene or the command
// line describes it, before it has a size: where it looks, the year, the
// layers, the selection, the annotations and the words around it.
type View struct {
	// Where: a non-empty Bound is fitted into the map; otherwise Center
	// and Zoom (the window's zoom: 256-pixel tiles of logical pixels)
	// place it; with neither, the selected feature is framed, or all of
	// Peru shown (see Scene).
	Bound     orb.Bound
	Center    orb.Point
	HasCenter bool // Center is given even when it is 0,0
	Zoom      float64

	Year      int          // 0: the latest year of the data
	Layers    []data.Layer // nil: all layers; empty: none
	Selected  string       // highlighted feature id, "" for none
	HideUsers []int        // the Builder's user layers not drawn, by position

	Annotations *annotation.Set // may be nil
	Lang        string          // "es" for Spanish labels and furniture, else English
	Title       string          // "" for the default title
	Subtitle    string          // "" for the default subtitle
}

// Builder turns atlas views into Scenes over one basemap: the command
// line's export, each scene of a lesson export and the window's Export
// dialog all go through it, so a view becomes the same image whichever
// asks. The dataset and overlay set are shared between the scenes it
// makes.
type Builder struct {
	Source    tiles.Source  // the basemap
	Dir       TileDir       // where tiles are materialized
	StoreName string        // Source's store in Dir (see StoreName)
	Dataset   *data.Dataset // nil: the embedded data
	Overlays  *overlay.Set  // nil: built from Dataset; with user layers (WithUsers), every scene draws and credits them
	Names     label.Source  // the basemap's place names, for a basemap without its own
	AllowGaps bool          // write images even when basemap tiles are missing
	AllowBulk bool          // ask an online source for more than tiles.MaxOnlineTiles tiles

	// Progress is given to every Scene (see Scene.Progress).
	Progress func(done, total int)
}

// NewBuilder returns a Builder drawing src, with tiles kept under the
// cache directory dir for the app's version. A basemap whose tiles carry
// no names (the embedded one) gets the place names of the embedded
// basemap data.
func NewBuilder(src tiles.Source, dir, version string, ds *data.Dataset, set *overlay.Set) (*Builder, error) {
	b := &Builder{Source: src, Dir: TileDir{Root: dir}, StoreName: StoreName(src.Info(), version),
		Dataset: ds, Overlays: set}
	if src.Info().Unlabelled {
		ts, err := label.NewTypesetter()
		if err != nil {
			return nil, fmt.Errorf("render: %w", err)
		}
		if b.Names, err = placenames.Embedded(ts); err != nil {
			return nil, fmt.Errorf("render: %w", err)
		}
	}
	return b, nil
}

// Scene is the scene that shows v on preset p (p.Width x p.Height pixels).
func (b *Builder) Scene(v View, p Preset) Scene {
	return Scene{
		Source: b.Source, Dir: b.Dir, StoreName: b.StoreName,
		Bound: v.Bound, Center: v.Center, HasCenter: v.HasCenter, Zoom: v.Zoom,
		Width: p.Width, Height: p.Height, Preset: p,
		Year: v.Year, Layers: v.Layers, Selected: v.Selected, HideUsers: v.HideUsers,
		Lang: v.Lang, Title: v.Title, Subtitle: v.Subtitle,
		Annotations: v.Annotations, Dataset: b.Dataset, Overlays: b.Overlays, Names: b.Names,
		AllowGaps: b.AllowGaps, AllowBulk: b.AllowBulk, Progress: b.Progress,
	}
}

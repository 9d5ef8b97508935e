package main

import (
	"context"
	"fmt"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
)

// builder opens the -basemap (its tiles under the -cache directory, drawn
// at scale) and makes the render.Builder every image export goes through,
// over the embedded data with the user layers users over it, with the
// -allow-gaps and -allow-bulk leave. done closes the basemap.
func builder(ctx context.Context, e exportFlags, scale float64, users []*userlayer.Layer) (b *render.Builder, done func(), err error) {
	ds, err := data.Embedded()
	if err != nil {
		return nil, nil, fmt.Errorf("atlas data: %w", err)
	}
	set, err := userSet(ds, users)
	if err != nil {
		return nil, nil, err
	}
	dir, err := render.CacheDir(e.cacheDir)
	if err != nil {
		return nil, nil, err
	}
	src, err := catalog.Open(ctx, e.basemap, catalog.Options{Version: version, Scale: scale, CacheRoot: dir})
	if err != nil {
		return nil, nil, err
	}
	if b, err = render.NewBuilder(src, dir, version, ds, set); err != nil {
		src.Close()
		return nil, nil, err
	}
	b.AllowGaps, b.AllowBulk = e.allowGaps, e.allowBulk
	return b, func() { src.Close() }, nil
}

// openExport is flagView and builder together, for an export of one
// view; done closes the basemap.
func openExport(ctx context.Context, e exportFlags) (v render.View, b *render.Builder, done func(), err error) {
	if v, err = flagView(e); err != nil {
		return v, nil, nil, err
	}
	b, done, err = builder(ctx, e, e.preset.Scale, e.users)
	return v, b, done, err
}

// flagView is the view the -center, -zoom, -year, -layers, -select,
// -annotations and word flags describe. Without -center and -zoom the
// export fits the -select feature, or all of Peru; -zoom alone centres on
// either (see render.Scene).
func flagView(e exportFlags) (render.View, error) {
	v := render.View{Year: e.year, Selected: e.sel, Title: e.title, Subtitle: e.subtitle, Lang: e.lang, Zoom: e.zoom}
	if e.center != "" {
		v.Center, _ = parseLatLon(e.center) // checked with the flags
		v.HasCenter = true                  // 0,0 is a place too
	}
	v.Layers = []data.Layer{}
	if e.layers != "none" {
		layers, err := data.ParseLayers(e.layers)
		if err != nil {
			return v, err
		}
		v.Layers = layers
	}
	if e.annotations != "" {
		set, err := annotation.ParseFile(e.annotations)
		if err != nil {
			return v, fmt.Errorf("-annotations: %w", err)
		}
		v.Annotations = set
	}
	return v, nil
}

package render

import (
	"context"
	"image"
	"image/draw"
	"math"
	"strconv"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/math/f64"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Rescaler is a basemap that can draw its tiles at any pixel density: the
// embedded one (embedded.Source.AtScale). An export draws it at exactly
// the density its fractional zoom needs, so nothing is resampled.
type Rescaler interface {
	AtScale(scale float64) tiles.Source
}

// Limits of the basemap's pixels against the output's.
const (
	maxEnlarge = 2.0  // raster tiles enlarged more than this are read a zoom deeper
	minShrink  = 0.5  // and shrunk more than this, a zoom shallower
	maxDensity = 8.0  // a Rescaler's tiles are drawn at most this dense
	snapZoom   = 0.02 // a view this close to a composed zoom is shown at it, unresampled
)

// basemapPlan is how the basemap of a view is made: which source (perhaps
// the scene's redrawn at another density) under which store, the whole
// zoom go-staticmaps composes and the output pixels per composed pixel.
type basemapPlan struct {
	src   tiles.Source
	store string
	zoom  int
	size  int     // tile size in pixels
	k     float64 // 1: the composed image is the map as it is
}

// planBasemap chooses how to draw the basemap of view v (output pixels,
// any zoom). The tiles are of the whole zoom nearest the view's logical
// zoom (v.Zoom less log2 of the density), within the source's range, so
// the basemap reads as it does in the window. A Rescaler draws them at the
// density that makes them fit the view exactly (its lines then weigh
// between 0.7 and 1.4 times the density's). Other sources' tiles are
// resampled, a zoom deeper when they would be enlarged more than
// maxEnlarge, a zoom shallower when shrunk more than minShrink.
func (r *resolved) planBasemap(v geo.View) basemapPlan {
	info := r.Source.Info()
	minZ, maxZ := int(info.MinZoom), int(info.MaxZoom)
	if maxZ <= 0 {
		maxZ = 19
	}
	zt := min(max(int(math.Round(v.Zoom-math.Log2(r.density))), minZ), maxZ)
	p := basemapPlan{src: r.Source, store: r.StoreName, zoom: zt, size: info.TileSize}
	if p.size <= 0 {
		p.size = geo.TileSize
	}
	need := math.Exp2(v.Zoom - float64(zt)) // tile density at which k is 1
	if rs, ok := r.Source.(Rescaler); ok {
		size := int(math.Round(geo.TileSize * min(need, maxDensity)))
		if size >= 2*minSplitTile {
			size = 4 * int(math.Round(float64(size)/4)) // so it splits (see splitStore)
		}
		if size != p.size {
			p.src = rs.AtScale(float64(size) / geo.TileSize)
			p.size = p.src.Info().TileSize
			p.store = r.StoreName + "-at" + strconv.Itoa(p.size)
		}
	} else {
		for ; need*geo.TileSize/float64(p.size) > maxEnlarge && p.zoom < maxZ; need /= 2 {
			p.zoom++
		}
		for ; need*geo.TileSize/float64(p.size) < minShrink && p.zoom > minZ; need *= 2 {
			p.zoom--
		}
	}
	p.k = need * geo.TileSize / float64(p.size)
	return p
}

// fetchPolicy is the scene's leave to ask its source for tiles.
func (r *resolved) fetchPolicy() fetchPolicy {
	return fetchPolicy{allowBulk: r.AllowBulk, progress: r.Progress}
}

// drawBasemap draws the basemap of view v (output pixels) into dst, a
// v.Width x v.Height image at 0,0, its tiles materialized in r.Dir or in
// a store of this drawing only (see TileDir.ForExport). It returns the
// view dst shows: when v is within snapZoom of the composed zoom, v at
// that zoom moved by at most a pixel across and two down onto the tiles'
// pixel grid (see splitFrame), so tiles are copied as they are; otherwise
// v itself, with the composed image resampled to it.
func (r *resolved) drawBasemap(ctx context.Context, dst *image.RGBA, v geo.View) (geo.View, []MissingTile, error) {
	p := r.planBasemap(v)
	dir, done, err := r.Dir.ForExport(p.src.Info())
	if err != nil {
		return v, nil, err
	}
	defer done()
	w, h := int(v.Width), int(v.Height)
	zc := float64(p.zoom) + math.Log2(float64(p.size)/geo.TileSize) // composed pixels' zoom
	if math.Abs(math.Log2(p.k)) < snapZoom {
		c, missing, err := basemapInto(ctx, dst, p.src, dir, p.store, Frame{Center: v.Center, Zoom: p.zoom, Width: w, Height: h}, r.fetchPolicy())
		if c.Image == nil {
			return v, missing, err
		}
		shown := geo.View{Zoom: zc, Width: v.Width, Height: v.Height}
		shown.Center = geo.Unproject(c.Origin.Add(geo.Pixel{X: v.Width / 2, Y: v.Height / 2}), zc)
		return shown, missing, err
	}
	// Compose a little more than the view at the tile zoom, then map
	// output pixel (x, y), world pixel TL+(x, y) at v.Zoom, to composed
	// pixel (TL+(x, y))/k - Origin.
	k := math.Exp2(v.Zoom - zc)
	f := Frame{Center: v.Center, Zoom: p.zoom, Width: int(math.Ceil(v.Width/k)) + 4, Height: int(math.Ceil(v.Height/k)) + 4}
	c, missing, err := basemapInto(ctx, nil, p.src, dir, p.store, f, r.fetchPolicy())
	if c.Image == nil {
		return v, missing, err
	}
	draw.Draw(dst, dst.Bounds(), image.NewUniform(seaColor), image.Point{}, draw.Src)
	tl := v.TopLeft()
	s2d := f64.Aff3{k, 0, k*c.Origin.X - tl.X, 0, k, k*c.Origin.Y - tl.Y}
	xdraw.CatmullRom.Transform(dst, s2d, c.Image, c.Image.Bounds(), xdraw.Src, nil)
	return v, missing, err
}

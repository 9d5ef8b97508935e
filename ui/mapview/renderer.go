package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"github.com/paulmach/orb/maptile"
)

// maxParentLevels is how many zoom levels up a missing tile looks for a
// cached ancestor to show scaled in its place.
const maxParentLevels = 4

// seaColor fills the map where no tile has arrived yet.
var seaColor = color.NRGBA{R: 0xc9, G: 0xdd, B: 0xea, A: 0xff}

// renderer draws the tile layer and the map furniture. Tiles are
// canvas.Image objects kept per tile, so their textures survive pans and
// zooms: moving the map only moves and resizes them.
type renderer struct {
	m          *MapView
	background *canvas.Rectangle
	images     map[maptile.Tile]*canvas.Image
	tileLayer  []fyne.CanvasObject
	scale      *scaleBar
	attrib     *attribution
	objects    []fyne.CanvasObject
}

var _ fyne.WidgetRenderer = (*renderer)(nil)

func newRenderer(m *MapView) *renderer {
	r := &renderer{
		m:          m,
		background: canvas.NewRectangle(seaColor),
		images:     map[maptile.Tile]*canvas.Image{},
		scale:      newScaleBar(),
		attrib:     newAttribution(),
	}
	r.update()
	return r
}

// Destroy releases the tile images.
func (r *renderer) Destroy() { r.images = nil }

// Layout places everything for a new size.
func (r *renderer) Layout(s fyne.Size) {
	r.m.resized(s)
	r.update()
}

// MinSize is the widget's minimum size.
func (r *renderer) MinSize() fyne.Size { return r.m.MinSize() }

// Objects lists what to paint: background, tiles (ancestors under their
// descendants), then the furniture.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh re-places the tiles for the current view and marks the canvas
// dirty. Tile images are never re-rasterized here: only new arrivals get a
// texture, existing ones are moved and resized.
func (r *renderer) Refresh() {
	r.update()
	canvas.Refresh(r.background)
}

// update rebuilds the object list for the current view; no I/O, no
// rasterizing: tiles come from the loader's memory cache only.
func (r *renderer) update() {
	v := r.m.view
	size := fyne.NewSize(float32(v.Width), float32(v.Height))
	r.background.Resize(size)
	r.background.Move(fyne.NewPos(0, 0))

	z := r.m.tileZoom()
	cover := v.TileCover(z, 0)
	used := make(map[maptile.Tile]bool, 64)
	var parents, exact []fyne.CanvasObject
	parentDone := map[maptile.Tile]bool{}
	for _, t := range cover.Tiles() {
		if img := r.place(t, used); img != nil {
			exact = append(exact, img)
			continue
		}
		// Missing: show the nearest cached ancestor, scaled up.
		p := t
		for i := 0; i < maxParentLevels && p.Z > 0; i++ {
			p = p.Parent()
			if parentDone[p] {
				break
			}
			if img := r.place(p, used); img != nil {
				parentDone[p] = true
				parents = append(parents, img)
				break
			}
		}
	}
	for t := range r.images {
		if !used[t] {
			delete(r.images, t)
		}
	}
	if !r.m.fullMapSeen && len(parents) == 0 && len(exact) > 0 && len(exact) == len(cover.Tiles()) && r.m.OnFullMap != nil {
		r.m.fullMapSeen = true
		r.m.OnFullMap()
	}
	r.tileLayer = append(append(r.tileLayer[:0], parents...), exact...)

	r.scale.update(v)
	r.attrib.update(r.m.loader.Source().Info().Attribution, v)

	r.objects = r.objects[:0]
	r.objects = append(r.objects, r.background)
	r.objects = append(r.objects, r.tileLayer...)
	if ov := r.m.placeOverlay(); ov != nil {
		r.objects = append(r.objects, ov)
	}
	r.objects = append(r.objects, r.scale.objects()...)
	r.objects = append(r.objects, r.attrib.objects()...)
}

// place positions the image of tile t if it is cached, reusing its
// canvas.Image so the GPU texture is kept.
func (r *renderer) place(t maptile.Tile, used map[maptile.Tile]bool) *canvas.Image {
	src, ok := r.m.loader.Cached(t)
	if !ok {
		return nil
	}
	img := r.images[t]
	if img == nil {
		img = canvas.NewImageFromImage(src)
		img.ScaleMode = canvas.ImageScaleSmooth
		r.images[t] = img
	} else if img.Image != src {
		img.Image = src
		img.Refresh()
	}
	used[t] = true
	origin, edge := r.m.view.TileOrigin(t)
	img.Move(fyne.NewPos(float32(origin.X), float32(origin.Y)))
	img.Resize(fyne.NewSize(float32(edge), float32(edge)))
	return img
}

// visibleTiles reports how many tile images are on screen (for tests).
func (r *renderer) visibleTiles() int { return len(r.tileLayer) }

package mapview

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"github.com/paulmach/orb/maptile"
)

// maxParentLevels is how many zoom levels up a missing tile looks for a
// cached ancestor to show scaled in its place.
const maxParentLevels = 4

// seaColor fills the map where no tile has arrived yet.
var seaColor = color.NRGBA{R: 0xc9, G: 0xdd, B: 0xea, A: 0xff}

// renderer holds the map's canvas objects: the tile images, the overlay
// image, the scale bar and the attribution. Tiles are canvas.Image objects
// kept per tile, so their textures survive pans and zooms: moving the map
// only moves and resizes them.
//
// Refresh brings the objects up to date with the widget (overlay image,
// furniture text, theme) and lays them out; Layout only places them. No
// call here does I/O or calls back into the application: tiles come from
// the loader's memory cache only.
type renderer struct {
	m          *MapView
	background *canvas.Rectangle
	images     map[maptile.Tile]*canvas.Image
	tileLayer  []fyne.CanvasObject
	overlay    *canvas.Image // nil until the widget has an overlay image
	scale      *scaleBar
	attrib     *attribution
	focus      *canvas.Rectangle // the focus ring, shown while the map has the keyboard focus
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
		focus:      canvas.NewRectangle(color.Transparent),
	}
	r.sync()
	r.layout()
	return r
}

// Destroy releases the tile images.
func (r *renderer) Destroy() { r.images = nil }

// Layout places everything for the widget's view; the widget has already
// set the view's size (MapView.Resize).
func (r *renderer) Layout(fyne.Size) { r.layout() }

// MinSize is the widget's minimum size.
func (r *renderer) MinSize() fyne.Size { return r.m.MinSize() }

// Objects lists what to paint: background, tiles (ancestors under their
// descendants), the overlay, then the furniture.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh brings the objects up to date with the widget and re-places
// them for the current view. Tile images are never re-rasterized here:
// only new arrivals get a texture, existing ones are moved and resized.
func (r *renderer) Refresh() {
	r.sync()
	r.layout()
	canvas.Refresh(r.background)
}

// sync copies what the widget shows into the objects: the overlay's image,
// the furniture's theme, scale and credit.
func (r *renderer) sync() {
	m := r.m
	if img := m.ov.img; img != nil && m.ov.draw != nil {
		if r.overlay == nil {
			r.overlay = canvas.NewImageFromImage(img)
			r.overlay.ScaleMode = canvas.ImageScaleFastest
		} else if r.overlay.Image != img {
			r.overlay.Image = img
			r.overlay.Refresh()
		}
	}
	st := styleFor(m)
	r.scale.sync(st, m.view)
	r.attrib.sync(st, m.Credit())
	ring := theme.ColorForWidget(theme.ColorNameFocus, m)
	if r.focus.StrokeColor != ring || r.focus.StrokeWidth != st.pad/2 {
		r.focus.StrokeColor, r.focus.StrokeWidth = ring, st.pad/2
		r.focus.Refresh()
	}
}

// layout chooses the tile images for the current view from the loader's
// cache and places them, the overlay and the furniture.
func (r *renderer) layout() {
	v := r.m.view
	w, h := float32(v.Width), float32(v.Height)
	r.background.Resize(fyne.NewSize(w, h))
	r.background.Move(fyne.NewPos(0, 0))

	z := r.m.tileZoom()
	used := make(map[maptile.Tile]bool, 64)
	var parents, exact []fyne.CanvasObject
	parentDone := map[maptile.Tile]bool{}
	for _, t := range v.TileCover(z, 0).Tiles() {
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
	for t, img := range r.images {
		if !used[t] {
			delete(r.images, t)
			release(img)
		}
	}
	r.tileLayer = append(append(r.tileLayer[:0], parents...), exact...)
	r.scale.layout(h)
	r.attrib.layout(w, h, r.scale)
	r.m.furnitureHeight = h - min(r.scale.bg.Position().Y, r.attrib.bg.Position().Y)
	r.focus.Move(fyne.NewPos(0, 0))
	r.focus.Resize(fyne.NewSize(w, h))

	r.objects = append(r.objects[:0], r.background)
	r.objects = append(r.objects, r.tileLayer...)
	if r.placeOverlay() {
		r.objects = append(r.objects, r.overlay)
	}
	r.objects = append(r.objects, r.scale.objects()...)
	r.objects = append(r.objects, r.attrib.objects()...)
	if r.m.focused {
		r.objects = append(r.objects, r.focus)
	}
}

// place positions the image of tile t if it is cached, reusing its
// canvas.Image so the GPU texture is kept. A tile whose image changed (a
// new basemap) gets a new canvas.Image, so nothing is refreshed here.
func (r *renderer) place(t maptile.Tile, used map[maptile.Tile]bool) *canvas.Image {
	src, ok := r.m.loader.Cached(t)
	if !ok {
		return nil
	}
	img := r.images[t]
	if img == nil || img.Image != src {
		if img != nil {
			release(img)
		}
		img = canvas.NewImageFromImage(src)
		img.ScaleMode = canvas.ImageScaleFastest
		r.images[t] = img
	}
	used[t] = true
	origin, edge := r.m.view.TileOrigin(t)
	img.Move(fyne.NewPos(float32(origin.X), float32(origin.Y)))
	img.Resize(fyne.NewSize(float32(edge), float32(edge)))
	return img
}

// placeOverlay positions the overlay image over the current view, scaled
// from the zoom it was rendered at. It reports false when there is none.
func (r *renderer) placeOverlay() bool {
	ov := &r.m.ov
	if r.overlay == nil || ov.img == nil || ov.draw == nil || ov.rendered.Width <= 0 {
		return false
	}
	k := math.Exp2(r.m.view.Zoom - ov.rendered.Zoom)
	pos := ov.rendered.TopLeft().Scale(k).Sub(r.m.view.TopLeft())
	r.overlay.Move(fyne.NewPos(float32(pos.X), float32(pos.Y)))
	r.overlay.Resize(fyne.NewSize(float32(ov.rendered.Width*k), float32(ov.rendered.Height*k)))
	return true
}

// release frees the texture of a tile image that left the map now, rather
// than when the driver's cache expires it a minute later: panning and
// zooming pass hundreds of tiles a minute, and each texture is a quarter
// of a megabyte (in the process's memory under software rendering).
// Refreshing an image frees its texture; one no longer drawn is not
// uploaded again. The driver also remembers every object it drew for a
// minute, so the image lets go of its tile's pixels too: otherwise some
// hundred tiles the cache has dropped stay alive through it.
func release(img *canvas.Image) {
	canvas.Refresh(img)
	img.Image = nil
}

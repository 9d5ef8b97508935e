package mapview

import (
	"image"
	"math"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// tileMargin is how far beyond the visible area, in logical pixels, tiles
// are requested so a short pan finds them ready.
const tileMargin = 128

// flyDuration is how long FlyTo takes.
const flyDuration = 1200 * time.Millisecond

// MapView is the interactive map widget. Create it with New; all methods
// must be called on the Fyne UI goroutine.
type MapView struct {
	widget.BaseWidget

	view    geo.View
	limits  geo.Limits
	loader  *tiles.Loader
	animate bool
	anim    *fyne.Animation
	moving  bool // anim has not reached its last step (see startMotion)
	// autoFit, when set, is refitted on every resize until the user moves
	// the map: the first layouts of a window report provisional sizes.
	autoFit *orb.Bound

	// refreshQueued coalesces tile arrivals into one refresh per frame.
	refreshQueued atomic.Bool
	// post runs a function on the UI goroutine: fyne.Do, or a test queue.
	post func(func())

	ov overlay
	// overlayRenders counts render goroutines not yet returned, cancelled
	// ones included: they give their images back last thing (see Idle).
	overlayRenders atomic.Int32

	// lead is the map a twin follows (nil for a map of its own), twins
	// the maps that follow this one (see Twin).
	lead  *MapView
	twins []*MapView

	// OnViewChanged, when set, is called after every change of view.
	OnViewChanged func(geo.View)
	// OnTileError, when set, is told about tiles that could not be made.
	OnTileError func(t maptile.Tile, err error)
	// OnFullMap, when set, is called once: the first time every tile of
	// the view is on screen (used to measure start-up).
	OnFullMap   func()
	fullMapSeen bool

	// OnMouseMoved, when set, is told whenever the pointer moves over
	// the map (presentation mode shows its controls then).
	OnMouseMoved func()

	// OnKey, when set, sees every key typed on the map first; it returns
	// true when it handled the key. Tab is never the map's: it moves the
	// keyboard focus on to the next control.
	OnKey func(ev *fyne.KeyEvent) bool
	// OnRune, when set, sees every character typed on the map first; it
	// returns true when it handled it (+ and - zoom otherwise).
	OnRune func(r rune) bool

	// focused is set while the map has the keyboard focus; the renderer
	// draws a focus ring then.
	focused bool
	// credit, when set, replaces the source's attribution on the map (the
	// basemap picker's, when another source stood in for some tiles).
	credit string
	// furnitureHeight is how far up from the bottom edge the scale bar
	// and the credit reach, as the renderer last laid them out.
	furnitureHeight float32
	// OnTapped, when set, is called with the tapped screen position and
	// the lon/lat under it.
	OnTapped func(screen geo.Pixel, at orb.Point)
}

var (
	_ fyne.Widget         = (*MapView)(nil)
	_ fyne.Draggable      = (*MapView)(nil)
	_ fyne.Scrollable     = (*MapView)(nil)
	_ fyne.Focusable      = (*MapView)(nil)
	_ fyne.DoubleTappable = (*MapView)(nil)
	_ fyne.Tappable       = (*MapView)(nil)
)

// Option configures a MapView at construction.
type Option func(*MapView)

// WithPoster replaces fyne.Do as the way background work hands results to
// the UI goroutine. Tests use it to run that work on their own goroutine.
func WithPoster(post func(func())) Option {
	return func(m *MapView) {
		if post != nil {
			m.post = post
		}
	}
}

// New returns a map widget showing src, limited by limits, opening on view.
func New(src tiles.Source, limits geo.Limits, view geo.View, opts ...Option) *MapView {
	m := &MapView{limits: limits, view: view.Clamp(limits), animate: true, post: fyne.Do}
	for _, o := range opts {
		o(m)
	}
	m.ExtendBaseWidget(m)
	m.SetSource(src)
	return m
}

// keptTiles is how many decoded tiles the map keeps for a view of w x h
// logical pixels: the most its area and tile margin can cover, with tiles
// drawn at their smallest (TileZoom rounds, so a tile may shrink to 1/√2
// of its size). So no tile on screen is ever dropped for a neighbour, and
// at other zooms, where tiles are drawn larger and fewer cover the view,
// the rest holds the level the map zooms from and ground it pans back
// over. Re-making a dropped tile is cheap (an embedded tile takes about
// 1.5 ms, an online one comes from the disk cache), so the cache follows
// the window instead of a fixed budget: about 16 MB for the default
// window, 29 MB for a full-screen 1920x1080 one.
func keptTiles(w, h float64) int {
	smallest := geo.TileSize / math.Sqrt2
	across := func(edge float64) int { return int(math.Ceil((max(edge, 0)+2*tileMargin)/smallest)) + 1 }
	return max(across(w)*across(h), minKeptTiles)
}

// minKeptTiles is the fewest tiles the map keeps, for the smallest views.
const minKeptTiles = 16

// SetSource switches the basemap. The previous source's loader is closed
// and its in-flight work cancelled.
func (m *MapView) SetSource(src tiles.Source) {
	if m.lead != nil {
		m.lead.SetSource(src)
		return
	}
	if m.loader != nil {
		m.loader.Close()
	}
	m.loader = tiles.NewLoader(src, tiles.LoaderOptions{Workers: 2, CacheSize: keptTiles(m.view.Width, m.view.Height)}, m.tileReady)
	m.requestTiles()
	m.Refresh()
	m.twinsSource()
}

// Idle reports whether no tile or overlay work is pending (for tests):
// no tile loading, no render awaited, and no render goroutine, even a
// cancelled one, still to return its image for reuse.
func (m *MapView) Idle() bool {
	return m.loader.Pending() == 0 && m.ov.cancel == nil && !m.ov.running && m.overlayRenders.Load() == 0
}

// Source returns the basemap being shown.
func (m *MapView) Source() tiles.Source { return m.loader.Source() }

// Close stops background tile and overlay work. The widget must not be
// used after.
func (m *MapView) Close() {
	m.ov.stop()
	if m.lead != nil {
		m.leave()
		return
	}
	m.loader.Close()
}

// SetOnOverlayError sets what is told when the overlay cannot be drawn.
func (m *MapView) SetOnOverlayError(f func(error)) { m.ov.onError = f }

// SetCredit sets the attribution shown on the map; "" shows the
// source's own (Info().Attribution).
func (m *MapView) SetCredit(text string) {
	if text == m.credit {
		return
	}
	m.credit = text
	m.Refresh()
	m.refreshTwins()
}

// Credit is the attribution the map shows.
func (m *MapView) Credit() string {
	if m.lead != nil {
		return m.lead.Credit()
	}
	if m.credit != "" {
		return m.credit
	}
	return m.loader.Source().Info().Attribution
}

// SetAnimated turns smooth zoom transitions on or off (tests turn them off).
func (m *MapView) SetAnimated(on bool) { m.animate = on }

// View returns the current view.
func (m *MapView) View() geo.View { return m.view }

// Limits returns the zoom and extent limits.
func (m *MapView) Limits() geo.Limits { return m.limits }

// FlyTo moves the map to target's centre and zoom along geo.Flight,
// smoothly when animation is on; a drag, a scroll or a zoom stops it.
func (m *MapView) FlyTo(target geo.View) {
	m.stopAnimation()
	if !m.animate {
		m.SetView(target)
		return
	}
	path := geo.Flight(m.view, target)
	m.startMotion(flyDuration, fyne.AnimationEaseInOut, func(f float32) { m.SetView(path(float64(f))) })
}

// SetView jumps to a view (its size is taken from the widget).
func (m *MapView) SetView(v geo.View) {
	v.Width, v.Height = m.view.Width, m.view.Height
	m.setView(v)
}

// FitBound shows all of b at a quarter-level zoom, and keeps it fitted as
// the widget is resized until the view is next changed.
func (m *MapView) FitBound(b orb.Bound) {
	if m.lead != nil {
		m.lead.FitBound(b)
		return
	}
	m.autoFit = nil
	if m.view.Width > 0 && m.view.Height > 0 {
		m.setView(geo.Fit(b, m.view.Width, m.view.Height, 4))
	}
	m.autoFit = &b
}

// CenterOn moves the centre to p, and the zoom to zoom when zoom > 0.
func (m *MapView) CenterOn(p orb.Point, zoom float64) {
	v := m.view
	v.Center = p
	if zoom > 0 {
		v.Zoom = zoom
	}
	m.setView(v)
}

// ZoomIn zooms one step about the centre.
func (m *MapView) ZoomIn() { m.zoomBy(1, m.centerPixel()) }

// ZoomOut zooms out one step about the centre.
func (m *MapView) ZoomOut() { m.zoomBy(-1, m.centerPixel()) }

func (m *MapView) centerPixel() geo.Pixel {
	return geo.Pixel{X: m.view.Width / 2, Y: m.view.Height / 2}
}

// zoomBy changes the zoom to the nearest whole level in direction delta,
// smoothly when animation is on.
func (m *MapView) zoomBy(delta float64, anchor geo.Pixel) {
	start := m.view
	target := math.Round(start.Zoom + delta)
	target = math.Max(m.limits.MinZoom, math.Min(m.limits.MaxZoom, target))
	d := target - start.Zoom
	if d == 0 {
		return
	}
	m.stopAnimation()
	if !m.animate {
		m.setView(start.ZoomAbout(d, anchor))
		return
	}
	m.startMotion(180*time.Millisecond, fyne.AnimationEaseOut, func(f float32) {
		m.setView(start.ZoomAbout(d*float64(f), anchor))
	})
}

// setView applies a view, clamped to the limits, and asks for its tiles.
// Any change of view ends auto-fitting.
func (m *MapView) setView(v geo.View) {
	if m.lead != nil {
		m.lead.setView(geo.View{Center: v.Center, Zoom: v.Zoom, Width: m.lead.view.Width, Height: m.lead.view.Height})
		return
	}
	m.autoFit = nil
	v = v.Clamp(m.limits)
	if !m.show(v) {
		return
	}
	m.twinsFollow()
	if m.OnViewChanged != nil {
		m.OnViewChanged(v)
	}
}

// show puts v on screen, asking for its tiles and overlay; it reports
// false when v is on screen already.
func (m *MapView) show(v geo.View) bool {
	if v == m.view {
		return false
	}
	m.view = v
	m.requestTiles()
	m.requestOverlay()
	m.Refresh()
	return true
}

// requestTiles tells the loader which tiles the view needs, nearest the
// centre first.
func (m *MapView) requestTiles() {
	if m.loader == nil || m.view.Width <= 0 || m.view.Height <= 0 || m.coveredByLead() {
		return
	}
	m.loader.SetCacheSize(keptTiles(m.view.Width, m.view.Height))
	z := m.tileZoom()
	want := m.view.TileCover(z, tileMargin).Tiles()
	c := geo.Project(m.view.Center, float64(z))
	dist := func(t maptile.Tile) float64 {
		dx := (float64(t.X)+0.5)*geo.TileSize - c.X
		dy := (float64(t.Y)+0.5)*geo.TileSize - c.Y
		return dx*dx + dy*dy
	}
	sortTiles(want, dist)
	m.loader.Want(want)
}

// tileZoom is the tile level drawn for the current view, within the
// source's range.
func (m *MapView) tileZoom() maptile.Zoom {
	z := m.view.TileZoom()
	info := m.loader.Source().Info()
	if info.MaxZoom > 0 && z > info.MaxZoom {
		z = info.MaxZoom
	}
	if z < info.MinZoom {
		z = info.MinZoom
	}
	return z
}

// tileReady runs on a loader goroutine; it hands the news to the UI
// goroutine, coalescing bursts of tiles into one refresh.
func (m *MapView) tileReady(t maptile.Tile, _ image.Image, err error) {
	if err != nil && m.OnTileError != nil {
		m.post(func() { m.OnTileError(t, err) })
	}
	if err != nil || !m.refreshQueued.CompareAndSwap(false, true) {
		return
	}
	m.post(func() {
		m.refreshQueued.Store(false)
		m.Refresh()
		m.refreshTwins()
		m.noteFullMap()
	})
}

// noteFullMap calls OnFullMap the first time every tile of the view is in
// the cache, so on screen after the refresh that placed them.
func (m *MapView) noteFullMap() {
	if m.fullMapSeen || m.OnFullMap == nil || m.view.Width <= 0 || m.view.Height <= 0 {
		return
	}
	for _, t := range m.view.TileCover(m.tileZoom(), 0).Tiles() {
		if _, ok := m.loader.Cached(t); !ok {
			return
		}
	}
	m.fullMapSeen = true
	m.OnFullMap()
}

// CreateRenderer links the widget to its renderer.
func (m *MapView) CreateRenderer() fyne.WidgetRenderer {
	return newRenderer(m)
}

// FurnitureHeight is how far up from the map's bottom edge its own
// furniture, the scale bar and the basemap's credit, reaches as last laid
// out (0 before the first layout). Whatever floats over the bottom of the
// map sits above it, so both stay readable.
func (m *MapView) FurnitureHeight() float32 { return m.furnitureHeight }

// MinSize keeps the map usable in small windows.
func (m *MapView) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

// Resize gives the map a new size: the view grows or shrinks about its
// centre (or refits, see FitBound), the tiles and overlay it now needs
// are asked for, and the renderer lays out the result.
func (m *MapView) Resize(s fyne.Size) {
	if s == m.Size() {
		return
	}
	w, h := float64(s.Width), float64(s.Height)
	changed := w != m.view.Width || h != m.view.Height
	m.view.Width, m.view.Height = w, h
	fitted := false
	if changed && m.autoFit != nil && w > 0 && h > 0 {
		m.view = geo.Fit(*m.autoFit, w, h, 4).Clamp(m.limits)
		fitted = true
	}
	m.BaseWidget.Resize(s)
	if !changed {
		return
	}
	m.requestTiles()
	m.requestOverlay()
	m.Refresh()
	if fitted {
		m.twinsFollow()
		if m.OnViewChanged != nil {
			m.OnViewChanged(m.view)
		}
	}
	m.noteFullMap()
}

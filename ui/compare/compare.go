package compare

import (
	"context"
	"image"
	"math"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/change"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/mapview"
)

// DrawFunc draws an overlay for view v with opt, as the window draws its
// map's (annotations and HiDPI included). It runs off the UI goroutine and
// must stop early when ctx is cancelled. reuse is as for
// mapview.OverlayFunc: an image no longer shown, to draw on if it fits.
type DrawFunc func(ctx context.Context, v geo.View, opt overlay.Options, reuse *image.RGBA) (image.Image, error)

// Options is what the compare view needs from the window, given once.
type Options struct {
	// Map is the window's map: the later year's while comparing.
	Map *mapview.MapView
	// Over lies over the top-left of the first map shown: the map's
	// buttons.
	Over fyne.CanvasObject
	// Features are what geo/change compares; First and Last the years the
	// pickers offer.
	Features    []data.Feature
	First, Last int
	Tips        *uikit.Tips
	// Post runs a function on the UI goroutine: fyne.Do when nil.
	Post func(func())
	// Draw draws the earlier map's overlay.
	Draw DrawFunc

	// OnLater is told the later year the user picked: the window moves
	// its timeline there and redraws, which publishes (Publish).
	OnLater func(year int)
	// OnEarlier is told that the user picked another earlier year: the
	// window publishes again, as the later map's marks depend on it.
	OnEarlier func()
	// OnClose is told that the user asked for the one map back.
	OnClose func()
	// OnTapped, OnKey and OnRune are the earlier map's, as the window's
	// map has them; OnTapped is given the earlier map's options.
	OnTapped func(p geo.Pixel, at orb.Point, opt overlay.Options)
	OnKey    func(ev *fyne.KeyEvent) bool
	OnRune   func(r rune) bool
	// OnOverlayError is told when the earlier map's overlay cannot be
	// drawn.
	OnOverlayError func(error)
}

// View is the map area: the window's map alone, or, while comparing, the
// earlier and later maps with their headers. All its methods must be
// called on the UI goroutine.
type View struct {
	o      Options
	area   *fyne.Container
	layout *areaLayout
	bg     *uikit.Background // under the maps: the gutter between them
	heads  [2]*header        // the earlier's, the later's

	twin    *mapview.MapView // the earlier map while comparing, else nil
	earlier atomic.Pointer[overlay.Options]
	set     *overlay.Set // what the maps drew last (see Publish)
	years   [2]int
	// zoomed is how far Open zoomed the window's map (out: less than 0)
	// so that its pane shows what the whole area showed; Close zooms back.
	zoomed float64
}

// New builds the map area, showing the window's map alone.
func New(o Options) *View {
	v := &View{o: o, bg: uikit.NewBackground(false)}
	v.heads[0] = newHeader(v, 0)
	v.heads[1] = newHeader(v, 1)
	v.layout = &areaLayout{v: v}
	v.area = container.New(v.layout, o.Map, o.Over)
	return v
}

// Area is the map area, for the window to lay out.
func (v *View) Area() fyne.CanvasObject { return v.area }

// Active reports whether two years are compared now.
func (v *View) Active() bool { return v.twin != nil }

// Years are the years compared: the earlier map's, then the later's.
func (v *View) Years() [2]int { return v.years }

// Earlier is the earlier year's map while comparing, else nil.
func (v *View) Earlier() *mapview.MapView { return v.twin }

// EarlierOptions are the overlay options the earlier map draws with.
func (v *View) EarlierOptions() overlay.Options {
	if o := v.earlier.Load(); o != nil {
		return *o
	}
	return overlay.Options{}
}

// Open starts comparing: the window's map, showing base (its year
// later), moves right of (or below) an earlier map of change.EarlierYear,
// zoomed out as far as it takes (in quarter levels) for its smaller pane
// to show the middle square of what the whole area showed, where what the
// user looks at mostly lies. The window then publishes its options
// (Publish) and redraws its map, which gains its marks.
func (v *View) Open(base overlay.Options, set *overlay.Set) {
	if v.Active() {
		return
	}
	later := base.Year
	v.years = [2]int{change.EarlierYear(v.o.Features, later, v.o.First, base.Layers), later}
	v.publish(base, set)
	post := v.o.Post
	if post == nil {
		post = fyne.Do
	}
	t := v.o.Map.Twin(mapview.WithPoster(post))
	t.OnTapped = func(p geo.Pixel, at orb.Point) {
		if v.o.OnTapped != nil {
			v.o.OnTapped(p, at, v.EarlierOptions())
		}
	}
	t.OnKey, t.OnRune = v.o.OnKey, v.o.OnRune
	t.SetOnOverlayError(v.o.OnOverlayError)
	t.SetOverlay(func(ctx context.Context, view geo.View, reuse *image.RGBA) (image.Image, error) {
		opt := v.earlier.Load()
		if opt == nil { // closed since the render started
			return nil, context.Canceled
		}
		return v.o.Draw(ctx, view, *opt, reuse)
	})
	v.twin = t
	v.area.Objects = []fyne.CanvasObject{v.bg, t, v.o.Map, v.heads[0].box, v.heads[1].box, v.o.Over}
	v.heads[0].show(v.years)
	v.heads[1].show(v.years)
	before := v.o.Map.View()
	v.area.Refresh()
	v.zoomed = 0
	after := v.o.Map.View()
	if after.Zoom != before.Zoom || before.Width <= 0 || before.Height <= 0 {
		return // the map refitted itself to its pane (see mapview.FitBound)
	}
	// The middle square of what the area showed stays in view: out, in
	// quarter levels, as far as that takes (a sliver of a percent or two
	// cropped rather than a quarter level more).
	k := min(after.Width, after.Height) / min(before.Width, before.Height)
	if dz := math.Floor(4*math.Log2(k)+0.1) / 4; dz < 0 {
		v.o.Map.SetView(geo.View{Center: after.Center, Zoom: after.Zoom + dz})
		v.zoomed = v.o.Map.View().Zoom - after.Zoom
	}
}

// Close stops comparing: the window's map fills the area again, zoomed
// back in as far as Open zoomed it out, so it shows what the two panes
// showed (what it showed before, unless the maps were moved). The window
// then publishes its options, without marks, and redraws.
func (v *View) Close() {
	if !v.Active() {
		return
	}
	v.twin.Close()
	v.twin = nil
	v.earlier.Store(nil)
	v.area.Objects = []fyne.CanvasObject{v.o.Map, v.o.Over}
	v.area.Refresh()
	if v.zoomed != 0 {
		now := v.o.Map.View()
		v.o.Map.SetView(geo.View{Center: now.Center, Zoom: now.Zoom - v.zoomed})
		v.zoomed = 0
	}
}

// Publish returns the later map's overlay options for the window's base
// options (year, layers, selection...): base itself when not comparing,
// else base with what is new since the earlier year marked. It keeps the
// earlier map's (base in the earlier year, with what is gone by the later
// marked) and redraws the earlier map when they changed, or when set, what
// both maps draw (the atlas and the user's layers), is a new one: a change
// of the later year redraws the earlier map only when its marks change. A
// later year not after the earlier one moves the earlier back.
func (v *View) Publish(base overlay.Options, set *overlay.Set) overlay.Options {
	if !v.Active() {
		return base
	}
	later := v.publish(base, set)
	for _, h := range v.heads {
		h.show(v.years)
	}
	return later
}

// publish is Publish without the headers.
func (v *View) publish(base overlay.Options, set *overlay.Set) overlay.Options {
	if base.Year <= v.years[0] {
		v.years[0] = change.EarlierYear(v.o.Features, base.Year, v.o.First, base.Layers)
	}
	v.years[1] = base.Year
	d := change.Between(v.o.Features, v.years[0], v.years[1], base.Layers)
	earlier, later := base, base
	earlier.Year, earlier.Marked, earlier.Mark = v.years[0], d.Disappear, overlay.MarkGone
	later.Marked, later.Mark = d.Appear, overlay.MarkNew
	old := v.earlier.Swap(&earlier)
	oldSet := v.set
	v.set = set
	if v.twin != nil && (old == nil || !old.SameAs(earlier) || set != oldSet) {
		v.twin.RefreshOverlay()
	}
	return later
}

// RefreshEarlier redraws the earlier map's overlay when something it
// draws besides its options changed: the annotations.
func (v *View) RefreshEarlier() {
	if v.twin != nil {
		v.twin.RefreshOverlay()
	}
}

// pick is a header's picker choosing year for side (0 earlier, 1 later).
func (v *View) pick(side, year int) {
	if !v.Active() {
		return
	}
	if side == 1 {
		if year > v.years[0] && year <= v.o.Last && v.o.OnLater != nil {
			v.o.OnLater(year)
		}
		return
	}
	if year < v.o.First || year >= v.years[1] || year == v.years[0] {
		return
	}
	v.years[0] = year
	for _, h := range v.heads {
		h.show(v.years)
	}
	if v.o.OnEarlier != nil {
		v.o.OnEarlier()
	}
}

// close is the Close compare button.
func (v *View) close() {
	if v.o.OnClose != nil {
		v.o.OnClose()
	}
}

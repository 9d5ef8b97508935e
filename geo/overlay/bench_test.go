package overlay

import (
	"context"
	"image"
	"math"
	"path/filepath"
	"strconv"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

// benchViews are the 1920x1080 views the benchmarks draw.
func benchViews() []struct {
	name string
	v    geo.View
	year int
} {
	return []struct {
		name string
		v    geo.View
		year int
	}{
		{"peru_z6", peruView(), 2015},
		{"vraem_z8", vraemView(), 2013},
	}
}

// insideVRAEMView is zoom 11 inside the VRAEM, where hatched zones (coca,
// the VRAEM faction's areas) cover most of the view.
func insideVRAEMView() geo.View {
	return geo.View{Center: orb.Point{-73.85, -12.45}, Zoom: 11, Width: 1920, Height: 1080}
}

// BenchmarkRender1080 draws every layer over 1920x1080, with every label
// and the basemap's place names placed in one pass.
func BenchmarkRender1080(b *testing.B) {
	s := testSet(b)
	names := testNames(b)
	for _, bv := range benchViews() {
		b.Run(bv.name, func(b *testing.B) {
			opt := Options{Year: bv.year, Names: names}
			img := image.NewRGBA(image.Rect(0, 0, int(bv.v.Width), int(bv.v.Height)))
			b.ReportAllocs()
			for b.Loop() {
				clear(img.Pix) // a reused frame, as the window keeps one
				if err := s.RenderInto(context.Background(), img, bv.v, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRenderInsideHatched1080 draws zoom 11 inside the VRAEM, where
// hatched zones cover most of the 1920x1080 view: the hatching's worst
// case (see hatchBand).
func BenchmarkRenderInsideHatched1080(b *testing.B) {
	s := testSet(b)
	v := insideVRAEMView()
	opt := Options{Year: 2013, Names: testNames(b)}
	img := image.NewRGBA(image.Rect(0, 0, int(v.Width), int(v.Height)))
	b.ReportAllocs()
	for b.Loop() {
		clear(img.Pix)
		if err := s.RenderInto(context.Background(), img, v, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkYearStep renders the next year of the same view, as one step
// of the year slider does: on the image shown the step before last.
func BenchmarkYearStep(b *testing.B) {
	s := testSet(b)
	v := peruView()
	ctx := context.Background()
	shown, err := s.Render(ctx, v, Options{Year: 2012})
	if err != nil {
		b.Fatal(err)
	}
	var spare *image.RGBA
	b.ReportAllocs()
	year := 2012
	for b.Loop() {
		year++
		if year > 2016 {
			year = 2012
		}
		img, err := s.RenderOn(ctx, spare, v, Options{Year: year})
		if err != nil {
			b.Fatal(err)
		}
		shown, spare = img, shown
	}
}

// BenchmarkHitTest asks what lies under a pointer in the busy VRAEM.
func BenchmarkHitTest(b *testing.B) {
	s := testSet(b)
	v := vraemView()
	opt := Options{Year: 2013}
	p := geo.Pixel{X: 960, Y: 540}
	b.ReportAllocs()
	for b.Loop() {
		s.HitTest(v, opt, p, 8)
	}
}

// BenchmarkStaticMapsPlain1080 is the plain go-staticmaps way for
// comparison: a fresh sm.Context per frame with basemap tiles (PNG files in
// a cache directory, as sm reads them) and the overlay as a map object.
func BenchmarkStaticMapsPlain1080(b *testing.B) {
	s := testSet(b)
	for _, bv := range benchViews() {
		b.Run(bv.name, func(b *testing.B) {
			dir := b.TempDir()
			fillTiles(b, dir, "bench", bv.v)
			opt := Options{Year: bv.year}
			b.ReportAllocs()
			for b.Loop() {
				c := plainContext(dir, bv.v)
				c.AddObject(overlayObject{s: s, opt: opt})
				if _, err := c.Render(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// plainContext is an offline sm.Context for view v reading tiles from dir.
func plainContext(dir string, v geo.View) *sm.Context {
	c := sm.NewContext()
	c.SetOnline(false)
	c.SetCache(sm.NewTileCache(dir, 0o755))
	c.SetTileProvider(&sm.TileProvider{Name: "bench", TileSize: 256, URLPattern: "x/%[2]d/%[3]d/%[4]d"})
	c.SetSize(int(v.Width), int(v.Height))
	c.SetZoom(int(v.TileZoom()))
	c.SetCenter(s2.LatLngFromDegrees(v.Center.Lat(), v.Center.Lon()))
	c.OverrideAttribution("")
	return c
}

// fillTiles writes the embedded basemap's tiles around v as PNG files laid
// out as sm expects: dir/name/z/x/y.
func fillTiles(tb testing.TB, dir, name string, v geo.View) {
	tb.Helper()
	src := embedded.New()
	for _, t := range v.TileCover(v.TileZoom(), 256).Tiles() {
		img, err := src.Tile(context.Background(), t)
		if err != nil {
			tb.Fatalf("tile %v: %v", t, err)
		}
		goldentest.WritePNG(tb, filepath.Join(dir, name, strconv.Itoa(int(t.Z)), strconv.Itoa(int(t.X)), strconv.Itoa(int(t.Y))), img)
	}
}

// BenchmarkPlaceLabels1080 places every label of a 1920x1080 view (the
// features', the route ends', the events' and the basemap's names), without
// drawing: the label engine's share of a frame.
func BenchmarkPlaceLabels1080(b *testing.B) {
	s := testSet(b)
	names := testNames(b)
	for _, bv := range benchViews() {
		b.Run(bv.name, func(b *testing.B) {
			opt := Options{Year: bv.year, Names: names}
			b.ReportAllocs()
			for b.Loop() {
				fr := newFrame(s, opt, viewProj(bv.v), bv.v.Width, bv.v.Height)
				fr.placeLabels()
			}
		})
	}
}

// overlayObject draws the whole overlay as one go-staticmaps map object,
// on the surface sm composes (whole tiles around the frame), for the
// baseline benchmark only.
type overlayObject struct {
	s   *Set
	opt Options
}

func (o overlayObject) Bounds() s2.Rect { return s2.EmptyRect() }

func (o overlayObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

func (o overlayObject) Draw(dc *gg.Context, t *sm.Transformer) {
	w, h := float64(dc.Width()), float64(dc.Height())
	c := t.XYToLatLng(w/2, h/2)
	// The transformer's zoom, read from its scale.
	a, b := t.XYToLatLng(0, h/2), t.XYToLatLng(w, h/2)
	z := math.Log2(w / (geo.WorldSize(0) * (b.Lng.Degrees() - a.Lng.Degrees()) / 360))
	v := geo.View{Center: orb.Point{c.Lng.Degrees(), c.Lat.Degrees()}, Zoom: math.Round(z), Width: w, Height: h}
	if img, ok := dc.Image().(*image.RGBA); ok {
		_ = o.s.RenderInto(context.Background(), img, v, o.opt)
	}
}

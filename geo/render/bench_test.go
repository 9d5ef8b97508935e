package render

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"math"
	"syscall"
	"testing"
	"time"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

// benchScene is all of Peru with every layer of the embedded atlas over
// the embedded basemap at the preset's density, the tile directory filled
// once, before any timing.
func benchScene(b *testing.B, p Preset) (Scene, *Fonts) {
	b.Helper()
	fonts, err := NewFonts()
	if err != nil {
		b.Fatal(err)
	}
	src := embedded.New(embedded.WithScale(p.Scale))
	s := atlasScene(b, p, src, StoreName(src.Info(), "bench"))
	if _, _, err := s.Render(context.Background(), fonts); err != nil { // fills the tile directory
		b.Fatal(err)
	}
	return s, fonts
}

func benchmarkExport(b *testing.B, p Preset) {
	s, fonts := benchScene(b, p)
	var buf bytes.Buffer
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU(b)
	for i := 0; i < b.N; i++ {
		img, _, err := s.Render(context.Background(), fonts)
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := EncodePNG(&buf, img); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report()
	b.ReportMetric(float64(buf.Len())/1e6, "MB/png")
}

// BenchmarkExport4KPNG is a 4K slide of Peru: tiles from the cache,
// overlays, annotations, furniture and PNG encoding. Target: 1 s or less.
func BenchmarkExport4KPNG(b *testing.B) { benchmarkExport(b, Presets()[1]) }

// BenchmarkExportA4_300dpi is an A4 landscape handout at 300 dpi.
func BenchmarkExportA4_300dpi(b *testing.B) { benchmarkExport(b, Presets()[2]) }

// BenchmarkStaticMaps4KPlain is plain go-staticmaps, used as its README
// shows, drawing the same scene as BenchmarkExport4KPNG: an sm.Context
// over the same cached tiles (the export's tile store, at the export's
// tile zoom), the whole 3840x2160 image as its frame, the overlay as a map
// object, and the standard library's png.Encode. No furniture: the
// baseline the export is measured against.
func BenchmarkStaticMaps4KPlain(b *testing.B) {
	p := Presets()[1]
	s, fonts := benchScene(b, p)
	_, lay, _, err := s.render(context.Background(), fonts)
	if err != nil {
		b.Fatal(err)
	}
	r, err := s.resolve()
	if err != nil {
		b.Fatal(err)
	}
	// The export's own tile store: the tiles at its density, split as it
	// reads them.
	plan := r.planBasemap(lay.view)
	store, level, sub := splitStore(plan.store, plan.size)
	f := Frame{Center: lay.view.Center, Zoom: plan.zoom + level, Width: p.Width, Height: p.Height}
	if m, err := s.Dir.FillSplit(context.Background(), plan.src, store, FrameTiles(f, sub), level, 2, nil); err != nil || len(m) > 0 {
		b.Fatalf("fill: %v, missing %v", err, m)
	}
	obj := overlayObject{s: s.Overlays, opt: overlay.Options{Year: s.Dataset.LatestYear(), Scale: p.Scale}, zoom: float64(plan.zoom) + math.Log2(float64(plan.size)/256)}
	var buf bytes.Buffer
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU(b)
	for i := 0; i < b.N; i++ {
		c := sm.NewContext()
		c.SetTileProvider(&sm.TileProvider{Name: store, TileSize: sub, URLPattern: "offline://%[2]d/%[3]d/%[4]d"})
		c.SetCache(s.Dir)
		c.SetOnline(false)
		c.SetSize(p.Width, p.Height)
		c.SetZoom(f.Zoom)
		c.SetCenter(s2.LatLngFromDegrees(f.Center.Lat(), f.Center.Lon()))
		c.AddObject(obj)
		img, err := c.Render()
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := png.Encode(&buf, img); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report()
	b.ReportMetric(float64(buf.Len())/1e6, "MB/png")
}

// overlayObject is the atlas overlay as one go-staticmaps map object, for
// the baseline only: it draws the whole overlay on the surface sm
// composes (whole tiles around the frame) at the composed zoom.
type overlayObject struct {
	s    *overlay.Set
	opt  overlay.Options
	zoom float64 // of the composed pixels, in 256-pixel tiles
}

func (o overlayObject) Bounds() s2.Rect { return s2.EmptyRect() }

func (o overlayObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

func (o overlayObject) Draw(dc *gg.Context, t *sm.Transformer) {
	w, h := float64(dc.Width()), float64(dc.Height())
	c := t.XYToLatLng(w/2, h/2)
	v := geo.View{Center: orb.Point{c.Lng.Degrees(), c.Lat.Degrees()}, Zoom: o.zoom, Width: w, Height: h}
	if img, ok := dc.Image().(*image.RGBA); ok {
		_ = o.s.RenderInto(context.Background(), img, v, o.opt)
	}
}

// cpuClock measures the processor time (user and system, every thread)
// a benchmark's loop takes: on a machine shared with other work the wall
// time of a parallel export says less than what it costs.
type cpuClock struct {
	b     *testing.B
	start time.Duration
}

func startCPU(b *testing.B) cpuClock { return cpuClock{b: b, start: processCPU(b)} }

// report adds the processor milliseconds per operation to the results.
func (c cpuClock) report() {
	c.b.ReportMetric(float64(processCPU(c.b)-c.start)/float64(time.Millisecond)/float64(c.b.N), "cpu-ms/op")
}

func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

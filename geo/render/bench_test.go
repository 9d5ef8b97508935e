package render

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

// benchScene is all of Peru with every layer of the embedded atlas over
// the embedded basemap at the preset's density, the tile directory filled
// once, before any timing.
func benchScene(b *testing.B, p Preset) (Scene, *Fonts) {
	b.Helper()
	ds, err := data.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	set, err := overlay.New(ds)
	if err != nil {
		b.Fatal(err)
	}
	in, err := NewInset()
	if err != nil {
		b.Fatal(err)
	}
	fonts, err := NewFonts()
	if err != nil {
		b.Fatal(err)
	}
	src := embedded.New(embedded.WithScale(p.Scale))
	s := Scene{Source: src, Dir: TileDir{Root: b.TempDir()}, StoreName: StoreName(src.Info(), "bench"),
		Preset: p, Dataset: ds, Overlays: set, Inset: in}
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
	b.ReportMetric(float64(buf.Len())/1e6, "MB/png")
}

// BenchmarkExport4KPNG is a 4K slide of Peru: tiles from the cache,
// overlays, annotations, furniture and PNG encoding. Target: 1 s or less.
func BenchmarkExport4KPNG(b *testing.B) { benchmarkExport(b, Presets()[1]) }

// BenchmarkExportA4_300dpi is an A4 landscape handout at 300 dpi.
func BenchmarkExportA4_300dpi(b *testing.B) { benchmarkExport(b, Presets()[2]) }

// BenchmarkStaticMaps4KPlain is go-staticmaps alone drawing the same
// scene as BenchmarkExport4KPNG (same frame, same cached tiles, the same
// overlay objects) over the whole 3840x2160 image, with no furniture, plus
// PNG encoding: the baseline the export's own work adds to.
func BenchmarkStaticMaps4KPlain(b *testing.B) {
	p := Presets()[1]
	s, fonts := benchScene(b, p)
	_, lay, _, err := s.render(context.Background(), fonts)
	if err != nil {
		b.Fatal(err)
	}
	f := lay.frame
	size := s.Source.Info().TileSize
	v := viewOf(f, float64(size)/256)
	v.Width, v.Height = float64(p.Width), float64(p.Height)
	full := Frame{Center: f.Center, Zoom: f.Zoom, Width: p.Width, Height: p.Height}
	if m, err := s.Dir.Fill(context.Background(), s.Source, s.StoreName, FrameTiles(full, size), 2); err != nil || len(m) > 0 {
		b.Fatalf("fill: %v, missing %v", err, m)
	}
	objects := s.Overlays.Objects(overlay.Options{Year: s.Dataset.LatestYear(), Scale: float64(size) / 256, View: &v})
	var buf bytes.Buffer
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := sm.NewContext()
		c.SetTileProvider(&sm.TileProvider{Name: s.StoreName, TileSize: size, URLPattern: "offline://%[2]d/%[3]d/%[4]d"})
		c.SetCache(s.Dir)
		c.SetOnline(false)
		c.SetSize(p.Width, p.Height)
		c.SetZoom(f.Zoom)
		c.SetCenter(s2.LatLngFromDegrees(f.Center.Lat(), f.Center.Lon()))
		c.SetBackground(color.NRGBA{R: 0xc9, G: 0xdd, B: 0xea, A: 0xff})
		c.OverrideAttribution("")
		for _, o := range objects {
			c.AddObject(o)
		}
		img, err := c.Render()
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := EncodePNG(&buf, img.(*image.RGBA)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1e6, "MB/png")
}

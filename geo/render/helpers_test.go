package render

import (
	"context"
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// coastSource paints a plain, deterministic basemap: sea west of a
// slanted coast, land east of it, with a faint graticule every degree, so
// goldens do not change when the real basemap does.
type coastSource struct {
	size  int
	plain bool // no graticule: the coast alone
}

func (s coastSource) Info() tiles.Info {
	return tiles.Info{ID: "coast", Attribution: "Test coast", MinZoom: 4, MaxZoom: 14, TileSize: s.size}
}

func (s coastSource) Tile(_ context.Context, t maptile.Tile) (image.Image, error) {
	img := image.NewRGBA(image.Rect(0, 0, s.size, s.size))
	z := float64(t.Z) + math.Log2(float64(s.size)/geo.TileSize)
	sea := color.RGBA{R: 0xb8, G: 0xd4, B: 0xe6, A: 0xff}
	land := color.RGBA{R: 0xf2, G: 0xee, B: 0xe2, A: 0xff}
	grid := color.RGBA{R: 0xd0, G: 0xcc, B: 0xc0, A: 0xff}
	for y := 0; y < s.size; y++ {
		for x := 0; x < s.size; x++ {
			// sampled at the pixel's centre
			p := geo.Unproject(geo.Pixel{X: float64(int(t.X)*s.size+x) + 0.5, Y: float64(int(t.Y)*s.size+y) + 0.5}.Scale(geo.TileSize/float64(s.size)), z-math.Log2(float64(s.size)/geo.TileSize))
			c := land
			if p.Lon() < coastLon(p.Lat()) {
				c = sea
			}
			if s.plain {
				// the coast antialiased: land by the share of the pixel east of it
				degPerPx := 360 / geo.WorldSize(z)
				f := math.Max(0, math.Min(1, 0.5+(p.Lon()-coastLon(p.Lat()))/degPerPx))
				c.R = uint8(math.Round(float64(sea.R) + f*float64(int(land.R)-int(sea.R))))
			}
			if !s.plain && (frac(p.Lon()) < 0.02 || frac(p.Lat()) < 0.02) {
				c = grid
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img, nil
}

// AtScale draws the same coast at another density, as the embedded
// basemap does, so exports of it are never resampled.
func (s coastSource) AtScale(scale float64) tiles.Source {
	return coastSource{size: int(math.Round(scale * geo.TileSize)), plain: s.plain}
}

// rasterOnly hides a source's AtScale: its tiles have one size, as online
// and MBTiles tiles do, and exports resample them.
type rasterOnly struct{ tiles.Source }

// coastLon is the longitude of coastSource's coast at latitude lat.
func coastLon(lat float64) float64 { return -81 + (lat+4)*-0.55 }

func frac(v float64) float64 { return v - math.Floor(v) }

// testDataset is a small, fixed atlas: three sources and one or two
// features of every layer group (a coca zone, a Shining Path area, an
// airstrip with its flight, an exit port, a road and a hub, an event and
// a base), all shown in the golden scene's year, so goldens do not change
// with the real data and lose something whichever group goes missing.
func testDataset() *data.Dataset {
	cite := func(src string) []data.Citation {
		return []data.Citation{{Source: src, Locator: "para 1"}}
	}
	to := 2012
	return &data.Dataset{
		Sources: []data.Source{
			{ID: "s1", Title: "A dated article on coca in the valleys", Author: "A. Author", Venue: "Test Review", Date: "2012-11-24", Year: 2012},
			{ID: "s2", Title: "An undated report on the ports, with a title long enough to need wrapping when the sources block is narrow", Year: 2015, DateInferred: true},
			{ID: "s3", Title: "An article nothing shown cites", Author: "Nobody", Year: 2001},
		},
		Features: []data.Feature{
			{ID: "zone", Layer: data.LayerCocaZone, Name: "Test valley", Precision: data.PrecisionValley, Period: data.Period{From: 2000},
				Geometry: orb.Polygon{{{-75, -11}, {-73.5, -11}, {-73.5, -13}, {-75, -13}, {-75, -11}}}, Citations: cite("s1")},
			{ID: "faction", Layer: data.LayerSenderoArea, Name: "Test faction", Faction: "VRAEM", Precision: data.PrecisionRegion, Period: data.Period{From: 2000},
				Geometry: orb.Polygon{{{-74.6, -13.4}, {-73, -13.4}, {-73, -14.4}, {-74.6, -14.4}, {-74.6, -13.4}}}, Citations: cite("s1")},
			{ID: "strip", Layer: data.LayerAirstrip, Name: "Test strip", Precision: data.PrecisionTown, Period: data.Period{From: 2005},
				Geometry: orb.Point{-75.9, -10.5}, Citations: cite("s1")},
			{ID: "flight", Layer: data.LayerAirRoute, Mode: data.ModeAir, Name: "Test flight", Precision: data.PrecisionSchematic, Period: data.Period{From: 2005},
				Geometry: orb.LineString{{-75.9, -10.5}, {-72.6, -10.6}}, Citations: cite("s1")},
			{ID: "road", Layer: data.LayerRoute, Mode: data.ModeRoad, Name: "Test road", Precision: data.PrecisionSchematic, Period: data.Period{From: 2005},
				Geometry: orb.LineString{{-74, -12}, {-76, -12.5}, {-77.1, -12.05}}, Citations: cite("s2")},
			{ID: "port", Layer: data.LayerExitPort, Name: "Test port", Precision: data.PrecisionTown, Period: data.Period{From: 1990},
				Geometry: orb.Point{-77.14, -12.05}, Citations: cite("s2")},
			{ID: "hub", Layer: data.LayerHub, Name: "Test hub", Precision: data.PrecisionTown, Period: data.Period{From: 2005},
				Geometry: orb.Point{-75.3, -13.1}, Citations: cite("s2")},
			{ID: "raid", Layer: data.LayerEvent, Name: "Test raid", Precision: data.PrecisionTown, Period: data.Period{From: 2012, To: &to},
				Geometry: orb.Point{-74.2, -12.4}, Citations: cite("s1")},
			{ID: "base", Layer: data.LayerBase, Name: "Test base", Precision: data.PrecisionTown, Period: data.Period{From: 2008},
				Geometry: orb.Point{-72.9, -12.2}, Citations: cite("s1")},
		},
	}
}

// testScene is a scene over the fixed data and basemap.
func testScene(tb testing.TB, p Preset) Scene {
	tb.Helper()
	s := sceneOf(tb, testDataset(), p, coastSource{size: int(p.Scale * geo.TileSize)}, "coast")
	s.Annotations = &annotation.Set{Version: 1, Annotations: []annotation.Annotation{
		{ID: "n1", Kind: annotation.KindCircle, At: orb.Point{-74.2, -12.4}, RadiusKm: 40, Text: "Raid"},
		{ID: "n2", Kind: annotation.KindArrow, At: orb.Point{-79, -14}, To: orb.Point{-77.4, -12.3}, Text: "Port"},
	}}
	s.Bound, s.Year = orb.Bound{Min: orb.Point{-79.5, -15}, Max: orb.Point{-72, -10}}, 2014
	return s
}

package embedded

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sort"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo"
)

// drawOrder sorts line classes bottom to top.
func drawOrder(c lineClass) int {
	switch {
	case c == classCoast:
		return 0
	case c <= classRiver7:
		return 1 + int(classRiver7-c) // minor rivers below major ones
	default:
		return 1 + int(c)
	}
}

func sortLines(ls []line) {
	sort.SliceStable(ls, func(i, j int) bool { return drawOrder(ls[i].class) < drawOrder(ls[j].class) })
}

func uniform(c color.RGBA) *image.Uniform { return image.NewUniform(c) }

// draw renders tile t of zoom data zd into img using rasterizer z.
func (s *Source) draw(ctx context.Context, img *image.RGBA, p *painter, zd *zoomData, t maptile.Tile) error {
	z := p.z
	n := img.Bounds().Dx()
	ox, oy := float64(t.X)*256, float64(t.Y)*256
	tr := xform{ox, oy, s.scale}
	clip := rect{-2, -2, float64(n + 2), float64(n + 2)}
	tileR := rect{ox, oy, ox + 256, oy + 256}

	draw.Draw(img, img.Bounds(), uniform(colOutside), image.Point{}, draw.Src)
	c := zd.cells[cellKey{int(t.X) * 256 / cellPx, int(t.Y) * 256 / cellPx}]
	if c == nil {
		c = &cell{}
	}
	if !zd.bound.contains(tileR) && tileR.intersects(zd.cbound) {
		// Coarse land and sea around the data.
		draw.Draw(img, s.pixelRect(zd.cbound, ox, oy, n), uniform(colWater), image.Point{}, draw.Src)
		p.begin()
		fillRings(z, tr, c.ctx)
		p.paint(img, colNeighbour)
	}
	if tileR.intersects(zd.bound) {
		ib := s.pixelRect(zd.bound, ox, oy, n)
		draw.Draw(img, ib, uniform(colNeighbour), image.Point{}, draw.Src)
		s.drawGlow(p, img, c.lines, tr, clip, zd.z)
		if len(c.peru) > 0 {
			p.begin()
			fillRings(z, tr, c.peru)
			p.paint(img, colPeru)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		// Water: the data bound minus land (lakes count as water again),
		// rasterized before it is painted so that the relief, which shades
		// the land, skips the pixels the water will cover.
		p.begin()
		x0, y0, x1, y1 := float32(ib.Min.X), float32(ib.Min.Y), float32(ib.Max.X), float32(ib.Max.Y)
		z.MoveTo(x0, y0)
		z.LineTo(x0, y1)
		z.LineTo(x1, y1)
		z.LineTo(x1, y0)
		z.ClosePath()
		fillRings(z, tr, c.land)
		p.rasterize()
		lons, lats := s.pixelLonLat(t, n)
		zd.relief.Paint(img, lons, lats, p.mask)
		if err := ctx.Err(); err != nil {
			return err
		}
		blendMask(img, p.mask, colWater)
		zd.relief.PaintSea(img, p.mask, lons, lats)
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.drawLines(ctx, img, p, c.lines, tr, clip, zd.z); err != nil {
			return err
		}
	}
	return nil
}

// pixelLonLat returns the longitude of each pixel column's centre and the
// latitude of each row's in the n-pixel tile t.
func (s *Source) pixelLonLat(t maptile.Tile, n int) (lons, lats []float64) {
	lons, lats = make([]float64, n), make([]float64, n)
	z := float64(t.Z)
	for i := range n {
		d := (float64(i) + 0.5) / s.scale
		lons[i] = geo.Unproject(geo.Pixel{X: float64(t.X)*256 + d}, z).Lon()
		lats[i] = geo.Unproject(geo.Pixel{Y: float64(t.Y)*256 + d}, z).Lat()
	}
	return lons, lats
}

// drawGlow strokes a soft warm band along Peru's land border before Peru is
// filled, so that it shows on the neighbours' side only and sets Peru off.
func (s *Source) drawGlow(p *painter, img *image.RGBA, ls []line, tr xform, clip rect, zoom int) {
	w := glowWidth(zoom) * s.scale
	any := false
	for _, l := range ls {
		if l.class != classBorderPeru {
			continue
		}
		if !any {
			p.begin()
			any = true
		}
		strokeLine(p.z, tr, l.pts, w, 0, clip)
	}
	if any {
		p.paint(img, colPeruGlow)
	}
}

// pixelRect is the part of r (logical pixels) in the n-pixel tile at ox, oy.
func (s *Source) pixelRect(r rect, ox, oy float64, n int) image.Rectangle {
	b := rect{
		math.Max(0, (r.x0-ox)*s.scale), math.Max(0, (r.y0-oy)*s.scale),
		math.Min(float64(n), (r.x1-ox)*s.scale), math.Min(float64(n), (r.y1-oy)*s.scale),
	}
	return image.Rect(int(math.Round(b.x0)), int(math.Round(b.y0)), int(math.Round(b.x1)), int(math.Round(b.y1)))
}

// drawLines strokes the cell's lines, one rasterizer pass per style.
func (s *Source) drawLines(ctx context.Context, img *image.RGBA, p *painter, ls []line, tr xform, clip rect, zoom int) error {
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && ls[j].class == ls[i].class {
			j++
		}
		w, col, dash, ok := lineStyle(ls[i].class, zoom)
		if ok {
			p.begin()
			for _, l := range ls[i:j] {
				strokeLine(p.z, tr, l.pts, w*s.scale, dash*s.scale, clip)
			}
			p.paint(img, col)
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		i = j
	}
	return nil
}

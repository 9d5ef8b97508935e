package overlay

import (
	"context"
	"fmt"
	"image"
	"math"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/geo"
)

// Render draws the overlay for view v on a transparent image of v.Width x
// v.Height at v.Zoom, whole or fractional. It honours ctx cancellation
// between features.
func (s *Set) Render(ctx context.Context, v geo.View, opt Options) (*image.RGBA, error) {
	return s.RenderOn(ctx, nil, v, opt)
}

// RenderOn is Render drawing on reuse's pixels, cleared first, when they
// are enough for the view (the image returned is then a new header over
// them), and on a new image otherwise; it returns the image drawn. A
// window drawing frame after frame passes the image it showed last but
// one, so it keeps two instead of leaving one behind every frame; a zoom
// changes the size a little every frame, so a spare serves any view no
// larger than the one it was made for.
func (s *Set) RenderOn(ctx context.Context, reuse *image.RGBA, v geo.View, opt Options) (*image.RGBA, error) {
	w, h := int(math.Round(v.Width)), int(math.Round(v.Height))
	if w <= 0 || h <= 0 {
		return nil, fmt.Errorf("overlay: render: bad view size %vx%v", v.Width, v.Height)
	}
	var img *image.RGBA
	if n := 4 * w * h; reuse != nil && cap(reuse.Pix) >= n {
		img = &image.RGBA{Pix: reuse.Pix[:n], Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
		clear(img.Pix)
	} else {
		img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	if err := s.RenderInto(ctx, img, v, opt); err != nil {
		return nil, err
	}
	return img, nil
}

// RenderInto is Render drawing onto img (over what it holds), so a caller
// can reuse one image between frames. img must be v.Width x v.Height.
func (s *Set) RenderInto(ctx context.Context, img *image.RGBA, v geo.View, opt Options) error {
	b := img.Bounds()
	if b.Min != (image.Point{}) {
		return fmt.Errorf("overlay: render: image must start at 0,0, not %v", b.Min)
	}
	dc := gg.NewContextForRGBA(img)
	fr := newFrame(s, opt, viewProj(v), float64(b.Dx()), float64(b.Dy()))
	fr.drawMarksUnder(dc)
	leaders := false
	for _, ft := range fr.feats {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("overlay: render cancelled: %w", err)
		}
		if !leaders && ft.st.class >= classSymbol { // under every symbol, over lines and areas
			fr.drawLeaders(dc)
			leaders = true
		}
		fr.draw(dc, ft)
	}
	if !leaders {
		fr.drawLeaders(dc)
	}
	fr.drawMarksOver(dc)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("overlay: render cancelled: %w", err)
	}
	fr.drawLabels(img)
	return nil
}

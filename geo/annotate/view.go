package annotate

import (
	"image"
	"math"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
)

// DrawOver paints set over img, an image of view v (at v's zoom rounded to
// whole, v's centre in the image's middle), with the same go-staticmaps
// objects an export draws: the screen's overlay layer uses it. A nil or
// empty set draws nothing.
func DrawOver(img *image.RGBA, v geo.View, set *annotation.Set, scale float64) error {
	if set == nil || len(set.Annotations) == 0 {
		return nil
	}
	b := img.Bounds()
	ctx := sm.NewContext()
	ctx.SetSize(b.Dx(), b.Dy())
	ctx.SetZoom(int(math.Round(v.Zoom)))
	c := s2.LatLngFromDegrees(v.Center.Lat(), v.Center.Lon())
	ctx.SetCenter(c)
	tr, err := ctx.Transformer()
	if err != nil {
		return err
	}
	cx, cy := tr.LatLngToXY(c)
	dc := gg.NewContextForRGBA(img)
	dc.Translate(float64(b.Dx()/2)-cx, float64(b.Dy()/2)-cy)
	for _, o := range Objects(set, scale) {
		o.Draw(dc, tr)
	}
	return nil
}

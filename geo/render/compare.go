package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"math"

	"github.com/fogleman/gg"

	"github.com/perutraffickingatlas/atlas/geo/annotate"
	"github.com/perutraffickingatlas/atlas/geo/change"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// ErrSameYears is returned for a comparison of a year with itself.
var ErrSameYears = errors.New("render: compare needs two different years")

// Compare is one view in two years, side by side (one above the other when
// the map area is taller than wide) in one image: each map with its year
// large on it, one legend counting what each shows ("3 → 5"), one footer
// citing what either shows. What is on one map only is marked, by the
// rule of package change, as the window's compare view marks it
// (overlay.Mark): on the first map, dashed, what is gone from the second;
// on the second, solid, what is new in it; the legend keys both.
type Compare struct {
	Scene        // the view, size, layers, selection, words; its Year is not used
	Years [2]int // the first map's year, then the second's
}

// compareGutterU is the gap between the two maps, in furniture units.
const compareGutterU = 0.8

// comparison is a Compare resolved: a scene for each year, the change
// between them, and the halves of the map area.
type comparison struct {
	ra, rb *resolved
	diff   change.Diff
	left   image.Rectangle // in the map area's pixels
	right  image.Rectangle
}

// WriteCompare renders c and writes it to path as PNG or PDF, as
// WriteScene does a single map: atomically, and replacing a file only when
// overwrite is true (checked before rendering).
func WriteCompare(ctx context.Context, c Compare, path string, overwrite bool) (Result, error) {
	return writeDrawn(ctx, c.Scene, c.render, path, overwrite, nil)
}

func (c Compare) resolve() (*comparison, error) {
	if c.Years[0] == c.Years[1] {
		return nil, fmt.Errorf("%w: %d", ErrSameYears, c.Years[0])
	}
	a := c.Scene
	a.Year = c.Years[0]
	ra, err := a.resolve()
	if err != nil {
		return nil, err
	}
	b := a
	b.Year, b.Dataset, b.Overlays, b.Inset = c.Years[1], ra.Dataset, ra.Overlays, ra.Inset
	rb, err := b.resolve()
	if err != nil {
		return nil, err
	}
	if c.Title == "" {
		ra.Title = compareTitle(c.Years, c.Lang)
	}
	ra.heading = compareHeading(c.Years, c.Lang)
	if c.Subtitle == "" {
		ra.Subtitle = compareSubtitle(c.Years, c.Lang)
	}
	return &comparison{ra: ra, rb: rb, diff: change.Between(ra.Dataset.Features, c.Years[0], c.Years[1], c.Layers)}, nil
}

// split sets the halves of a w x h map area and both maps' view.
func (cp *comparison) split(w, h int, u float64) {
	g := int(math.Max(2, math.Round(compareGutterU*u)))
	if w >= h {
		hw := (w - g) / 2
		cp.left, cp.right = image.Rect(0, 0, hw, h), image.Rect(w-hw, 0, w, h)
	} else {
		hh := (h - g) / 2
		cp.left, cp.right = image.Rect(0, 0, w, hh), image.Rect(0, h-hh, w, h)
	}
	cp.ra.view = cp.ra.mapView(cp.left.Dx(), cp.left.Dy())
	cp.rb.view = cp.ra.view
}

// content is what the legend and footer list: for the year (whole) or
// the maps' view, each line counted on both maps, and the rings' keys.
func (cp *comparison) content(whole bool) content {
	var ca, cb content
	if whole {
		ca, cb = cp.ra.yearContent(), cp.rb.yearContent()
	} else {
		ca, cb = cp.ra.frameContent(), cp.rb.frameContent()
	}
	u := unionContent(cp.ra.Dataset, []content{ca, cb})
	na, nb := overlay.LegendCounts(ca.key.entries), overlay.LegendCounts(cb.key.entries)
	u.key.count = func(e overlay.LegendEntry) string {
		e.Count = 0
		return itoa(na[e]) + " \u2192 " + itoa(nb[e])
	}
	lang := cp.ra.Lang
	a, b := cp.options()
	if whole || cp.ra.Overlays.MarkedIn(a, cp.ra.view) > 0 {
		u.key.extra = append(u.key.extra, legendExtra{text: onlyOnMap(cp.ra.year, lang), mark: a.Mark})
	}
	if whole || cp.rb.Overlays.MarkedIn(b, cp.rb.view) > 0 {
		u.key.extra = append(u.key.extra, legendExtra{text: onlyOnMap(cp.rb.year, lang), mark: b.Mark})
	}
	return u
}

// options are the overlay options of the two maps: each scene's, with
// what is on it only marked.
func (cp *comparison) options() (a, b overlay.Options) {
	a, b = cp.ra.options(), cp.rb.options()
	a.Marked, a.Mark = cp.diff.Disappear, overlay.MarkGone
	b.Marked, b.Mark = cp.diff.Appear, overlay.MarkNew
	return a, b
}

func (c Compare) render(ctx context.Context, fonts *Fonts) (*image.RGBA, *layout, []MissingTile, error) {
	cp, err := c.resolve()
	if err != nil {
		return nil, nil, nil, err
	}
	if fonts, err = fontsOr(fonts); err != nil {
		return nil, nil, nil, err
	}
	ra, rb := cp.ra, cp.rb
	u := ra.unit()
	lay := settle(ra, fonts, func() content { return cp.content(true) }, func(w, h int) content {
		cp.split(w, h, u)
		return cp.content(false)
	})
	img := image.NewRGBA(image.Rect(0, 0, ra.w, ra.h))
	fill(img, lay.mapR, paperOpaque) // the gutter
	mapAt := func(r image.Rectangle) *image.RGBA {
		o := lay.mapR.Min.Add(r.Min)
		return &image.RGBA{Pix: img.Pix[img.PixOffset(o.X, o.Y):], Stride: img.Stride, Rect: image.Rect(0, 0, r.Dx(), r.Dy())}
	}
	left, right := mapAt(cp.left), mapAt(cp.right)
	view, missing, err := ra.drawBasemap(ctx, left, ra.view)
	if err != nil && !(ra.AllowGaps && errors.Is(err, ErrMissingTiles)) {
		return nil, nil, missing, err
	}
	draw.Draw(right, right.Rect, left, image.Point{}, draw.Src)
	ra.view, rb.view = view, view
	bdg := newBadge(newMeasurer(fonts), []*resolved{ra, rb}, cp.left.Dx(), cp.left.Dy(), false, u)
	a, b := cp.options()
	for _, m := range []struct {
		r   *resolved
		img *image.RGBA
		opt overlay.Options
	}{{ra, left, a}, {rb, right, b}} {
		m.opt.Obstacles = withBox(m.opt.Obstacles, bdg.clear())
		if err := m.r.Overlays.RenderInto(ctx, m.img, view, m.opt); err != nil {
			return nil, nil, missing, fmt.Errorf("render: %w", err)
		}
		annotate.DrawView(gg.NewContextForRGBA(m.img), m.r.Annotations, view, ra.density)
		bdg.draw(m.img, fonts, m.r.year)
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, missing, fmt.Errorf("render: %w", err)
	}
	lay.view = view
	lay.zoom = view.Zoom - math.Log2(ra.density)
	lay.draw(img, ra, fonts, len(missing))
	return img, lay, missing, nil
}

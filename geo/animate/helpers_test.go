package animate

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

// bars is a Source of n frames, frame i a field with a bar i*step pixels
// from the left and a stripe pattern, each shown for d; drawn counts the
// frames drawn, cancel (when set) is called before frame cancelAt.
type bars struct {
	w, h, n  int
	d        time.Duration
	cancelAt int
	cancel   func()
}

func (b *bars) Size() (int, int)           { return b.w, b.h }
func (b *bars) Len() int                   { return b.n }
func (b *bars) Duration(int) time.Duration { return b.d }
func (b *bars) Draw(ctx context.Context, i int, dst *image.RGBA) error {
	if b.cancel != nil && i == b.cancelAt {
		b.cancel()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	draw.Draw(dst, dst.Rect, image.NewUniform(color.RGBA{0xf2, 0xee, 0xe2, 0xff}), image.Point{}, draw.Src)
	for y := 0; y < b.h; y += 4 {
		draw.Draw(dst, image.Rect(0, y, b.w, y+1), image.NewUniform(color.RGBA{0x2a, 0x8a, 0x5a, 0xff}), image.Point{}, draw.Src)
	}
	x := barX(i, b.w, b.n)
	draw.Draw(dst, image.Rect(x, 0, x+6, b.h), image.NewUniform(color.RGBA{0xd0, 0x1c, 0x1c, 0xff}), image.Point{}, draw.Src)
	return nil
}

func barX(i, w, n int) int { return i * (w - 6) / max(1, n-1) }

// decodeGIF reads a GIF and composes its frames as a viewer shows them.
func decodeGIF(t *testing.T, path string) (*gif.GIF, []*image.RGBA) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := gif.DecodeAll(f)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	canvas := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
	var out []*image.RGBA
	for _, fr := range g.Image {
		draw.Draw(canvas, fr.Bounds(), fr, fr.Bounds().Min, draw.Over)
		out = append(out, image.NewRGBA(canvas.Rect))
		copy(out[len(out)-1].Pix, canvas.Pix)
	}
	return g, out
}

// meanDiff is the mean absolute difference of two images' RGB.
func meanDiff(a, b *image.RGBA) float64 {
	sum := 0
	for i := range a.Pix {
		if i%4 == 3 {
			continue
		}
		d := int(a.Pix[i]) - int(b.Pix[i])
		sum += max(d, -d)
	}
	return float64(sum) / float64(len(a.Pix)*3/4)
}

// atlasFilm is a film of all of Peru over the embedded basemap at w x h,
// keyed on the years from to to; its tiles are cached in one directory
// for the test binary.
func atlasFilm(tb testing.TB, w, h, from, to int) (*render.Film, render.View) {
	tb.Helper()
	src := embedded.New(embedded.WithScale(1))
	b := &render.Builder{Source: src, Dir: render.TileDir{Root: tileRoot(tb)}, StoreName: render.StoreName(src.Info(), "animtest")}
	v := render.View{Title: render.YearsTitle(from, to, "")}
	film, err := render.NewFilm(b.Scene(v, render.CustomPreset(w, h)), YearShots(v, from, to),
		render.FilmOptions{Title: v.Title, FixedSources: true}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return film, v
}

var (
	rootOnce sync.Once
	rootDir  string
)

func tileRoot(tb testing.TB) string {
	rootOnce.Do(func() {
		d, err := os.MkdirTemp("", "animtest-tiles-")
		if err != nil {
			tb.Fatal(err)
		}
		rootDir = d
	})
	return rootDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if rootDir != "" {
		os.RemoveAll(rootDir)
	}
	os.Exit(code)
}

func renderView() render.View { return render.View{} }

package goldentest

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// scene is a small picture with the kinds of content goldens hold: a flat
// background, a filled shape and a one-pixel line.
func scene() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	draw.Draw(img, img.Rect, image.NewUniform(color.RGBA{R: 0xf4, G: 0xf1, B: 0xea, A: 0xff}), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(10, 10, 30, 25), image.NewUniform(color.RGBA{R: 0x00, G: 0x9e, B: 0x73, A: 0xff}), image.Point{}, draw.Src)
	for x := 5; x < 60; x++ {
		img.SetRGBA(x, 40, color.RGBA{R: 0x20, G: 0x20, B: 0x20, A: 0xff})
	}
	return img
}

// edit returns a copy of scene changed by f.
func edit(f func(img *image.RGBA)) *image.RGBA {
	img := scene()
	f(img)
	return img
}

func TestCompare(t *testing.T) {
	tests := []struct {
		desc       string
		got        image.Image
		wantOK     bool
		wantPixels int
		wantMax    int
		wantBox    image.Rectangle
	}{
		{desc: "identical", got: scene(), wantOK: true},
		{desc: "noise within the delta everywhere", got: edit(func(img *image.RGBA) {
			for i := range img.Pix {
				if i%4 != 3 && img.Pix[i] < 0xff {
					img.Pix[i]++
				}
			}
		}), wantOK: true, wantMax: 1},
		{desc: "a few edge pixels flipped", got: edit(func(img *image.RGBA) {
			for i := range 8 {
				img.SetRGBA(10+i, 9, color.RGBA{R: 0x80, G: 0xc0, B: 0xa0, A: 0xff})
			}
		}), wantOK: true, wantPixels: 8, wantMax: 0x74, wantBox: image.Rect(10, 9, 18, 10)},
		{desc: "a 3x3 dot, the smallest real change", got: edit(func(img *image.RGBA) {
			draw.Draw(img, image.Rect(40, 20, 43, 23), image.NewUniform(color.RGBA{R: 0xd5, G: 0x5e, A: 0xff}), image.Point{}, draw.Src)
		}), wantPixels: 9, wantMax: 0xea, wantBox: image.Rect(40, 20, 43, 23)},
		{desc: "the line moved down a pixel", got: edit(func(img *image.RGBA) {
			for x := 5; x < 60; x++ {
				img.SetRGBA(x, 41, img.RGBAAt(x, 40))
				img.SetRGBA(x, 40, img.RGBAAt(0, 0))
			}
		}), wantPixels: 110, wantMax: 0xd4, wantBox: image.Rect(5, 40, 60, 42)},
		{desc: "the shape's colour shifted by 3", got: edit(func(img *image.RGBA) {
			draw.Draw(img, image.Rect(10, 10, 30, 25), image.NewUniform(color.RGBA{R: 0x03, G: 0x9e, B: 0x73, A: 0xff}), image.Point{}, draw.Src)
		}), wantPixels: 300, wantMax: 3, wantBox: image.Rect(10, 10, 30, 25)},
		{desc: "another size", got: image.NewRGBA(image.Rect(0, 0, 64, 47))},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			d := Compare(tc.got, scene(), Default())
			if d.OK() != tc.wantOK || d.Pixels != tc.wantPixels || d.MaxDelta != tc.wantMax || d.Box != tc.wantBox {
				t.Errorf("Compare = %+v (%v); want OK %v, %d pixels, max delta %d, box %v",
					d, d, tc.wantOK, tc.wantPixels, tc.wantMax, tc.wantBox)
			}
		})
	}
}

func TestCompareIgnoresOriginAndModel(t *testing.T) {
	want := scene()
	// The same picture as straight-alpha NRGBA placed at (100, 100), as
	// a decoded PNG or a sub-image may be.
	got := image.NewNRGBA(image.Rect(100, 100, 164, 148))
	draw.Draw(got, got.Rect, want, image.Point{}, draw.Src)
	if d := Compare(got, want, Tolerance{}); !d.OK() {
		t.Errorf("the same pixels in another model and origin: %v", d)
	}
}

func TestDiffString(t *testing.T) {
	d := Compare(edit(func(img *image.RGBA) {
		draw.Draw(img, image.Rect(40, 20, 43, 23), image.NewUniform(color.Black), image.Point{}, draw.Src)
	}), scene(), Default())
	want := "9 of 3072 pixels (0.2930%) differ by more than 2 (at most 8 may); max channel delta 244; differences within (40,20)-(43,23)"
	if d.String() != want {
		t.Errorf("String() =\n%s\nwant\n%s", d, want)
	}
	if s := Compare(image.NewRGBA(image.Rect(0, 0, 3, 4)), scene(), Default()).String(); s != "size 3x4, want 64x48" {
		t.Errorf("size mismatch reads %q", s)
	}
}

func TestDiffImage(t *testing.T) {
	got := edit(func(img *image.RGBA) {
		img.SetRGBA(50, 5, color.RGBA{A: 0xff})                            // far off: magenta
		img.SetRGBA(51, 5, color.RGBA{R: 0xf5, G: 0xf1, B: 0xea, A: 0xff}) // within tolerance: amber
	})
	d := DiffImage(got, scene(), Default())
	if c := d.RGBAAt(50, 5); c != beyondColor {
		t.Errorf("pixel beyond tolerance drawn %v, want %v", c, beyondColor)
	}
	if c := d.RGBAAt(51, 5); c != withinColor {
		t.Errorf("pixel within tolerance drawn %v, want %v", c, withinColor)
	}
	bg, shape := d.RGBAAt(0, 0), d.RGBAAt(15, 15)
	if bg.R != bg.G || bg.R < 0xf0 || shape.R != shape.G || shape.R >= bg.R || shape.R < 0xc0 {
		t.Errorf("context not faded to light greys: background %v, shape %v", bg, shape)
	}
	if DiffImage(image.NewRGBA(image.Rect(0, 0, 1, 1)), scene(), Default()) != nil {
		t.Error("a diff of images of different sizes")
	}
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, strings.TrimSpace(fmt.Sprintf(format, args...)))
}

func TestAssertImageWritesFailuresThatSurvive(t *testing.T) {
	t.Chdir(t.TempDir()) // a package directory of its own
	WritePNG(t, Path("pic"), scene())

	if !AssertImage(t, "pic", scene()) {
		t.Fatal("the golden's own image does not match it")
	}
	rec := &recorder{TB: t}
	changed := edit(func(img *image.RGBA) {
		draw.Draw(img, image.Rect(40, 20, 43, 23), image.NewUniform(color.Black), image.Point{}, draw.Src)
	})
	if AssertImage(rec, "pic", changed) || len(rec.errors) != 1 {
		t.Fatalf("a 3x3 dot passed: %q", rec.errors)
	}
	for _, want := range []string{"pic does not match golden testdata/pic.png", "9 of 3072 pixels", "max channel delta 244",
		filepath.Join("testdata", "failed", "pic-diff.png")} {
		if !strings.Contains(rec.errors[0], want) {
			t.Errorf("failure message lacks %q:\n%s", want, rec.errors[0])
		}
	}
	for kind, want := range map[string]image.Image{"got": changed, "want": scene()} {
		if d := Compare(ReadPNG(t, failedPath("pic", kind)), want, Tolerance{}); !d.OK() {
			t.Errorf("failed/pic-%s.png is not the %s image: %v", kind, kind, d)
		}
	}
	if d := ReadPNG(t, failedPath("pic", "diff")).At(41, 21); color.RGBAModel.Convert(d) != beyondColor {
		t.Errorf("diff image at the dot is %v, want %v", d, beyondColor)
	}

	// Passing again removes the stale failure images.
	AssertImage(t, "pic", scene())
	for _, kind := range []string{"got", "want", "diff"} {
		if _, err := os.Stat(failedPath("pic", kind)); !os.IsNotExist(err) {
			t.Errorf("stale failed/pic-%s.png left after a pass: %v", kind, err)
		}
	}
}

func TestAssertImageMissingGolden(t *testing.T) {
	t.Chdir(t.TempDir())
	rec := &recorder{TB: t}
	if AssertImage(rec, "new", scene()) || len(rec.errors) != 1 || !strings.Contains(rec.errors[0], "-update") {
		t.Fatalf("missing golden: %q", rec.errors)
	}
	if d := Compare(ReadPNG(t, failedPath("new", "got")), scene(), Tolerance{}); !d.OK() {
		t.Errorf("the image for a missing golden was not kept: %v", d)
	}
}

func TestUpdateRewritesOnlyChangedGoldens(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv(UpdateEnv, "1")
	if !Updating() {
		t.Fatalf("%s=1 does not turn updating on", UpdateEnv)
	}
	AssertImage(t, "pic", scene())
	if d := Compare(Golden(t, "pic"), scene(), Tolerance{}); !d.OK() {
		t.Fatalf("update wrote something else: %v", d)
	}
	old := time.Unix(1e9, 0)
	if err := os.Chtimes(Path("pic"), old, old); err != nil {
		t.Fatal(err)
	}
	AssertImage(t, "pic", scene())
	if st, err := os.Stat(Path("pic")); err != nil || !st.ModTime().Equal(old) {
		t.Errorf("an unchanged golden was rewritten (%v)", err)
	}
	changed := edit(func(img *image.RGBA) { img.SetRGBA(1, 1, color.RGBA{A: 0xff}) })
	AssertImage(t, "pic", changed)
	if d := Compare(Golden(t, "pic"), changed, Tolerance{}); !d.OK() {
		t.Errorf("a changed golden was not rewritten: %v", d)
	}
}

func TestAssertSimilar(t *testing.T) {
	t.Chdir(t.TempDir())
	loose := Tolerance{Delta: 16, Pixels: 10}
	shifted := edit(func(img *image.RGBA) {
		draw.Draw(img, image.Rect(10, 10, 30, 25), image.NewUniform(color.RGBA{R: 0x0a, G: 0x9e, B: 0x73, A: 0xff}), image.Point{}, draw.Src)
	})
	if !loose.AssertSimilar(t, "two-ways", shifted, scene()) {
		t.Error("a shift of 10 failed a tolerance of 16")
	}
	rec := &recorder{TB: t}
	if Default().AssertSimilar(rec, "two-ways", shifted, scene()) || len(rec.errors) != 1 {
		t.Fatalf("300 pixels off by 10 passed the default tolerance: %q", rec.errors)
	}
	if _, err := os.Stat(failedPath("two-ways", "diff")); err != nil {
		t.Errorf("no diff image: %v", err)
	}
}

func TestBadNames(t *testing.T) {
	for _, name := range []string{"", "x.png", "../x", "a/b", ".hidden", "sp ace"} {
		t.Run(name, func(t *testing.T) {
			rec := &fatalRecorder{TB: t}
			func() {
				defer func() { _ = recover() }()
				checkName(rec, name)
			}()
			if !rec.fataled {
				t.Errorf("name %q accepted", name)
			}
		})
	}
	checkName(t, "export-a4_landscape.2x")
}

// fatalRecorder records Fatalf and stops the calling function by panicking.
type fatalRecorder struct {
	testing.TB
	fataled bool
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(string, ...any) {
	r.fataled = true
	panic("fatal")
}

func TestSensitivityTestSkipsWhileUpdating(t *testing.T) {
	t.Setenv(UpdateEnv, "1")
	ran := false
	t.Run("sensitivity", func(t *testing.T) {
		SensitivityTest(t)
		ran = true
	})
	if ran {
		t.Error("a sensitivity test ran while goldens were being rewritten")
	}
}

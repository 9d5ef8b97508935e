package export

import (
	"bytes"
	"errors"
	"image/gif"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// testLessonOptions are a lesson export's options over a test window:
// the example lesson cut to its first n scenes, drawn over the embedded
// basemap, background work posted to q.
func testLessonOptions(t *testing.T, n int, r *recorder, q *uitest.Queue) (LessonOptions, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1024, 768))
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	l.Scenes = l.Scenes[:n]
	dir := t.TempDir()
	return LessonOptions{
		Options: Options{Window: w, Post: q.Post,
			Status: func(s string) { r.status = append(r.status, s) },
			Error:  func(err error) { r.errors = append(r.errors, err) }},
		Lesson: l,
		Builder: func(scale float64, allowGaps bool) (*render.Builder, error) {
			src := embedded.New(embedded.WithScale(scale))
			r.scenes = append(r.scenes, render.Preset{Scale: scale})
			return &render.Builder{Source: src, Dir: render.TileDir{Root: dir}, StoreName: render.StoreName(src.Info(), "exporttest"), AllowGaps: allowGaps}, nil
		},
		FFmpeg: func() error { return errors.New("animate: ffmpeg not found") },
	}, w
}

// TestLessonAnimationDialog: the lesson's animation is a GIF or (with
// ffmpeg) an MP4, never a GIF over the limit; a small one is written with
// the lesson's first scene, its captions in the band.
func TestLessonAnimationDialog(t *testing.T) {
	r, q := &recorder{}, uitest.NewQueue()
	o, w := testLessonOptions(t, 1, r, q)
	f := newLessonAnimForm(o)
	f.d.Show()
	if got := f.format.choice.Options; len(got) != 1 || got[0] != "GIF" {
		t.Errorf("formats %v, want GIF alone: no ffmpeg, and frames are the years' only", got)
	}
	if base := filepath.Base(f.target()); base != "the-vraem-2003-2016-shining-path-and-cocaine.gif" {
		t.Errorf("proposed file %q, want one named after the lesson", base)
	}
	f.preset.SetSelected("4k")
	if shown := uitest.AllText(w.Canvas().Overlays().Top()); !strings.Contains(shown, "3840x2160 is too large for a GIF") {
		t.Errorf("a 4K GIF is not refused in the dialog:\n%s", shown)
	}
	f.d.Submit()
	if len(r.scenes) != 0 {
		t.Fatal("a 4K GIF went ahead")
	}
	customSize(f.sizeField, "320", "200")
	path := filepath.Join(t.TempDir(), "lesson.gif")
	g, err := gif.DecodeAll(bytes.NewReader(exportAndRead(t, f.d, f.fileField, path, r, q)))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) < 1 || g.Config.Width != 320 || g.Config.Height != 200 {
		t.Errorf("%d frames of %dx%d, want the scene's at 320x200", len(g.Image), g.Config.Width, g.Config.Height)
	}
	if !strings.HasPrefix(r.last(), "Wrote "+path) {
		t.Errorf("status %q", r.last())
	}
}

// TestHandoutDialogWritesPDF prints a one-scene lesson on US Letter.
func TestHandoutDialogWritesPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("draws a map at print resolution")
	}
	r, q := &recorder{}, uitest.NewQueue()
	o, _ := testLessonOptions(t, 1, r, q)
	f := newHandoutForm(o)
	f.d.Show()
	if base := filepath.Base(f.target()); base != "the-vraem-2003-2016-shining-path-and-cocaine-handout.pdf" {
		t.Errorf("proposed file %q", base)
	}
	f.paper.SetSelected("US Letter")
	b := exportAndRead(t, f.d, f.fileField, filepath.Join(t.TempDir(), "handout.pdf"), r, q)
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b, []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Errorf("not a US Letter PDF: %q…", b[:min(len(b), 16)])
	}
	if len(r.scenes) != 1 || r.scenes[0].Scale != 3 {
		t.Errorf("builders asked %v, want one at the handout's scale 3", r.scenes)
	}
	if !strings.Contains(r.last(), "1 scenes") {
		t.Errorf("status %q", r.last())
	}
}

// TestLessonExportNeedsScenes: a lesson without scenes is not exported.
func TestLessonExportNeedsScenes(t *testing.T) {
	r, q := &recorder{}, uitest.NewQueue()
	o, _ := testLessonOptions(t, 0, r, q)
	f := newHandoutForm(o)
	f.path.SetText(filepath.Join(t.TempDir(), "h.pdf"))
	f.d.Submit()
	if len(r.errors) != 1 || !errors.Is(r.errors[0], ErrNoScenes) || len(r.scenes) != 0 {
		t.Errorf("errors %v, builders %v; want ErrNoScenes and nothing drawn", r.errors, r.scenes)
	}
}

func TestFileStem(t *testing.T) {
	tests := []struct{ desc, title, want string }{
		{desc: "words and a dash", title: "The VRAEM, 2003–2016", want: "the-vraem-2003-2016"},
		{desc: "accents kept", title: "Lección: el Huallaga", want: "lección-el-huallaga"},
		{desc: "no letters", title: "—", want: "lesson"},
		{desc: "long", title: strings.Repeat("ab ", 40), want: strings.TrimSuffix(strings.Repeat("ab-", 30), "-")},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := fileStem(tc.title); got != tc.want {
				t.Errorf("fileStem(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}

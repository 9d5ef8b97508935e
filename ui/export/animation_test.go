package export

import (
	"bytes"
	"errors"
	"image/gif"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// recorder keeps what an export dialog reported.
type recorder struct {
	scenes []render.Preset
	status []string
	errors []error
}

func (r *recorder) last() string {
	if len(r.status) == 0 {
		return ""
	}
	return r.status[len(r.status)-1]
}

// ended reports whether the export has finished: a status after the
// "Exporting…" line, or an error.
func (r *recorder) ended() bool {
	return len(r.errors) > 0 || (len(r.status) > 0 && !strings.HasPrefix(r.last(), "Exporting"))
}

// atlasScenes describes all of Peru in 2012 over the embedded basemap,
// as the window's exportScene does, and records each preset asked for.
func atlasScenes(t *testing.T, r *recorder) func(p render.Preset, title string, allowGaps bool) (render.Scene, error) {
	src := embedded.New(embedded.WithScale(1))
	b := &render.Builder{Source: src, Dir: render.TileDir{Root: t.TempDir()}, StoreName: render.StoreName(src.Info(), "exporttest")}
	return func(p render.Preset, title string, allowGaps bool) (render.Scene, error) {
		r.scenes = append(r.scenes, p)
		b.AllowGaps = allowGaps
		return b.Scene(render.View{Year: 2012, Title: title}, p), nil
	}
}

// testAnimForm opens the Animation dialog over a test window, its
// background work posted to q, with the year 2012 on screen; noMP4, when
// set, is why MP4 cannot be written.
func testAnimForm(t *testing.T, noMP4 error) (*animForm, *recorder, fyne.Window, *uitest.Queue) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1024, 768))
	r := &recorder{}
	q := uitest.NewQueue()
	f := newAnimForm(AnimationOptions{
		Options: Options{Window: w, Year: 2012, Scene: atlasScenes(t, r), Post: q.Post,
			Status: func(s string) { r.status = append(r.status, s) },
			Error:  func(err error) { r.errors = append(r.errors, err) }},
		First: 1980, Latest: 2022,
		FFmpeg: func() error { return noMP4 },
	})
	f.d.Show()
	f.path.SetText(filepath.Join(t.TempDir(), "years.gif"))
	return f, r, w, q
}

// customSize chooses the custom preset at w x h.
func customSize(s *sizeField, w, h string) {
	s.preset.SetSelected(customPreset)
	s.width.SetText(w)
	s.height.SetText(h)
}

// exportAndRead exports from d into path, waits for the export to end
// and reads the file it wrote.
func exportAndRead(t *testing.T, d *dialog.FormDialog, file *fileField, path string, r *recorder, q *uitest.Queue) []byte {
	t.Helper()
	file.path.SetText(path)
	d.Submit()
	q.Settle(t, r.ended)
	if len(r.errors) > 0 {
		t.Fatal(r.errors)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAnimationDefaults(t *testing.T) {
	f, _, _, _ := testAnimForm(t, nil)
	if f.from.Text != "1980" || f.to.Text != "2012" {
		t.Errorf("years %s-%s, want 1980 to the year on screen, 2012", f.from.Text, f.to.Text)
	}
	if f.perYear.Text != "1" || f.hold.Text != "3" || f.preset.Selected != "slide" || f.format.value() != "gif" {
		t.Errorf("frames per year %s, hold %s, preset %s, format %s; want 1, 3, slide, gif", f.perYear.Text, f.hold.Text, f.preset.Selected, f.format.value())
	}
	if want := render.YearsTitle(1980, 2012, "en"); f.title.PlaceHolder != want {
		t.Errorf("title placeholder %q, want %q", f.title.PlaceHolder, want)
	}
	f.from.SetText("1995")
	if want := render.YearsTitle(1995, 2012, "en"); f.title.PlaceHolder != want {
		t.Errorf("after a change of years the placeholder is %q, want %q", f.title.PlaceHolder, want)
	}
}

// TestAnimationValidatesInline: each field refuses what cannot be
// animated, saying why under it, and Export does nothing until it is put
// right.
func TestAnimationValidatesInline(t *testing.T) {
	tests := []struct {
		desc     string
		set      func(f *animForm)
		problem  string // shown in the dialog; "" for a valid form
		noShowOK bool   // an entry shows its error once the user has typed in it: only check it refuses
	}{
		{desc: "valid", set: func(f *animForm) {}},
		{desc: "last before first", set: func(f *animForm) { f.from.SetText("2010"); f.to.SetText("2003") }, problem: "the last year must come after the first"},
		{desc: "the same year twice", set: func(f *animForm) { f.from.SetText("2010"); f.to.SetText("2010") }, problem: "the last year must come after the first"},
		{desc: "a year the atlas does not show", set: func(f *animForm) { f.from.SetText("1970") }, problem: "1970: the atlas shows 1980 to 2022"},
		{desc: "a year that is no number", set: func(f *animForm) { f.to.SetText("soon") }, problem: "a year is a whole number"},
		{desc: "no frames per year", set: func(f *animForm) { f.perYear.SetText("0") }, problem: "frames per year: a whole number from 1 to 60", noShowOK: true},
		{desc: "too many frames per year", set: func(f *animForm) { f.perYear.SetText("61") }, problem: "frames per year", noShowOK: true},
		{desc: "the most frames per year", set: func(f *animForm) { f.perYear.SetText("60") }},
		{desc: "a negative hold", set: func(f *animForm) { f.hold.SetText("-1") }, problem: "hold: 0 to 60 seconds", noShowOK: true},
		{desc: "a hold with a comma", set: func(f *animForm) { f.hold.SetText("1,5") }},
		{desc: "a 4K GIF", set: func(f *animForm) { f.preset.SetSelected("4k") }, problem: "3840x2160 is too large for a GIF"},
		{desc: "a large custom GIF", set: func(f *animForm) { customSize(f.sizeField, "2000", "1500") }, problem: "2000x1500 is too large for a GIF"},
		{desc: "4K as PNG frames", set: func(f *animForm) { f.preset.SetSelected("4k"); f.format.choose("frames") }},
		{desc: "4K as MP4", set: func(f *animForm) { f.preset.SetSelected("4k"); f.format.choose("mp4") }},
		{desc: "a GIF named .mp4", set: func(f *animForm) { f.path.SetText(withExt(f.path.Text, "mp4")) }, problem: "the file name must end in .gif"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			f, r, w, _ := testAnimForm(t, nil)
			f.path.SetText(filepath.Join(t.TempDir(), "missing-folder", "years.gif")) // an export that gets as far as its scene then fails
			tc.set(f)
			shown := uitest.AllText(w.Canvas().Overlays().Top())
			if tc.problem != "" && !tc.noShowOK && !strings.Contains(shown, tc.problem) {
				t.Errorf("the dialog does not say %q:\n%s", tc.problem, shown)
			}
			f.d.Submit()
			if got := len(r.scenes) > 0; got != (tc.problem == "") {
				t.Errorf("Export went ahead: %v, want %v (scenes asked %v, errors %v)", got, tc.problem == "", r.scenes, r.errors)
			}
		})
	}
}

// TestAnimationWithoutFFmpeg: MP4 is shown, disabled, with the reason.
func TestAnimationWithoutFFmpeg(t *testing.T) {
	f, _, w, _ := testAnimForm(t, errors.New("animate: ffmpeg not found"))
	if len(f.format.choice.Options) != 2 || f.format.choice.Options[0] != "GIF" || f.format.choice.Options[1] != "PNG frames" {
		t.Errorf("formats to choose %v, want GIF and PNG frames", f.format.choice.Options)
	}
	disabled := false
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if g, ok := o.(*widget.RadioGroup); ok && g.Disabled() && len(g.Options) == 1 && g.Options[0] == "MP4" {
			disabled = true
		}
	}
	if !disabled {
		t.Error("MP4 is not shown disabled")
	}
	if shown := uitest.AllText(w.Canvas().Overlays().Top()); !strings.Contains(shown, "MP4 needs ffmpeg, which is not on PATH") {
		t.Errorf("the dialog does not say why MP4 is off:\n%s", shown)
	}
}

// TestAnimationWritesGIF exports three years through the dialog at two
// frames a year with a second's hold, and decodes the GIF: five frames
// (2010, a fade, 2011, a fade, 2012) of the size chosen, the last held,
// and the status line saying what was written.
func TestAnimationWritesGIF(t *testing.T) {
	f, r, _, q := testAnimForm(t, nil)
	f.from.SetText("2010")
	f.to.SetText("2012")
	f.perYear.SetText("2")
	f.hold.SetText("1")
	customSize(f.sizeField, "320", "200")
	path := f.target()
	b := exportAndRead(t, f.d, f.fileField, path, r, q)
	g, err := gif.DecodeAll(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 5 || g.Config.Width != 320 || g.Config.Height != 200 {
		t.Errorf("%d frames of %dx%d, want 5 of 320x200", len(g.Image), g.Config.Width, g.Config.Height)
	}
	if d := g.Delay[len(g.Delay)-1]; d != 200 {
		t.Errorf("the last frame lasts %d cs, want 200 (two frames of half a second and the hold)", d)
	}
	for _, want := range []string{"Wrote " + path, sizeText(int64(len(b))), "4.0 s", "5 frames"} {
		if !strings.Contains(r.last(), want) {
			t.Errorf("status %q does not say %q", r.last(), want)
		}
	}
}

// TestAnimationCancelLeavesNothing cancels an export of 43 years from its
// progress dialog once the first frame is written: no file, and no
// temporary file, is left in the folder.
func TestAnimationCancelLeavesNothing(t *testing.T) {
	f, r, w, q := testAnimForm(t, nil)
	f.to.SetText("2022")
	customSize(f.sizeField, "640", "400")
	dir := filepath.Dir(f.target())
	f.d.Submit()
	var bar *widget.ProgressBar
	q.Settle(t, func() bool {
		for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
			if b, ok := o.(*widget.ProgressBar); ok && b.Visible() && b.Value > 0 {
				bar = b
			}
		}
		return bar != nil || r.ended()
	})
	if bar == nil {
		t.Fatalf("no progress shown before the export ended: %v %v", r.status, r.errors)
	}
	shown := uitest.AllText(w.Canvas().Overlays().Top())
	if m := regexp.MustCompile(`Frame (\d+) of 43 · (\d{4})`).FindStringSubmatch(shown); m == nil || mustAtoi(t, m[2]) != 1979+mustAtoi(t, m[1]) {
		t.Errorf("the progress dialog does not say the frame and its year:\n%s", shown)
	}
	uitest.Press(t, w, "Cancel")
	q.Settle(t, r.ended)
	if r.last() != "Export cancelled; nothing was written." || len(r.errors) > 0 {
		t.Errorf("status %q, errors %v; want the export cancelled", r.last(), r.errors)
	}
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("left behind: %s", e.Name())
	}
}

// TestAnimationAsksBeforeReplacing: an existing file is replaced only
// after the user says so.
func TestAnimationAsksBeforeReplacing(t *testing.T) {
	f, r, w, q := testAnimForm(t, nil)
	f.from.SetText("2011")
	customSize(f.sizeField, "160", "100")
	path := f.target()
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.d.Submit()
	if shown := uitest.Text(w.Canvas().Overlays().Top()); !strings.Contains(shown, path+" exists. Replace it?") || len(r.scenes) != 0 {
		t.Fatalf("no question before replacing (scenes %v):\n%s", r.scenes, shown)
	}
	uitest.Press(t, w, "No")
	if b, _ := os.ReadFile(path); string(b) != "mine" || len(r.scenes) != 0 {
		t.Fatalf("No touched the file: %q", b)
	}
	f.d.Show()
	f.d.Submit()
	uitest.Press(t, w, "Yes")
	q.Settle(t, r.ended)
	if len(r.errors) > 0 {
		t.Fatal(r.errors)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), "GIF89a") {
		t.Errorf("Yes did not replace the file with the animation: %q…", b[:min(len(b), 8)])
	}
}

// TestExportDialogOffersAnimation: the Export dialog's link closes it and
// opens the Animation dialog.
func TestExportDialogOffersAnimation(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	opened := 0
	Show(Options{Window: w, Year: 2012, Scene: func(render.Preset, string, bool) (render.Scene, error) { return render.Scene{}, errNoScene },
		Status: func(string) {}, Error: func(error) {}, Animate: func() { opened++ }})
	var link *widget.Hyperlink
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Hyperlink); ok {
			link = l
		}
	}
	if link == nil {
		t.Fatal("the Export dialog offers no animation")
	}
	pad := theme.InnerPadding()
	test.TapAt(link, fyne.NewPos(pad, pad)) // on the link's text
	if opened != 1 || w.Canvas().Overlays().Top() != nil {
		t.Errorf("the link opened the Animation dialog %d times, the Export dialog still shown: %v", opened, w.Canvas().Overlays().Top() != nil)
	}
}

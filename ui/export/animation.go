package export

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo/animate"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// AnimationOptions are what the Animation dialog needs: the Export
// dialog's (whose Scene describes the view on screen at a preset, and
// whose Animate is not used) and the years the atlas shows.
type AnimationOptions struct {
	Options
	First, Latest int // the years the atlas shows
	// FFmpeg says why an MP4 cannot be written (no ffmpeg on PATH), nil
	// when it can; nil means animate.FindFFmpeg.
	FFmpeg func() error
}

// Keys of the Animation dialog's own choices.
const (
	memPerYear = "frames_per_year"
	memHold    = "hold"
)

// animForm is the Animation dialog's fields.
type animForm struct {
	o        AnimationOptions
	from, to *widget.Entry
	order    *uikit.Rule
	perYear  *widget.Entry
	hold     *widget.Entry
	title    *widget.Entry
	*sizeField
	format *formatField
	*fileField
	mem memo
	d   *dialog.FormDialog
	// stem is the file name the dialog proposed for the years, so a
	// change of years renames the file until the user names it.
	stem string
}

// ShowAnimation asks how to animate the current view through the years
// and writes the animation in the background, behind a progress dialog
// with Cancel. The file field has the focus, so Enter exports at once.
func ShowAnimation(o AnimationOptions) {
	f := newAnimForm(o)
	showFocused(o.Window, f.d, f.path)
}

// newAnimForm builds the Animation dialog: the years from the atlas's
// first to the one on screen (the animation ends on the map the user
// prepared; on the first year, it runs to the latest), the last choices
// of frames per year, hold, preset and format, or one frame a year, a
// 3-second hold, the slide preset and a GIF, in the last export's folder.
func newAnimForm(o AnimationOptions) *animForm {
	o.Options, o.FFmpeg = o.withDefaults(), ffmpegOr(o.FFmpeg)
	f := &animForm{o: o, from: widget.NewEntry(), to: widget.NewEntry(), perYear: widget.NewEntry(), hold: widget.NewEntry(),
		title: widget.NewEntry(), mem: memo{o.Memory, "animation."}}
	to := o.Year
	if to <= o.First || to > o.Latest {
		to = o.Latest
	}
	f.from.Validator, f.to.Validator = f.checkYear, f.checkYear
	f.from.SetText(strconv.Itoa(o.First))
	f.to.SetText(strconv.Itoa(to))
	f.order = uikit.NewRule(f.checkOrder)
	f.from.OnChanged = func(string) { f.yearsChanged() }
	f.to.OnChanged = func(string) { f.yearsChanged() }
	years := widget.NewFormItem(lang.L("Years"), uikit.NewValidatedGroup(container.NewGridWithColumns(2, f.from, f.to), f.from, f.to, f.order))
	years.HintText = lang.L("first and last, {{.First}} to {{.Latest}}", map[string]any{"First": o.First, "Latest": o.Latest})

	f.perYear.Validator = checkFramesPerYear
	f.perYear.SetText(f.mem.get(memPerYear, "1"))
	perYear := widget.NewFormItem(lang.L("Frames per year"), f.perYear)
	perYear.HintText = lang.L("1 to {{.Max}}, half a second each; more fade into the next year", map[string]any{"Max": animate.MaxFramesPerYear})
	f.hold.Validator = checkHold
	f.hold.SetText(f.mem.get(memHold, "3"))
	hold := widget.NewFormItem(lang.L("Hold the last year"), f.hold)
	hold.HintText = lang.L("seconds more on the last frame, 0 to {{.Max}}", map[string]any{"Max": int(animate.MaxHold.Seconds())})

	f.sizeField = newSizeField(f.checkGIFSize)
	f.fileField = newFileField(o.Window, f.checkTarget, lang.L("a .gif or .mp4 file, or a folder for the frames"))
	f.format = newFormatField(true, o.FFmpeg(), f.formatChosen)
	f.stem = f.yearsStem()
	f.path.SetText(filepath.Join(f.mem.folder(), f.stem))
	f.recall(f.mem, "slide")
	f.format.recall(f.mem)
	f.title.SetPlaceHolder(f.defaultTitle())

	f.d = dialog.NewForm(lang.L("Export an animation of the years"), lang.L("Export"), lang.L("Cancel"), append(o.noteItems(),
		years, perYear, hold, f.presetItem, f.sizeItem,
		widget.NewFormItem(lang.L("Title"), f.title), f.format.item, f.item,
	), func(ok bool) {
		if ok {
			f.export(false)
		}
	}, o.Window)
	f.path.OnSubmitted = func(string) { f.d.Submit() } // refused while a field is invalid
	f.d.Resize(fyne.NewSize(700, 560))
	return f
}

// checkYear accepts a year the atlas shows.
func (f *animForm) checkYear(s string) error {
	y, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return errors.New(lang.L("a year is a whole number, like {{.Year}}", map[string]any{"Year": f.o.Latest}))
	}
	if y < f.o.First || y > f.o.Latest {
		return errors.New(lang.L("{{.Year}}: the atlas shows {{.First}} to {{.Latest}}", map[string]any{"Year": y, "First": f.o.First, "Latest": f.o.Latest}))
	}
	return nil
}

// checkOrder wants the last year after the first.
func (f *animForm) checkOrder() error {
	from, to, ok := f.years()
	if ok && to <= from {
		return errors.New(lang.L("the last year must come after the first"))
	}
	return nil
}

// years are the first and last year typed; ok is false until both are
// whole numbers.
func (f *animForm) years() (from, to int, ok bool) {
	from, err1 := strconv.Atoi(strings.TrimSpace(f.from.Text))
	to, err2 := strconv.Atoi(strings.TrimSpace(f.to.Text))
	return from, to, err1 == nil && err2 == nil
}

// yearsChanged checks the order again, and retitles and renames what the
// dialog proposed for the years.
func (f *animForm) yearsChanged() {
	if f.order == nil { // still being built
		return
	}
	f.order.Validate()
	f.title.SetPlaceHolder(f.defaultTitle())
	stem := f.yearsStem()
	dir, base := filepath.Split(f.target())
	if withExt(base, "") == f.stem && stem != f.stem {
		f.path.SetText(dir + stem + filepath.Ext(base))
	}
	f.stem = stem
}

// yearsStem is the file name proposed for the years, without extension.
func (f *animForm) yearsStem() string {
	from, to, _ := f.years()
	return fmt.Sprintf("peru-atlas-%d-%d", from, to)
}

// defaultTitle is the title the animation gets when none is typed.
func (f *animForm) defaultTitle() string {
	from, to, _ := f.years()
	return render.YearsTitle(from, to, i18n.Current())
}

// checkFramesPerYear accepts 1 to animate.MaxFramesPerYear.
func checkFramesPerYear(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > animate.MaxFramesPerYear {
		return errors.New(lang.L("frames per year: a whole number from 1 to {{.Max}}", map[string]any{"Max": animate.MaxFramesPerYear}))
	}
	return nil
}

// parseSeconds reads seconds written with a point or a comma.
func parseSeconds(s string) (float64, error) {
	return strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(s), ",", "."), 64)
}

// checkHold accepts 0 to animate.MaxHold in seconds.
func checkHold(s string) error {
	v, err := parseSeconds(s)
	if err != nil || v < 0 || v > animate.MaxHold.Seconds() {
		return errors.New(lang.L("hold: 0 to {{.Max}} seconds", map[string]any{"Max": int(animate.MaxHold.Seconds())}))
	}
	return nil
}

// checkGIFSize refuses a GIF larger than animate.MaxGIFPixels.
func (f *animForm) checkGIFSize(w, h int) error {
	if f.format == nil {
		return nil
	}
	return checkGIFSize(f.format.value(), w, h)
}

// checkTarget accepts a path the chosen format can be written to.
func (f *animForm) checkTarget(s string) error {
	if f.format == nil {
		return nil
	}
	return checkTarget(s, f.format.value())
}

// formatChosen gives the file the format's extension (none, for a
// folder of frames) and checks the size again: a GIF has a limit.
func (f *animForm) formatChosen(ft animate.Format) {
	f.path.SetText(withExt(f.target(), extOf(ft)))
	f.path.Validate()
	f.recheck()
}

// plan is the years plan the fields describe.
func (f *animForm) plan() (animate.YearsPlan, error) {
	from, to, _ := f.years()
	p := animate.DefaultYearsPlan(from, to)
	p.FramesPerYear, _ = strconv.Atoi(strings.TrimSpace(f.perYear.Text))
	hold, _ := parseSeconds(f.hold.Text)
	p.Hold = seconds(hold)
	return p, p.Check()
}

// export checks the fields and the target, asking before it replaces
// anything, and writes the animation.
func (f *animForm) export(allowGaps bool) {
	path := f.target()
	if err := checkTarget(path, f.format.value()); err != nil {
		f.o.Error(fmt.Errorf("export %q: %w", path, err))
		return
	}
	plan, err := f.plan()
	if err != nil {
		f.o.Error(err)
		return
	}
	preset, err := animationSize(f.sizeField, f.format)
	if err != nil {
		f.o.Error(err)
		return
	}
	confirmReplace(f.o.Window, path, func(overwrite bool) { f.write(plan, preset, path, overwrite, allowGaps) })
}

// write animates the view through plan's years into path in the
// background.
func (f *animForm) write(plan animate.YearsPlan, preset render.Preset, path string, overwrite, allowGaps bool) {
	f.remember(path)
	scene, err := f.o.Scene(preset, strings.TrimSpace(f.title.Text), allowGaps)
	if err != nil {
		f.o.Error(err)
		return
	}
	f.o.run(lang.L("Exporting the animation…"), path, func(ctx context.Context, report func(step)) (func() string, error) {
		src, err := animate.YearsOf(scene, plan)
		if err != nil {
			return nil, err
		}
		return writeAnimation(ctx, src, path, overwrite, func(i int, s *step) { s.year, _ = src.Year(i) }, report)
	}, func() { f.write(plan, preset, path, true, true) })
}

// remember keeps the choices of an export about to run.
func (f *animForm) remember(path string) {
	f.sizeField.remember(f.mem)
	f.format.remember(f.mem)
	f.mem.set(memPerYear, strings.TrimSpace(f.perYear.Text))
	f.mem.set(memHold, strings.TrimSpace(f.hold.Text))
	f.mem.keepFolder(path)
}

// writeAnimation writes src to path (replacing a file there only with
// overwrite), reporting each frame written with what about adds about
// frame i (from 0), and says what it wrote.
func writeAnimation(ctx context.Context, src animate.Source, path string, overwrite bool, about func(i int, s *step), report func(step)) (func() string, error) {
	res, err := animate.Write(ctx, src, path, animate.Options{Overwrite: overwrite, Progress: func(done, total int) {
		s := step{done: done, total: total}
		about(done-1, &s)
		report(s)
	}})
	return func() string { return wroteAnimation(path, res) }, err
}

// animationSize is the size chosen, refused when the format chosen cannot
// hold it (a GIF over animate.MaxGIFPixels).
func animationSize(s *sizeField, ff *formatField) (render.Preset, error) {
	p, err := s.size()
	if err == nil {
		err = animate.CheckSize(ff.value(), p.Width, p.Height)
	}
	return p, err
}

// ffmpegOr is f, or when nil animate.FindFFmpeg's answer.
func ffmpegOr(f func() error) func() error {
	if f != nil {
		return f
	}
	return func() error { _, err := animate.FindFFmpeg(""); return err }
}

// wroteAnimation is the status line of an animation written: where, its
// size, length and frames.
func wroteAnimation(path string, res animate.Result) string {
	return lang.L("Wrote {{.Path}} ({{.Size}}, {{.Seconds}} s, {{.Frames}} frames)", map[string]any{
		"Path": path, "Size": sizeText(res.Bytes), "Seconds": strconv.FormatFloat(res.Duration.Seconds(), 'f', 1, 64), "Frames": res.Frames})
}

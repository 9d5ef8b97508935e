package export

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo/animate"
	"github.com/perutraffickingatlas/atlas/geo/handout"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
)

// LessonOptions are what the lesson export dialogs need: the Export
// dialog's Window, Status, Error, Post and Memory, the lesson, and how
// the window draws it.
type LessonOptions struct {
	Options
	// Lesson is the lesson to export; the dialogs export a copy of it as
	// it is when Export is pressed.
	Lesson *lesson.Lesson
	// Builder makes the Builder the lesson is drawn with, its basemap at
	// pixel density scale and its overlays carrying the lesson's own
	// layers; allowGaps lets it go ahead with basemap tiles missing.
	Builder func(scale float64, allowGaps bool) (*render.Builder, error)
	// FFmpeg says why an MP4 cannot be written, nil when it can; nil
	// means animate.FindFFmpeg.
	FFmpeg func() error
}

// ErrNoScenes is reported for a lesson export of a lesson without scenes.
var ErrNoScenes = errors.New("export: the lesson has no scenes: add a view to it first")

// lessonForm is the dialog of a lesson's animation or handout.
type lessonForm struct {
	o LessonOptions
	*sizeField
	format *formatField // the animation's
	paper  *widget.RadioGroup
	*fileField
	mem   memo
	d     *dialog.FormDialog
	write func(l *lesson.Lesson, path string, overwrite, allowGaps bool)
}

// ShowLessonAnimation asks how to write the lesson as a GIF or MP4 (the
// command line's `atlas export -lesson FILE -o FILE.gif`: each caption
// held long enough to read, flights between the scenes) and writes it in
// the background behind a progress dialog with Cancel.
func ShowLessonAnimation(o LessonOptions) {
	f := newLessonAnimForm(o)
	showFocused(o.Window, f.d, f.path)
}

// ShowHandout asks for the paper (A4 or US Letter) and file of the
// lesson's printed handout (`atlas export -lesson FILE -o FILE.pdf`: a
// title page, a page per scene, a bibliography) and writes it in the
// background behind a progress dialog with Cancel.
func ShowHandout(o LessonOptions) {
	f := newHandoutForm(o)
	showFocused(o.Window, f.d, f.path)
}

func newLessonForm(o LessonOptions, prefix string) *lessonForm {
	o.Options, o.FFmpeg = o.withDefaults(), ffmpegOr(o.FFmpeg)
	return &lessonForm{o: o, mem: memo{o.Memory, prefix}}
}

// newLessonAnimForm builds the lesson animation dialog: preset, GIF or
// MP4, file.
func newLessonAnimForm(o LessonOptions) *lessonForm {
	f := newLessonForm(o, "lesson_animation.")
	f.sizeField = newSizeField(func(w, h int) error {
		if f.format == nil {
			return nil
		}
		return checkGIFSize(f.format.value(), w, h)
	})
	f.fileField = newFileField(o.Window, func(s string) error {
		if f.format == nil {
			return nil
		}
		return checkTarget(s, f.format.value())
	}, lang.L("a .gif or .mp4 file"))
	f.format = newFormatField(false, f.o.FFmpeg(), func(ft animate.Format) {
		f.path.SetText(withExt(f.target(), extOf(ft)))
		f.path.Validate()
		f.recheck()
	})
	f.path.SetText(filepath.Join(f.mem.folder(), fileStem(o.Lesson.TitleIn(i18n.Current()))))
	f.recall(f.mem, "slide")
	f.format.recall(f.mem)
	f.write = f.writeAnimation
	f.d = f.dialog(lang.L("Export the lesson as an animation"), f.presetItem, f.sizeItem, f.format.item, f.item)
	return f
}

// newHandoutForm builds the handout dialog: paper and file.
func newHandoutForm(o LessonOptions) *lessonForm {
	f := newLessonForm(o, "handout.")
	f.fileField = newFileField(o.Window, checkPDF, lang.L("a .pdf file"))
	f.paper = widget.NewRadioGroup([]string{"A4", "US Letter"}, nil)
	f.paper.Horizontal = true
	f.paper.Required = true
	f.paper.SetSelected(f.mem.get("paper", "A4"))
	f.path.SetText(filepath.Join(f.mem.folder(), fileStem(o.Lesson.TitleIn(i18n.Current()))+"-handout.pdf"))
	f.write = f.writeHandout
	paper := widget.NewFormItem(lang.L("Paper"), f.paper)
	paper.HintText = lang.L("a title page, a page per scene, a bibliography")
	f.d = f.dialog(lang.L("Export the lesson handout (PDF)"), paper, f.item)
	return f
}

// dialog is the form dialog of items, exporting on Export.
func (f *lessonForm) dialog(title string, items ...*widget.FormItem) *dialog.FormDialog {
	d := dialog.NewForm(title, lang.L("Export"), lang.L("Cancel"), append(f.o.noteItems(), items...), func(ok bool) {
		if ok {
			f.export(false)
		}
	}, f.o.Window)
	f.path.OnSubmitted = func(string) { d.Submit() } // refused while a field is invalid
	d.Resize(fyne.NewSize(600, 0))                   // as tall as its fields

	return d
}

// checkPDF accepts a file name ending in .pdf.
func checkPDF(s string) error {
	s = strings.TrimSpace(s)
	if !strings.EqualFold(filepath.Ext(s), ".pdf") || filepath.Base(s) == filepath.Ext(s) {
		return errors.New(lang.L("the file name must end in .pdf"))
	}
	return nil
}

// export checks the lesson and the target, asking before it replaces a
// file, and writes a copy of the lesson as it is now.
func (f *lessonForm) export(allowGaps bool) {
	path := f.target()
	if err := f.path.Validate(); err != nil {
		f.o.Error(fmt.Errorf("export %q: %w", path, err))
		return
	}
	if len(f.o.Lesson.Scenes) == 0 {
		f.o.Error(ErrNoScenes)
		return
	}
	l := f.o.Lesson.Clone()
	confirmReplace(f.o.Window, path, func(overwrite bool) {
		f.mem.keepFolder(path)
		f.write(l, path, overwrite, allowGaps)
	})
}

// writeAnimation animates l into path in the background.
func (f *lessonForm) writeAnimation(l *lesson.Lesson, path string, overwrite, allowGaps bool) {
	preset, err := animationSize(f.sizeField, f.format)
	if err != nil {
		f.o.Error(err)
		return
	}
	f.sizeField.remember(f.mem)
	f.format.remember(f.mem)
	b, err := f.o.Builder(preset.Scale, allowGaps)
	if err != nil {
		f.o.Error(err)
		return
	}
	code := i18n.Current()
	f.o.run(lang.L("Exporting the lesson…"), path, func(ctx context.Context, report func(step)) (func() string, error) {
		src, err := animate.LessonOf(b, preset, l, code, animate.DefaultLessonPlan())
		if err != nil {
			return nil, err
		}
		return writeAnimation(ctx, src, path, overwrite, func(i int, s *step) { s.scene, s.scenes = src.Scene(i)+1, len(l.Scenes) }, report)
	}, func() { f.writeAnimation(l, path, true, true) })
}

// writeHandout prints l into path in the background.
func (f *lessonForm) writeHandout(l *lesson.Lesson, path string, overwrite, allowGaps bool) {
	paper := handout.Papers()[0]
	if f.paper.Selected == "US Letter" {
		paper = handout.Papers()[1]
	}
	f.mem.set("paper", f.paper.Selected)
	b, err := f.o.Builder(handout.MapScale, allowGaps)
	if err != nil {
		f.o.Error(err)
		return
	}
	code := i18n.Current()
	f.o.run(lang.L("Exporting the handout…"), path, func(ctx context.Context, report func(step)) (func() string, error) {
		views, err := render.LessonViews(l, code)
		if err != nil {
			return nil, err
		}
		err = handout.Write(ctx, b, l, views, path, handout.Options{Paper: paper, Lang: code, Overwrite: overwrite,
			Progress: func(done, total int) { report(step{done: done, total: total, ofScenes: true}) }})
		return func() string { return wroteHandout(path, len(l.Scenes)) }, err
	}, func() { f.writeHandout(l, path, true, true) })
}

// wroteHandout is the status line of a handout written: where, its size
// and scenes.
func wroteHandout(path string, scenes int) string {
	return lang.L("Wrote {{.Path}} ({{.Size}}, {{.Scenes}} scenes)", map[string]any{"Path": path, "Size": sizeText(fileSize(path)), "Scenes": scenes})
}

// fileStem is a file name made of a title: its letters and digits in
// lower case, the rest as single hyphens ("The VRAEM, 2003–2016" gives
// "the-vraem-2003-2016"), at most 60 runes; "lesson" for a title
// without any.
func fileStem(title string) string {
	var b strings.Builder
	n, gap := 0, false
	for _, r := range strings.ToLower(title) {
		if n == 60 {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			n++
			gap = false
			continue
		}
		gap = true
	}
	if b.Len() == 0 {
		return "lesson"
	}
	return b.String()
}

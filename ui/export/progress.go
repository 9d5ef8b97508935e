package export

import (
	"context"
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo/render"
)

// progressWidth is the progress dialog's least width, in logical pixels:
// room for a path and "Frame 120 of 155 · scene 7 of 7".
const progressWidth = 460

// step is how far an export has gone: done of total frames (or, for a
// handout, scenes) and what the last one showed.
type step struct {
	done, total int
	year        int  // the year the frame shows; 0 for none
	scene       int  // the scene the frame shows, from 1; 0 for none
	scenes      int  // with scene: how many there are
	ofScenes    bool // done and total count scenes, not frames
}

// String says the step in a line, in the user's language.
func (s step) String() string {
	n := map[string]any{"N": s.done, "Of": s.total, "Year": s.year, "Scene": s.scene, "Scenes": s.scenes}
	switch {
	case s.ofScenes:
		return lang.L("Scene {{.N}} of {{.Of}}", n)
	case s.year != 0:
		return lang.L("Frame {{.N}} of {{.Of}} · {{.Year}}", n)
	case s.scene != 0:
		return lang.L("Frame {{.N}} of {{.Of}} · scene {{.Scene}} of {{.Scenes}}", n)
	}
	return lang.L("Frame {{.N}} of {{.Of}}", n)
}

// task is an export's work, run off the UI goroutine. It tells how far it
// has got through report (from its own goroutine), stops when ctx is
// cancelled, and returns what the status line says of what it wrote (a
// function, called on the UI goroutine, so its words are translated
// there).
type task func(ctx context.Context, report func(step)) (summary func() string, err error)

// progress is the dialog an export runs behind: the target, a bar (busy
// until the first step is known, then i of n), the step, and Cancel.
type progress struct {
	d    *dialog.CustomDialog
	busy *widget.ProgressBarInfinite
	bar  *widget.ProgressBar
	step *widget.Label
}

func newProgress(win fyne.Window, title, path string, cancel func()) *progress {
	p := &progress{busy: widget.NewProgressBarInfinite(), bar: widget.NewProgressBar(), step: widget.NewLabel(lang.L("Preparing…"))}
	p.bar.Hide()
	target := widget.NewLabel(path)
	target.Truncation = fyne.TextTruncateEllipsis
	box := container.NewVBox(target, container.NewStack(p.busy, p.bar), p.step)
	p.d = dialog.NewCustom(title, lang.L("Cancel"), container.NewGridWrap(fyne.NewSize(progressWidth, box.MinSize().Height), box), win)
	p.d.SetOnClosed(cancel)
	return p
}

// show moves the bar to s.
func (p *progress) show(s step) {
	if s.total <= 0 {
		return
	}
	if p.busy.Visible() {
		p.busy.Stop()
		p.busy.Hide()
		p.bar.Show()
	}
	p.bar.Max = float64(s.total)
	p.bar.SetValue(float64(s.done))
	p.step.SetText(s.String())
}

// run runs work behind a progress dialog titled title for path, with
// Cancel. When it ends the dialog goes, and the status line says what was
// written, or that nothing was when cancelled; an error goes to the error
// dialog, except missing basemap tiles, where the user is asked whether to
// export anyway and gapsRetry runs if so.
func (o Options) run(title, path string, work task, gapsRetry func()) {
	ctx, cancel := context.WithCancel(context.Background())
	prog := newProgress(o.Window, title, path, cancel)
	prog.d.Show()
	o.Status(lang.L("Exporting {{.Path}}…", map[string]any{"Path": path}))
	report := func(s step) { o.Post(func() { prog.show(s) }) }
	go func() {
		summary, err := work(ctx, report)
		o.Post(func() {
			prog.busy.Stop()
			prog.d.Hide()
			cancel()
			switch {
			case errors.Is(err, context.Canceled):
				o.Status(lang.L("Export cancelled; nothing was written."))
			case errors.Is(err, render.ErrMissingTiles):
				dialog.ShowConfirm(lang.L("Basemap tiles missing"),
					lang.L("The basemap could not supply every tile ({{.Err}}). Export anyway, with gaps?", map[string]any{"Err": err.Error()}),
					func(yes bool) {
						if yes {
							gapsRetry()
						}
					}, o.Window)
			case err != nil:
				o.Error(err)
			default:
				o.Status(summary())
			}
		})
	}()
}

// fileSize is the size of the file at path, 0 when it cannot be read.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// sizeText is a file size for the status line: "812 KB", "4.2 MB".
func sizeText(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%d KB", (n+500)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

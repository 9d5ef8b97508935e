package userlayers

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// Sizes of the report's text, in logical pixels: room for a problem on a
// line or two, never more than most of the window (longer reports
// scroll).
const (
	reportWidth      = 620
	reportMaxHeight  = 420
	reportWindowPart = 0.8
)

// Outcome is what adding one file came to: the layer added (perhaps
// without some features, see userlayer.Layer.Skipped), or why none was.
type Outcome struct {
	Path  string
	Layer *userlayer.Layer // nil when the file was not added
	Err   error            // why not: an *userlayer.ImportError lists the file's problems
}

// Worth reports whether an outcome needs more than a status line: a file
// not added, or one added without some features or with warnings.
func (o Outcome) Worth() bool {
	return o.Layer == nil || o.Layer.Skipped.Features > 0 || len(o.Layer.Warnings) > 0
}

// Summary is an outcome on one line, for the status bar.
func (o Outcome) Summary() string {
	lg := i18n.Current()
	switch {
	case o.Layer == nil:
		return lang.L("{{.File}} was not added: {{.Reason}}", map[string]any{"File": filepath.Base(o.Path), "Reason": firstLine(o.Err)})
	case o.Layer.Skipped.Features > 0:
		return lang.L("Added your layer “{{.Name}}” from {{.File}} (features: {{.Count}}; left out for errors: {{.Skipped}})", map[string]any{
			"Name": o.Layer.Name, "File": o.Layer.File, "Count": data.FormatNumber(float64(len(o.Layer.Features)), lg),
			"Skipped": data.FormatNumber(float64(o.Layer.Skipped.Features), lg)})
	}
	return lang.L("Added your layer “{{.Name}}” from {{.File}} (features: {{.Count}})", map[string]any{
		"Name": o.Layer.Name, "File": o.Layer.File, "Count": data.FormatNumber(float64(len(o.Layer.Features)), lg)})
}

// firstLine is an error's first line, without the file's name the
// importer starts it with.
func firstLine(err error) string {
	msg, _, _ := strings.Cut(uikit.ErrorMessage(err), "\n")
	return msg
}

// Report shows, over win, what adding files came to: for each, the layer
// added and the features left out, or that it was not added, with every
// problem the import found as it words them (line, feature, column).
func Report(win fyne.Window, outcomes []Outcome) dialog.Dialog {
	box := container.NewVBox()
	for _, o := range outcomes {
		for _, w := range outcomeLines(o) {
			box.Add(w)
		}
	}
	width := float32(reportWidth)
	height := float32(reportMaxHeight)
	if c := win.Canvas(); c != nil && c.Size().Width > 0 {
		width = min(width, c.Size().Width*reportWindowPart)
		height = min(height, c.Size().Height*reportWindowPart)
	}
	box.Resize(fyne.NewSize(width, box.MinSize().Height))
	scroll := container.NewVScroll(box)
	scroll.SetMinSize(fyne.NewSize(width, min(height, box.MinSize().Height)))
	title := lang.L("Your layers")
	for _, o := range outcomes {
		if o.Layer == nil {
			title = lang.L("Some files were not added")
		}
	}
	d := dialog.NewCustom(title, lang.L("OK"), scroll, win)
	d.Show()
	return d
}

// outcomeLines words one outcome: a bold line saying what happened, then
// the problems, each wrapped.
func outcomeLines(o Outcome) []fyne.CanvasObject {
	head := widget.NewLabelWithStyle(o.Summary(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	out := []fyne.CanvasObject{head}
	var problems []userlayer.Problem
	more := 0
	var ie *userlayer.ImportError
	switch {
	case o.Layer != nil:
		problems = append(problems, o.Layer.Skipped.Problems...)
		more = o.Layer.Skipped.More
		problems = append(problems, o.Layer.Warnings...)
	case errors.As(o.Err, &ie):
		problems, more = ie.Problems, ie.More
	default:
		out = append(out, wrapped(uikit.ErrorMessage(o.Err)))
		return out
	}
	for _, p := range problems {
		out = append(out, wrapped("• "+strings.TrimPrefix(p.String(), p.File+": ")))
	}
	if more > 0 {
		out = append(out, wrapped(lang.L("… and {{.Count}} more", map[string]any{"Count": more})))
	}
	return out
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// AskDateOrder asks, over win, how the file name writes dates such as
// a.Text, which could be day/month or month/day, showing it read both
// ways; choose is called with the order picked, or not at all when the
// user cancels (then cancel runs, when not nil).
func AskDateOrder(win fyne.Window, name string, a userlayer.Ambiguity, choose func(userlayer.DateOrder), cancel func()) dialog.Dialog {
	lg := i18n.Current()
	msg := lang.L("“{{.File}}” has dates that could be day/month or month/day, such as {{.Date}} on line {{.Line}}, and no other date in the file tells which ({{.Count}} such dates). How does the file write its dates?",
		map[string]any{"File": name, "Date": a.Text, "Line": a.Line, "Count": a.Dates})
	var d dialog.Dialog
	pick := func(o userlayer.DateOrder) func() {
		return func() {
			d.Hide()
			choose(o)
		}
	}
	day := widget.NewButton(lang.L("Day first: {{.Date}} is {{.Reading}}", map[string]any{"Date": a.Text, "Reading": data.FormatDate(a.DayFirst, lg)}), pick(userlayer.DayFirst))
	month := widget.NewButton(lang.L("Month first: {{.Date}} is {{.Reading}}", map[string]any{"Date": a.Text, "Reading": data.FormatDate(a.MonthFirst, lg)}), pick(userlayer.MonthFirst))
	no := widget.NewButton(lang.L("Cancel: do not add the file"), func() {
		d.Hide()
		if cancel != nil {
			cancel()
		}
	})
	day.Importance, month.Importance = widget.HighImportance, widget.HighImportance
	text := wrapped(msg)
	text.Resize(fyne.NewSize(reportWidth*0.8, text.MinSize().Height))
	body := container.NewVBox(text, day, month, no)
	d = dialog.NewCustomWithoutButtons(lang.L("Which comes first, the day or the month?"), container.NewGridWrap(fyne.NewSize(reportWidth*0.8, body.MinSize().Height), body), win)
	d.Show()
	return d
}

// String names an outcome for logs and tests.
func (o Outcome) String() string { return fmt.Sprintf("%s: %s", o.Path, o.Summary()) }

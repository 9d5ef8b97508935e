package export

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// customPreset is the preset entry that lets the user type a size.
const customPreset = "custom"

// Options are what the Export dialog needs and whom it tells.
type Options struct {
	// Window is the parent of the dialogs.
	Window fyne.Window
	// Year is the year on screen, for the default title and file name.
	Year int
	// Scene describes the current view for an export of preset p with a
	// title ("" for the default); allowGaps lets it go ahead with basemap
	// tiles missing.
	Scene func(p render.Preset, title string, allowGaps bool) (render.Scene, error)
	// Status reports progress and the result on one line.
	Status func(string)
	// Error reports an export that failed.
	Error func(error)
	// Post runs a function on the UI goroutine; nil means fyne.Do.
	Post func(func())
	// Memory, when set, keeps the last preset, size, format and folder,
	// so the next export starts from them.
	Memory Memory
	// Note, when set, is shown at the top of the dialog: a sentence on
	// what the export will show (the embedded basemap standing in, say).
	Note string
	// Animate, when set, opens the Animation dialog instead: the Export
	// dialog then offers it under its fields.
	Animate func()
}

// Memory keeps the dialog's last choices; fyne.Preferences is one.
type Memory interface {
	StringWithFallback(key, fallback string) string
	SetString(key, value string)
}

// Keys of the dialogs' choices in their Memory, under each dialog's
// prefix; the folder is shared.
const (
	memPreset = "preset"
	memWidth  = "width"
	memHeight = "height"
	memFormat = "format"
	memFolder = "export.folder"
)

// form is the Export dialog's fields.
type form struct {
	o Options
	*sizeField
	title  *widget.Entry
	format *widget.RadioGroup
	*fileField
	mem memo
	d   *dialog.FormDialog
}

// Show asks how to export the current view and exports it. The file
// field has the focus, so Enter exports at once.
func Show(o Options) {
	f := newForm(o)
	showFocused(o.Window, f.d, f.path)
}

// showFocused shows d over w with the keyboard in e (the file field, so
// Enter exports at once).
func showFocused(w fyne.Window, d dialog.Dialog, e fyne.Focusable) {
	d.Show()
	w.Canvas().Focus(e)
}

// withDefaults is o with fyne.Do to post work when none is given.
func (o Options) withDefaults() Options {
	if o.Post == nil {
		o.Post = fyne.Do
	}
	return o
}

// newForm builds the dialog, its fields filled with the last export's
// preset, format and folder, or the slide preset and a PNG in the user's
// Pictures folder.
func newForm(o Options) *form {
	o = o.withDefaults()
	f := &form{o: o, title: widget.NewEntry(), mem: memo{o.Memory, "export."}}
	f.sizeField = newSizeField(nil)
	f.fileField = newFileField(o.Window, checkPath, lang.L("a .png or .pdf file"))
	f.title.SetPlaceHolder(render.DefaultTitle(o.Year, i18n.Current()))
	f.format = widget.NewRadioGroup([]string{"PNG", "PDF"}, func(v string) {
		f.path.SetText(withExt(f.path.Text, strings.ToLower(v)))
	})
	f.format.Horizontal = true
	f.format.Required = true // choosing the chosen format again must not clear it
	f.path.SetText(filepath.Join(f.mem.folder(), fmt.Sprintf("peru-atlas-%d.png", o.Year)))
	f.recall(f.mem, "slide")
	f.format.SetSelected(f.mem.get(memFormat, "PNG"))
	items := append(o.noteItems(),
		f.presetItem,
		f.sizeItem,
		widget.NewFormItem(lang.L("Title"), f.title),
		widget.NewFormItem(lang.L("Format"), f.format),
		f.item,
	)
	if o.Animate != nil {
		items = append(items, widget.NewFormItem("", uikit.Link(lang.L("Export an animation of the years instead…"), func() {
			f.d.Hide()
			o.Animate()
		})))
	}
	f.d = dialog.NewForm(lang.L("Export the view"), lang.L("Export"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			f.export(false, false)
		}
	}, o.Window)
	f.path.OnSubmitted = func(string) { f.d.Submit() } // refused while a field is invalid
	f.d.Resize(fyne.NewSize(620, 400))
	return f
}

// noteItems are the form items that show o.Note: none without one.
func (o Options) noteItems() []*widget.FormItem {
	if o.Note == "" {
		return nil
	}
	note := widget.NewLabel(o.Note)
	note.Wrapping = fyne.TextWrapWord
	return []*widget.FormItem{widget.NewFormItem("", note)}
}

// remember keeps the choices of an export about to run.
func (f *form) remember(path string) {
	f.sizeField.remember(f.mem)
	f.mem.set(memFormat, f.format.Selected)
	f.mem.keepFolder(path)
}

// checkSide accepts a side of MinSide to MaxSide whole pixels.
func checkSide(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return errors.New(lang.L("each side must be a whole number of pixels"))
	}
	if render.CheckSize(n, render.MinSide) != nil {
		return errors.New(lang.L("{{.N}} pixels: each side must be {{.Min}} to {{.Max}}", map[string]any{"N": n, "Min": render.MinSide, "Max": render.MaxSide}))
	}
	return nil
}

// checkPath accepts a file name ending in a format the exporter writes.
func checkPath(s string) error {
	s = strings.TrimSpace(s)
	if _, err := render.FormatOf(s); err != nil || filepath.Base(s) == filepath.Ext(s) {
		return errors.New(lang.L("the file name must end in .png or .pdf"))
	}
	return nil
}

// export checks the target and runs the export; it asks before replacing
// a file and before writing an image with basemap gaps.
func (f *form) export(overwrite, allowGaps bool) {
	path := f.target()
	if err := checkPath(path); err != nil {
		f.o.Error(fmt.Errorf("export %q: %w", path, err))
		return
	}
	preset, err := f.size()
	if err != nil {
		f.o.Error(err)
		return
	}
	if !overwrite {
		confirmReplace(f.o.Window, path, func(replace bool) {
			if replace {
				f.export(true, allowGaps)
				return
			}
			f.write(preset, path, false, allowGaps)
		})
		return
	}
	f.write(preset, path, overwrite, allowGaps)
}

// write makes the scene and writes it in the background behind a
// progress dialog with a Cancel button.
func (f *form) write(preset render.Preset, path string, overwrite, allowGaps bool) {
	f.remember(path)
	scene, err := f.o.Scene(preset, strings.TrimSpace(f.title.Text), allowGaps)
	if err != nil {
		f.o.Error(err)
		return
	}
	f.o.run(lang.L("Exporting…"), path, func(ctx context.Context, _ func(step)) (func() string, error) {
		res, err := render.WriteScene(ctx, scene, path, overwrite)
		return func() string {
			msg := lang.L("Exported {{.Path}}", map[string]any{"Path": path})
			if len(res.Missing) > 0 {
				msg += " " + lang.L("({{.N}} basemap tiles missing)", map[string]any{"N": len(res.Missing)})
			}
			return msg
		}, err
	}, func() { f.export(true, true) })
}

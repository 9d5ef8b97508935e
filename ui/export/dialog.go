package export

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
}

// Memory keeps the dialog's last choices; fyne.Preferences is one.
type Memory interface {
	StringWithFallback(key, fallback string) string
	SetString(key, value string)
}

// Keys of the dialog's choices in its Memory.
const (
	memPreset = "export.preset"
	memWidth  = "export.width"
	memHeight = "export.height"
	memFormat = "export.format"
	memFolder = "export.folder"
)

// form is the Export dialog's fields.
type form struct {
	o             Options
	preset        *widget.Select
	width, height *widget.Entry
	title         *widget.Entry
	format        *widget.RadioGroup
	path          *widget.Entry
	d             *dialog.FormDialog
}

// Show asks how to export the current view and exports it. The file
// field has the focus, so Enter exports at once.
func Show(o Options) {
	f := newForm(o)
	f.d.Show()
	o.Window.Canvas().Focus(f.path)
}

// newForm builds the dialog, its fields filled with the last export's
// preset, format and folder, or the slide preset and a PNG in the user's
// Pictures folder.
func newForm(o Options) *form {
	if o.Post == nil {
		o.Post = fyne.Do
	}
	f := &form{o: o, width: widget.NewEntry(), height: widget.NewEntry(), title: widget.NewEntry(), path: widget.NewEntry()}
	f.width.Validator, f.height.Validator = checkSide, checkSide
	f.path.Validator = checkPath
	f.preset = uikit.NewSelect(append(render.PresetNames(), customPreset), f.presetChosen)
	f.title.SetPlaceHolder(render.DefaultTitle(o.Year, i18n.Current()))
	f.format = widget.NewRadioGroup([]string{"PNG", "PDF"}, func(v string) {
		f.path.SetText(withExt(f.path.Text, strings.ToLower(v)))
	})
	f.format.Horizontal = true
	f.format.Required = true // choosing the chosen format again must not clear it
	f.path.SetText(f.defaultPath(o.Year))
	f.preset.SetSelected(f.recall(memPreset, "slide"))
	if f.preset.Selected == customPreset {
		f.width.SetText(f.recall(memWidth, ""))
		f.height.SetText(f.recall(memHeight, ""))
	}
	f.format.SetSelected(f.recall(memFormat, "PNG"))
	browse := widget.NewButton(lang.L("Browse…"), func() {
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			p := uikit.FilePath(w.URI())
			w.Close()
			os.Remove(p) // the save dialog creates the file; the export writes it atomically
			f.path.SetText(p)
		}, o.Window)
		d.SetFileName(filepath.Base(f.path.Text))
		d.Show()
	})
	size := widget.NewFormItem(lang.L("Size (pixels)"), uikit.NewValidatedGroup(container.NewGridWithColumns(2, f.width, f.height), f.width, f.height))
	size.HintText = lang.L("each side {{.Min}} to {{.Max}} pixels", map[string]any{"Min": render.MinSide, "Max": render.MaxSide})
	file := widget.NewFormItem(lang.L("File"), uikit.NewValidatedGroup(container.NewBorder(nil, nil, nil, browse, f.path), f.path))
	file.HintText = lang.L("a .png or .pdf file")
	var items []*widget.FormItem
	if o.Note != "" {
		note := widget.NewLabel(o.Note)
		note.Wrapping = fyne.TextWrapWord
		items = append(items, widget.NewFormItem("", note))
	}
	items = append(items,
		widget.NewFormItem(lang.L("Preset"), f.preset),
		size,
		widget.NewFormItem(lang.L("Title"), f.title),
		widget.NewFormItem(lang.L("Format"), f.format),
		file,
	)
	f.d = dialog.NewForm(lang.L("Export the view"), lang.L("Export"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			f.export(false, false)
		}
	}, o.Window)
	f.path.OnSubmitted = func(string) { f.d.Submit() } // refused while a field is invalid
	f.d.Resize(fyne.NewSize(620, 400))
	return f
}

// recall is the remembered choice for key, or fallback.
func (f *form) recall(key, fallback string) string {
	if f.o.Memory == nil {
		return fallback
	}
	return f.o.Memory.StringWithFallback(key, fallback)
}

// remember keeps the choices of an export about to run.
func (f *form) remember(path string) {
	m := f.o.Memory
	if m == nil {
		return
	}
	m.SetString(memPreset, f.preset.Selected)
	m.SetString(memWidth, strings.TrimSpace(f.width.Text))
	m.SetString(memHeight, strings.TrimSpace(f.height.Text))
	m.SetString(memFormat, f.format.Selected)
	if abs, err := filepath.Abs(path); err == nil {
		m.SetString(memFolder, filepath.Dir(abs))
	}
}

// presetChosen fills the size from a preset and lets the user type one
// for the custom preset.
func (f *form) presetChosen(name string) {
	p, err := render.PresetByName(name)
	if err != nil { // custom
		f.width.Enable()
		f.height.Enable()
		return
	}
	f.width.SetText(strconv.Itoa(p.Width))
	f.height.SetText(strconv.Itoa(p.Height))
	f.width.Disable()
	f.height.Disable()
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

// size is the chosen preset, or the custom size typed.
func (f *form) size() (render.Preset, error) {
	if p, err := render.PresetByName(f.preset.Selected); err == nil {
		return p, nil
	}
	w, errW := strconv.Atoi(strings.TrimSpace(f.width.Text))
	h, errH := strconv.Atoi(strings.TrimSpace(f.height.Text))
	if errW != nil || errH != nil {
		return render.Preset{}, fmt.Errorf("export: size %q x %q: each side must be a whole number of pixels", f.width.Text, f.height.Text)
	}
	if err := render.CheckSize(w, h); err != nil {
		return render.Preset{}, fmt.Errorf("export: %w", err)
	}
	return render.CustomPreset(w, h), nil
}

// export checks the target and runs the export; it asks before replacing
// a file and before writing an image with basemap gaps.
func (f *form) export(overwrite, allowGaps bool) {
	path := strings.TrimSpace(f.path.Text)
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
		if _, err := os.Stat(path); err == nil {
			dialog.ShowConfirm(lang.L("Replace file?"), lang.L("{{.Path}} exists. Replace it?", map[string]any{"Path": path}), func(yes bool) {
				if yes {
					f.export(true, allowGaps)
				}
			}, f.o.Window)
			return
		}
	}
	f.remember(path)
	scene, err := f.o.Scene(preset, strings.TrimSpace(f.title.Text), allowGaps)
	if err != nil {
		f.o.Error(err)
		return
	}
	f.run(scene, path, overwrite, func() { f.export(true, true) })
}

// run writes the scene in the background behind a progress dialog with a
// Cancel button; gapsRetry runs when the user accepts gaps.
func (f *form) run(s render.Scene, path string, overwrite bool, gapsRetry func()) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustom(lang.L("Exporting…"), lang.L("Cancel"), container.NewVBox(widget.NewLabel(path), bar), f.o.Window)
	prog.SetOnClosed(cancel)
	prog.Show()
	f.o.Status(lang.L("Exporting {{.Path}}…", map[string]any{"Path": path}))
	go func() {
		res, err := render.WriteScene(ctx, s, path, overwrite)
		f.o.Post(func() {
			prog.Hide()
			cancel()
			switch {
			case errors.Is(err, context.Canceled):
				f.o.Status(lang.L("Export cancelled; nothing was written."))
			case errors.Is(err, render.ErrMissingTiles):
				dialog.ShowConfirm(lang.L("Basemap tiles missing"),
					lang.L("The basemap could not supply every tile ({{.Err}}). Export anyway, with gaps?", map[string]any{"Err": err.Error()}),
					func(yes bool) {
						if yes {
							gapsRetry()
						}
					}, f.o.Window)
			case err != nil:
				f.o.Error(err)
			default:
				msg := lang.L("Exported {{.Path}}", map[string]any{"Path": path})
				if len(res.Missing) > 0 {
					msg += " " + lang.L("({{.N}} basemap tiles missing)", map[string]any{"N": len(res.Missing)})
				}
				f.o.Status(msg)
			}
		})
	}()
}

// defaultPath proposes a file named after the year in the folder of the
// last export, or the user's Pictures (or home) folder.
func (f *form) defaultPath(year int) string {
	name := fmt.Sprintf("peru-atlas-%d.png", year)
	isDir := func(d string) bool {
		fi, err := os.Stat(d)
		return err == nil && fi.IsDir()
	}
	if dir := f.recall(memFolder, ""); dir != "" && isDir(dir) {
		return filepath.Join(dir, name)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return name
	}
	dir := filepath.Join(home, "Pictures")
	if !isDir(dir) {
		dir = home
	}
	return filepath.Join(dir, name)
}

// withExt replaces a path's extension with ext.
func withExt(path, ext string) string {
	if path == "" {
		return path
	}
	return strings.TrimSuffix(path, filepath.Ext(path)) + "." + ext
}

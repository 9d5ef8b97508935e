package ui

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
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

// exportForm is the Export dialog's fields.
type exportForm struct {
	preset        *widget.Select
	width, height *widget.Entry
	title         *widget.Entry
	format        *widget.RadioGroup
	path          *widget.Entry
}

// showExportDialog asks how to export the current view (preset or size,
// title, PNG or PDF, where) and exports it in the background.
func (mw *MainWindow) showExportDialog() {
	f := &exportForm{
		width: widget.NewEntry(), height: widget.NewEntry(),
		title: widget.NewEntry(), path: widget.NewEntry(),
	}
	names := append(render.PresetNames(), "custom")
	f.preset = widget.NewSelect(names, func(name string) {
		p, err := render.PresetByName(name)
		custom := err != nil
		if !custom {
			f.width.SetText(strconv.Itoa(p.Width))
			f.height.SetText(strconv.Itoa(p.Height))
		}
		if custom {
			f.width.Enable()
			f.height.Enable()
		} else {
			f.width.Disable()
			f.height.Disable()
		}
	})
	f.title.SetPlaceHolder(render.DefaultTitle(mw.state.Year))
	f.format = widget.NewRadioGroup([]string{"PNG", "PDF"}, func(v string) {
		f.path.SetText(withExt(f.path.Text, strings.ToLower(v)))
	})
	f.format.Horizontal = true
	f.path.SetText(defaultExportPath(mw.state.Year))
	f.preset.SetSelected("slide")
	f.format.SetSelected("PNG")
	browse := widget.NewButton(lang.L("Browse…"), func() {
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			p := w.URI().Path()
			w.Close()
			os.Remove(p) // the save dialog creates the file; the export writes it atomically
			f.path.SetText(p)
		}, mw.Window)
		d.SetFileName(filepath.Base(f.path.Text))
		d.Show()
	})
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Preset"), f.preset),
		widget.NewFormItem(lang.L("Size (pixels)"), container.NewGridWithColumns(2, f.width, f.height)),
		widget.NewFormItem(lang.L("Title"), f.title),
		widget.NewFormItem(lang.L("Format"), f.format),
		widget.NewFormItem(lang.L("File"), container.NewBorder(nil, nil, nil, browse, f.path)),
	}
	var d *dialog.FormDialog
	start := func() {
		d.Hide()
		mw.exportTo(f, false, false)
	}
	d = dialog.NewForm(lang.L("Export the view"), lang.L("Export"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			mw.exportTo(f, false, false)
		}
	}, mw.Window)
	f.path.OnSubmitted = func(string) { start() }
	d.Resize(fyne.NewSize(620, 380))
	d.Show()
	mw.Window.Canvas().Focus(f.path)
}

// exportTo checks the target and runs the export; it asks before
// replacing a file and before writing an image with basemap gaps.
func (mw *MainWindow) exportTo(f *exportForm, overwrite, allowGaps bool) {
	path := strings.TrimSpace(f.path.Text)
	if _, err := render.FormatOf(path); err != nil {
		mw.showError(err)
		return
	}
	if !overwrite {
		if _, err := os.Stat(path); err == nil {
			dialog.ShowConfirm(lang.L("Replace file?"), lang.L("{{.Path}} exists. Replace it?", map[string]any{"Path": path}), func(yes bool) {
				if yes {
					mw.exportTo(f, true, allowGaps)
				}
			}, mw.Window)
			return
		}
	}
	preset, err := render.PresetByName(f.preset.Selected)
	if err != nil {
		w, errW := strconv.Atoi(f.width.Text)
		h, errH := strconv.Atoi(f.height.Text)
		if errW != nil || errH != nil {
			mw.showError(fmt.Errorf("export: size %q x %q: each side must be a whole number of pixels", f.width.Text, f.height.Text))
			return
		}
		if err := render.CheckSize(w, h); err != nil {
			mw.showError(err)
			return
		}
		preset = render.CustomPreset(w, h)
	}
	scene, err := mw.exportScene(preset, strings.TrimSpace(f.title.Text), allowGaps)
	if err != nil {
		mw.showError(err)
		return
	}
	mw.runExport(scene, path, overwrite, func() { mw.exportTo(f, true, true) })
}

// exportScene describes the current view for the exporter: its bound,
// year, layers, selection and annotations over the current basemap.
func (mw *MainWindow) exportScene(p render.Preset, title string, allowGaps bool) (render.Scene, error) {
	dir, err := render.CacheDir("")
	if err != nil {
		return render.Scene{}, err
	}
	var src tiles.Source
	if mw.basemap.spec == catalog.Embedded || mw.basemap.current == nil {
		src = embedded.New(embedded.WithScale(p.Scale))
	} else {
		src = mw.basemap.current // the online or MBTiles source itself: gaps are reported, not filled in
	}
	b := render.NewBuilder(src, dir, mw.opts.Version, mw.ds, mw.set)
	b.AllowGaps = allowGaps
	s := b.Scene(render.View{Bound: mw.Map.View().Bound(), Year: mw.state.Year, Layers: mw.state.Layers(),
		Selected: mw.state.Selected, Title: title, Lang: currentLanguage(), Annotations: mw.state.Annotations}, p)
	return s, nil
}

// runExport writes the scene in the background behind a progress dialog
// with a Cancel button; gapsRetry runs when the user accepts gaps.
func (mw *MainWindow) runExport(s render.Scene, path string, overwrite bool, gapsRetry func()) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustom(lang.L("Exporting…"), lang.L("Cancel"), container.NewVBox(widget.NewLabel(path), bar), mw.Window)
	prog.SetOnClosed(cancel)
	prog.Show()
	mw.setStatus(lang.L("Exporting {{.Path}}…", map[string]any{"Path": path}))
	go func() {
		res, err := render.WriteScene(ctx, s, path, overwrite)
		fyne.Do(func() {
			prog.Hide()
			cancel()
			switch {
			case errors.Is(err, context.Canceled):
				mw.setStatus(lang.L("Export cancelled; nothing was written."))
			case errors.Is(err, render.ErrMissingTiles):
				dialog.ShowConfirm(lang.L("Basemap tiles missing"),
					lang.L("The basemap could not supply every tile ({{.Err}}). Export anyway, with gaps?", map[string]any{"Err": err.Error()}),
					func(yes bool) {
						if yes {
							gapsRetry()
						}
					}, mw.Window)
			case err != nil:
				mw.showError(err)
			default:
				msg := lang.L("Exported {{.Path}}", map[string]any{"Path": path})
				if len(res.Missing) > 0 {
					msg += " " + lang.L("({{.N}} basemap tiles missing)", map[string]any{"N": len(res.Missing)})
				}
				mw.setStatus(msg)
			}
		})
	}()
}

// defaultExportPath proposes a file in the user's Pictures (or home)
// folder named after the year.
func defaultExportPath(year int) string {
	home, err := os.UserHomeDir()
	if err != nil {
		return fmt.Sprintf("peru-atlas-%d.png", year)
	}
	dir := filepath.Join(home, "Pictures")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		dir = home
	}
	return filepath.Join(dir, fmt.Sprintf("peru-atlas-%d.png", year))
}

// withExt replaces a path's extension with ext.
func withExt(path, ext string) string {
	if path == "" {
		return path
	}
	return strings.TrimSuffix(path, filepath.Ext(path)) + "." + ext
}

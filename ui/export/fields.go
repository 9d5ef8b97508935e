package export

import (
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
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// sizeField is the export's size: a preset, or the custom preset and a
// typed width and height, with an optional further rule on the size (a
// GIF's limit), shown under the size while it fails.
type sizeField struct {
	preset        *widget.Select
	width, height *widget.Entry
	limit         *uikit.Rule // nil without a further rule
	presetItem    *widget.FormItem
	sizeItem      *widget.FormItem
}

// newSizeField builds the preset and size items; limit, when not nil,
// says what is wrong with a valid size of w x h for the export.
func newSizeField(limit func(w, h int) error) *sizeField {
	s := &sizeField{width: widget.NewEntry(), height: widget.NewEntry()}
	s.width.Validator, s.height.Validator = checkSide, checkSide
	s.preset = uikit.NewSelect(append(render.PresetNames(), customPreset), s.presetChosen)
	parts := []fyne.Validatable{s.width, s.height}
	if limit != nil {
		s.limit = uikit.NewRule(func() error {
			p, err := s.size()
			if err != nil {
				return nil // the sides say what is wrong
			}
			return limit(p.Width, p.Height)
		})
		parts = append(parts, s.limit)
		s.width.OnChanged = func(string) { s.recheck() }
		s.height.OnChanged = func(string) { s.recheck() }
	}
	s.presetItem = widget.NewFormItem(lang.L("Preset"), s.preset)
	s.sizeItem = widget.NewFormItem(lang.L("Size (pixels)"), uikit.NewValidatedGroup(container.NewGridWithColumns(2, s.width, s.height), parts...))
	s.sizeItem.HintText = lang.L("each side {{.Min}} to {{.Max}} pixels", map[string]any{"Min": render.MinSide, "Max": render.MaxSide})
	return s
}

// recheck runs the further rule again, after a change it reads.
func (s *sizeField) recheck() {
	if s.limit != nil {
		s.limit.Validate()
	}
}

// presetChosen fills the size from a preset and lets the user type one
// for the custom preset.
func (s *sizeField) presetChosen(name string) {
	p, err := render.PresetByName(name)
	if err != nil { // custom
		s.width.Enable()
		s.height.Enable()
		return
	}
	s.width.SetText(strconv.Itoa(p.Width))
	s.height.SetText(strconv.Itoa(p.Height))
	s.width.Disable()
	s.height.Disable()
	s.recheck()
}

// size is the chosen preset, or the custom size typed.
func (s *sizeField) size() (render.Preset, error) {
	if p, err := render.PresetByName(s.preset.Selected); err == nil {
		return p, nil
	}
	w, errW := strconv.Atoi(strings.TrimSpace(s.width.Text))
	h, errH := strconv.Atoi(strings.TrimSpace(s.height.Text))
	if errW != nil || errH != nil {
		return render.Preset{}, fmt.Errorf("export: size %q x %q: each side must be a whole number of pixels", s.width.Text, s.height.Text)
	}
	if err := render.CheckSize(w, h); err != nil {
		return render.Preset{}, fmt.Errorf("export: %w", err)
	}
	return render.CustomPreset(w, h), nil
}

// recall sets the preset, and a custom size, from m under prefix, or
// fallback for a preset never chosen.
func (s *sizeField) recall(m memo, fallback string) {
	s.preset.SetSelected(m.get(memPreset, fallback))
	if s.preset.Selected == customPreset {
		s.width.SetText(m.get(memWidth, ""))
		s.height.SetText(m.get(memHeight, ""))
	}
}

// remember keeps the preset and size in m.
func (s *sizeField) remember(m memo) {
	m.set(memPreset, s.preset.Selected)
	m.set(memWidth, strings.TrimSpace(s.width.Text))
	m.set(memHeight, strings.TrimSpace(s.height.Text))
}

// fileField is where the export goes: a path, typed or chosen with
// Browse… in a Save dialog.
type fileField struct {
	path *widget.Entry
	item *widget.FormItem
}

// newFileField builds the file item over win: check validates the path
// as it is typed, hint says what it should be.
func newFileField(win fyne.Window, check func(string) error, hint string) *fileField {
	f := &fileField{path: widget.NewEntry()}
	f.path.Validator = check
	browse := widget.NewButton(lang.L("Browse…"), func() {
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			p := uikit.FilePath(w.URI())
			w.Close()
			os.Remove(p) // the save dialog creates the file; the export writes it atomically
			f.path.SetText(p)
		}, win)
		d.SetFileName(filepath.Base(f.path.Text))
		d.Show()
	})
	f.item = widget.NewFormItem(lang.L("File"), uikit.NewValidatedGroup(container.NewBorder(nil, nil, nil, browse, f.path), f.path))
	f.item.HintText = hint
	return f
}

// target is the path typed, without spaces around it.
func (f *fileField) target() string { return strings.TrimSpace(f.path.Text) }

// memo is a Memory read and written under a prefix ("export.",
// "animation."): each dialog keeps its own choices. The folder is shared.
type memo struct {
	m      Memory
	prefix string
}

func (m memo) get(key, fallback string) string {
	if m.m == nil {
		return fallback
	}
	return m.m.StringWithFallback(m.prefix+key, fallback)
}

func (m memo) set(key, value string) {
	if m.m != nil {
		m.m.SetString(m.prefix+key, value)
	}
}

// folder is the folder of the last export (of any kind) when it is still
// there, else the user's Pictures (or home) folder.
func (m memo) folder() string {
	isDir := func(d string) bool {
		fi, err := os.Stat(d)
		return err == nil && fi.IsDir()
	}
	if m.m != nil {
		if dir := m.m.StringWithFallback(memFolder, ""); dir != "" && isDir(dir) {
			return dir
		}
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if dir := filepath.Join(home, "Pictures"); isDir(dir) {
		return dir
	}
	return home
}

// keepFolder remembers the folder of path for the next export.
func (m memo) keepFolder(path string) {
	if m.m == nil {
		return
	}
	if abs, err := filepath.Abs(strings.TrimRight(path, `/\`)); err == nil {
		m.m.SetString(memFolder, filepath.Dir(abs))
	}
}

// confirmReplace runs next at once when nothing is at path, and asks
// first when something is: an export never replaces a file unasked.
// next is told whether it may replace.
func confirmReplace(win fyne.Window, path string, next func(overwrite bool)) {
	if _, err := os.Stat(strings.TrimRight(path, `/\`)); err != nil {
		next(false)
		return
	}
	dialog.ShowConfirm(lang.L("Replace file?"), lang.L("{{.Path}} exists. Replace it?", map[string]any{"Path": path}), func(yes bool) {
		if yes {
			next(true)
		}
	}, win)
}

// withExt replaces a path's extension with ext ("" to drop it: a folder).
func withExt(path, ext string) string {
	if path == "" {
		return path
	}
	path = strings.TrimSuffix(path, filepath.Ext(path))
	if ext == "" {
		return path
	}
	return path + "." + ext
}

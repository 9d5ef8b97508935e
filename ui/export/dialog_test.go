package export

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// fakeView counts what the dialog asked of the window.
type fakeView struct {
	scenes []render.Preset
	errors []error
	status []string
}

var errNoScene = errors.New("test: no scene")

func testForm(t *testing.T) (*form, *fakeView) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(900, 700))
	v := &fakeView{}
	f := newForm(Options{
		Window: w, Year: 2012,
		Scene: func(p render.Preset, _ string, _ bool) (render.Scene, error) {
			v.scenes = append(v.scenes, p)
			return render.Scene{}, errNoScene
		},
		Status: func(s string) { v.status = append(v.status, s) },
		Error:  func(err error) { v.errors = append(v.errors, err) },
	})
	f.d.Show()
	f.path.SetText(filepath.Join(t.TempDir(), "map.png"))
	return f, v
}

// TestBadCustomSizeIsRefused drives a crash path of the first-use audit:
// Export… → preset "custom" → a width that is not a number or out of range
// → Export. It crashed the app; now the form refuses.
func TestBadCustomSizeIsRefused(t *testing.T) {
	tests := []struct {
		desc          string
		width, height string
		wantOK        bool
	}{
		{desc: "letters", width: "abc", height: "600"},
		{desc: "too small", width: "5", height: "600"},
		{desc: "too large", width: "5000", height: "20000"},
		{desc: "empty", width: "", height: "600"},
		{desc: "a fraction", width: "800.5", height: "600"},
		{desc: "within the limits", width: "1200", height: "800", wantOK: true},
		{desc: "the limits themselves", width: "64", height: "10000", wantOK: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			f, v := testForm(t)
			f.preset.SetSelected(customPreset)
			if f.width.Disabled() {
				t.Fatal("the custom preset leaves the size disabled")
			}
			f.width.SetText(tc.width)
			f.height.SetText(tc.height)
			valid := f.width.Validate() == nil && f.height.Validate() == nil
			if valid != tc.wantOK {
				t.Errorf("size %q x %q valid = %v, want %v", tc.width, tc.height, valid, tc.wantOK)
			}
			f.d.Submit()
			switch {
			case tc.wantOK && (len(v.scenes) != 1 || v.scenes[0].Width != mustAtoi(t, tc.width)):
				t.Errorf("Export asked for scenes %+v, want one at %s x %s", v.scenes, tc.width, tc.height)
			case !tc.wantOK && len(v.scenes) != 0:
				t.Errorf("Export went ahead with %q x %q", tc.width, tc.height)
			}
			if !tc.wantOK && len(v.errors) != 0 {
				t.Errorf("a refused form reported errors %v; the form itself says what is wrong", v.errors)
			}
		})
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPathWithoutAFormatIsRefused(t *testing.T) {
	tests := []struct {
		desc, name string
		wantOK     bool
	}{
		{desc: "no extension", name: "map"},
		{desc: "unknown extension", name: "map.jpg"},
		{desc: "only an extension", name: ".png"},
		{desc: "PNG", name: "map.png", wantOK: true},
		{desc: "PDF in capitals", name: "MAP.PDF", wantOK: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			f, v := testForm(t)
			f.path.SetText(filepath.Join(t.TempDir(), tc.name))
			if ok := f.path.Validate() == nil; ok != tc.wantOK {
				t.Errorf("%q valid = %v, want %v", tc.name, ok, tc.wantOK)
			}
			f.path.OnSubmitted(f.path.Text) // Enter in the file field
			if got := len(v.scenes) == 1; got != tc.wantOK {
				t.Errorf("Enter on %q exported: %v, want %v", tc.name, got, tc.wantOK)
			}
		})
	}
}

func TestShowFocusesTheFile(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	Show(Options{Window: w, Year: 2012, Scene: func(render.Preset, string, bool) (render.Scene, error) { return render.Scene{}, errNoScene },
		Status: func(string) {}, Error: func(error) {}})
	e, ok := w.Canvas().Focused().(*widget.Entry)
	if !ok || filepath.Ext(e.Text) != ".png" {
		t.Errorf("focus on %v, want the file field, so Enter exports", w.Canvas().Focused())
	}
}

func TestPresetsAndFormat(t *testing.T) {
	f, v := testForm(t)
	f.preset.SetSelected("a4-landscape")
	p, err := render.PresetByName("a4-landscape")
	if err != nil {
		t.Fatal(err)
	}
	if f.width.Text != strconv.Itoa(p.Width) || f.height.Text != strconv.Itoa(p.Height) || !f.width.Disabled() {
		t.Errorf("a4-landscape shows %s x %s (disabled %v), want %d x %d, not editable", f.width.Text, f.height.Text, f.width.Disabled(), p.Width, p.Height)
	}
	f.format.SetSelected("PDF")
	if filepath.Ext(f.path.Text) != ".pdf" {
		t.Errorf("PDF chosen, file %q", f.path.Text)
	}
	var items []fyne.Tappable // PNG, PDF
	for _, o := range test.LaidOutObjects(f.format) {
		if tp, ok := o.(fyne.Tappable); ok && o != fyne.CanvasObject(f.format) {
			items = append(items, tp)
		}
	}
	if len(items) != 2 {
		t.Fatalf("%d format choices, want PNG and PDF", len(items))
	}
	test.Tap(items[1]) // PDF again: it used to clear the choice and strip the extension
	if f.format.Selected != "PDF" || filepath.Ext(f.path.Text) != ".pdf" {
		t.Errorf("format %q, file %q: a chosen format must stay chosen", f.format.Selected, f.path.Text)
	}
	f.d.Submit()
	if len(v.scenes) != 1 || v.scenes[0].Name != "a4-landscape" {
		t.Fatalf("exported %+v, want the a4-landscape preset", v.scenes)
	}
	if len(v.errors) != 1 || !errors.Is(v.errors[0], errNoScene) {
		t.Errorf("errors %v, want the scene's error reported", v.errors)
	}
}

// memory is a Memory in a map.
type memory map[string]string

func (m memory) StringWithFallback(k, fb string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return fb
}
func (m memory) SetString(k, v string) { m[k] = v }

// TestRemembersPresetAndFolder: the next export starts from the last
// one's preset, size, format and folder (audit: the dialog forgot them).
func TestRemembersPresetAndFolder(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	mem := memory{}
	scene := func(render.Preset, string, bool) (render.Scene, error) { return render.Scene{}, errNoScene }
	o := Options{Window: w, Year: 2012, Scene: scene, Status: func(string) {}, Error: func(error) {}, Memory: mem, Note: "The export uses the embedded basemap."}
	f := newForm(o)
	dir := t.TempDir()
	f.preset.SetSelected(customPreset)
	f.width.SetText("1000")
	f.height.SetText("700")
	f.format.SetSelected("PDF")
	f.path.SetText(filepath.Join(dir, "handout.pdf"))
	f.d.Submit()
	g := newForm(o)
	if g.preset.Selected != customPreset || g.width.Text != "1000" || g.height.Text != "700" || g.format.Selected != "PDF" {
		t.Errorf("next dialog: preset %q, size %s x %s, format %q; want the last export's", g.preset.Selected, g.width.Text, g.height.Text, g.format.Selected)
	}
	if filepath.Dir(g.path.Text) != dir || filepath.Ext(g.path.Text) != ".pdf" {
		t.Errorf("next dialog proposes %q, want a PDF in %s", g.path.Text, dir)
	}
	g.d.Show()
	if text := uitest.Text(w.Canvas().Overlays().Top()); !strings.Contains(text, "embedded basemap") {
		t.Errorf("the dialog does not show its note:\n%s", text)
	}
}

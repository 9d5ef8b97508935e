package lessons

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// stage is a window in miniature: a view and a year, and the scenes shown.
type stage struct {
	zoom   float64
	year   int
	shown  []lesson.Scene
	errors []error
	status []string
}

func (s *stage) Scene() lesson.Scene {
	return lesson.Scene{Center: orb.Point{-74, -12.4}, Zoom: s.zoom, Year: s.year, Layers: []string{"coca"}}
}

func (s *stage) Show(sc lesson.Scene) { s.shown = append(s.shown, sc) }

func testPanel(t *testing.T) (*Panel, *stage, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(900, 700))
	st := &stage{zoom: 6, year: 2008}
	p := New(Options{Window: w, Stage: st, AutosaveDir: t.TempDir(),
		Status: func(s string) { st.status = append(st.status, s) },
		Error:  func(err error) { st.errors = append(st.errors, err) },
	})
	t.Cleanup(p.Close)
	w.SetContent(p)
	return p, st, w
}

func TestBuildSaveReopen(t *testing.T) {
	p, st, _ := testPanel(t)
	for i := 0; i < 3; i++ {
		st.zoom, st.year = 6+float64(i), 2008+i
		p.addCurrent()
	}
	if n := len(p.Lesson().Scenes); n != 3 {
		t.Fatalf("%d scenes, want 3", n)
	}
	if s := p.Lesson().Scenes[2]; s.Title != "Scene 3" || s.Year != 2010 || s.Zoom != 8 {
		t.Errorf("third scene %+v, want the stage's view titled Scene 3", s)
	}
	p.move(-1) // scene 3 becomes scene 2
	if p.Lesson().Scenes[1].Year != 2010 || p.Current() != 1 {
		t.Errorf("after moving up, scene 2 is from %d (current %d), want 2010 and current 2", p.Lesson().Scenes[1].Year, p.Current()+1)
	}
	p.deleteCurrent()
	if n := len(p.Lesson().Scenes); n != 2 {
		t.Fatalf("%d scenes after delete, want 2", n)
	}
	path := filepath.Join(t.TempDir(), "my-lesson.json")
	p.saveTo(path)
	if len(st.errors) != 0 {
		t.Fatalf("saving: %v", st.errors)
	}
	back, err := lesson.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Scenes) != 2 || back.Scenes[1].Year != 2009 {
		t.Errorf("reopened lesson %+v, want the two scenes saved", back.Scenes)
	}
	if !strings.Contains(p.title.Text, "my-lesson.json") || strings.HasSuffix(p.title.Text, "*") {
		t.Errorf("title %q, want the file name and no unsaved mark", p.title.Text)
	}
}

func TestStepShowsScenesOnTheStage(t *testing.T) {
	p, st, _ := testPanel(t)
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	p.Load(l, "")
	steps := []struct {
		delta, want int
	}{{1, 1}, {1, 2}, {-1, 1}, {-5, 0}, {-1, 0}}
	for _, s := range steps {
		p.Step(s.delta)
		if p.Current() != s.want {
			t.Fatalf("Step(%d): scene %d, want %d", s.delta, p.Current(), s.want)
		}
	}
	last := st.shown[len(st.shown)-1]
	if last.ID != l.Scenes[0].ID {
		t.Errorf("the stage shows %q, want the first scene %q", last.ID, l.Scenes[0].ID)
	}
	if p.caption.Text != l.Scenes[0].Caption {
		t.Errorf("caption %q, want the scene's", p.caption.Text)
	}
}

// TestRenameWithoutTitleIsRefused drives a crash path of the first-use
// audit: Lesson → Example lesson → Rename → clear the title → Save. It
// crashed the app; now the form refuses.
func TestRenameWithoutTitleIsRefused(t *testing.T) {
	tests := []struct {
		desc, title, caption string
		wantOK               bool
	}{
		{desc: "title cleared", title: ""},
		{desc: "only spaces", title: "   "},
		{desc: "title too long", title: strings.Repeat("x", lesson.MaxTitle+1)},
		{desc: "caption too long", title: "Vizcatán", caption: strings.Repeat("x", lesson.MaxCaption+1)},
		{desc: "a new title", title: "The offensive", caption: "What changed in 2008.", wantOK: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p, st, w := testPanel(t)
			p.openExample()
			before := p.Lesson().Scenes[0]
			p.renameDialog()
			es := uitest.Entries(w)
			if len(es) != 2 || es[0].Text != before.Title {
				t.Fatalf("the rename form has %d entries (first %q), want title and caption", len(es), es[0].Text)
			}
			es[0].SetText(tc.title)
			es[1].SetText(tc.caption)
			uitest.Press(t, w, "Save")
			got := p.Lesson().Scenes[0]
			if renamed := got.Title != before.Title; renamed != tc.wantOK {
				t.Errorf("title %q saved = %v, want %v", tc.title, renamed, tc.wantOK)
			}
			if tc.wantOK && (got.Title != tc.title || got.Caption != tc.caption) {
				t.Errorf("scene %q / %q, want %q / %q", got.Title, got.Caption, tc.title, tc.caption)
			}
			if len(st.errors) != 0 {
				t.Errorf("errors %v: the form alone should refuse", st.errors)
			}
		})
	}
}

func TestABadFileIsReportedAndKept(t *testing.T) {
	p, st, _ := testPanel(t)
	path := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(path, []byte(`{"version": 1, "title": "x", "scenes": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	p.Open(path)
	if len(st.errors) != 1 || !strings.Contains(st.errors[0].Error(), "broken.json") {
		t.Errorf("errors %v, want one naming broken.json", st.errors)
	}
	if b, _ := os.ReadFile(path); string(b) != `{"version": 1, "title": "x", "scenes": [` {
		t.Error("the broken file was changed")
	}
}

func TestAutosaveOfAnUnsavedLesson(t *testing.T) {
	p, _, _ := testPanel(t)
	p.addCurrent()
	p.autosave()
	if _, err := os.Stat(lesson.AutosavePath(filepath.Join(p.o.AutosaveDir, "untitled-lesson.json"))); err != nil {
		t.Errorf("no recovery copy in the autosave folder: %v", err)
	}
}

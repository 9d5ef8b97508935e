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
	left   int
	errors []error
	status []string
}

func (s *stage) Scene() lesson.Scene {
	return lesson.Scene{Center: orb.Point{-74, -12.4}, Zoom: s.zoom, Year: s.year, Layers: []string{"coca"}}
}

func (s *stage) Show(sc lesson.Scene) { s.shown = append(s.shown, sc) }

func (s *stage) Leave() { s.left++ }

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
	p.deleteScene(p.Current())
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

// TestSceneFieldsRefuseAnEmptyTitle drives a crash path of the first-use
// audit: Lesson → Example lesson → clear the scene's title. Renaming
// crashed the app; now the title field refuses the empty text, shows why,
// and the scene keeps its title.
func TestSceneFieldsRefuseAnEmptyTitle(t *testing.T) {
	tests := []struct {
		desc, title, caption string
		wantOK               bool // the title taken
		wantCaption          bool // the caption taken
	}{
		{desc: "title cleared", title: "", caption: "A caption.", wantCaption: true},
		{desc: "only spaces", title: "   ", caption: "A caption.", wantCaption: true},
		{desc: "title too long", title: strings.Repeat("x", lesson.MaxTitle+1), caption: "A caption.", wantCaption: true},
		{desc: "caption too long", title: "Vizcatán", caption: strings.Repeat("x", lesson.MaxCaption+1), wantOK: true},
		{desc: "a new title", title: "The offensive", caption: "What changed in 2008.", wantOK: true, wantCaption: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p, st, _ := testPanel(t)
			p.openExample()
			before := p.Lesson().Scenes[0]
			if p.f.sceneTitle.Text != before.Title || p.f.caption.Text != before.Caption {
				t.Fatalf("fields %q / %q, want the first scene's", p.f.sceneTitle.Text, p.f.caption.Text)
			}
			p.f.sceneTitle.SetText(tc.title)
			p.f.caption.SetText(tc.caption)
			got := p.Lesson().Scenes[0]
			if renamed := got.Title != before.Title; renamed != tc.wantOK {
				t.Errorf("title %q taken = %v, want %v", tc.title, renamed, tc.wantOK)
			}
			if captioned := got.Caption == tc.caption; captioned != tc.wantCaption {
				t.Errorf("caption of %d characters taken = %v, want %v", len(tc.caption), captioned, tc.wantCaption)
			}
			if (p.f.sceneTitle.Validate() == nil) != tc.wantOK || (p.f.caption.Validate() == nil) != tc.wantCaption {
				t.Error("a refused field does not show why, or an accepted one shows an error")
			}
			if tc.wantOK && tc.wantCaption && (got.Title != tc.title || !p.Dirty()) {
				t.Errorf("scene %q (dirty %v), want %q and unsaved", got.Title, p.Dirty(), tc.title)
			}
			if len(st.errors) != 0 {
				t.Errorf("errors %v: the fields alone should refuse", st.errors)
			}
		})
	}
}

func TestLessonTitleAndDescription(t *testing.T) {
	p, _, _ := testPanel(t)
	p.f.lessonTitle.SetText("The VRAEM for Year 5")
	p.f.description.SetText("Three scenes.")
	if l := p.Lesson(); l.Title != "The VRAEM for Year 5" || l.Description != "Three scenes." || !p.Dirty() {
		t.Errorf("lesson %q / %q (dirty %v), want the fields' texts, unsaved", l.Title, l.Description, p.Dirty())
	}
	p.f.lessonTitle.SetText("")
	if p.Lesson().Title != "The VRAEM for Year 5" {
		t.Errorf("an empty title was taken: %q", p.Lesson().Title)
	}
}

// TestAddViewStaysPut: adding the view as a scene captures it without
// showing it again (which flew the map and brought the Details tab
// forward, audit bug 15).
func TestAddViewStaysPut(t *testing.T) {
	p, st, _ := testPanel(t)
	p.addCurrent()
	p.addCurrent()
	if len(st.shown) != 0 {
		t.Errorf("adding views showed %d scenes on the stage, want none", len(st.shown))
	}
	if p.Current() != 1 || p.f.sceneTitle.Text != "Scene 2" {
		t.Errorf("current %d, title field %q; want the new scene 2 ready to name", p.Current(), p.f.sceneTitle.Text)
	}
}

// TestDeleteAsksAndUndoes: Delete asks first, and Undo delete puts the
// scene back where it was (audit bug 9: no confirmation, no way back).
func TestDeleteAsksAndUndoes(t *testing.T) {
	p, st, w := testPanel(t)
	for i := 0; i < 3; i++ {
		st.year = 2008 + i
		p.addCurrent()
	}
	p.Go(1)
	p.deleteCurrent()
	uitest.Press(t, w, "No")
	if len(p.Lesson().Scenes) != 3 {
		t.Fatal("No deleted the scene")
	}
	p.deleteCurrent()
	uitest.Press(t, w, "Yes")
	if len(p.Lesson().Scenes) != 2 || p.undoB.Disabled() {
		t.Fatalf("%d scenes, undo disabled %v; want 2 and undo offered", len(p.Lesson().Scenes), p.undoB.Disabled())
	}
	p.undoDelete()
	if l := p.Lesson().Scenes; len(l) != 3 || l[1].Year != 2009 || p.Current() != 1 || !p.undoB.Disabled() {
		t.Errorf("after undo: %d scenes, the second from %d, current %d; want the scene back in place", len(l), l[1].Year, p.Current())
	}
}

// TestNewAsksWhenChangesWouldBeLost: New and Example lesson replace an
// unsaved lesson only after asking (audit bug 9).
func TestNewAsksWhenChangesWouldBeLost(t *testing.T) {
	p, st, w := testPanel(t)
	p.addCurrent()
	p.newLesson()
	uitest.Press(t, w, "No")
	if len(p.Lesson().Scenes) != 1 {
		t.Fatal("New replaced an unsaved lesson without asking")
	}
	p.openExample()
	uitest.Press(t, w, "Yes")
	if len(p.Lesson().Scenes) < 2 || p.Dirty() {
		t.Errorf("Yes did not open the example lesson")
	}
	p.newLesson() // nothing unsaved: no question
	if len(p.Lesson().Scenes) != 0 || st.left == 0 {
		t.Errorf("New with nothing unsaved: %d scenes, the stage left %d times", len(p.Lesson().Scenes), st.left)
	}
}

// TestSaveOverTheDialogsEmptyFile: fyne's save dialog creates the file,
// empty, before handing its name over; saving there keeps no corrupt copy
// of it (audit bug 8).
func TestSaveOverTheDialogsEmptyFile(t *testing.T) {
	p, st, _ := testPanel(t)
	p.addCurrent()
	dir := t.TempDir()
	path := filepath.Join(dir, "my-lesson.json")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	dropEmpty(path)
	p.saveTo(path)
	if len(st.errors) != 0 {
		t.Fatal(st.errors)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the folder holds %v, want my-lesson.json alone", names)
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

package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

func exampleLesson(t *testing.T) *lesson.Lesson {
	t.Helper()
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestPresentationSceneStepper(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	mw.Lessons.Load(exampleLesson(t), "")
	mw.SetPresenting(true)
	q.settle(t, mw)
	if !mw.Presenting() {
		t.Fatal("not presenting")
	}
	steps := []struct {
		desc string
		key  fyne.KeyName
		want int
	}{
		{desc: "clicker forward", key: fyne.KeyPageDown, want: 1},
		{desc: "right arrow", key: fyne.KeyRight, want: 2},
		{desc: "clicker back", key: fyne.KeyPageUp, want: 1},
		{desc: "left arrow", key: fyne.KeyLeft, want: 0},
		{desc: "left at the first scene stays", key: fyne.KeyLeft, want: 0},
		{desc: "space", key: fyne.KeySpace, want: 1},
	}
	for _, s := range steps {
		mw.mapKey(&fyne.KeyEvent{Name: s.key})
		q.settle(t, mw)
		if got := mw.Lessons.Current(); got != s.want {
			t.Fatalf("%s: scene %d, want %d", s.desc, got, s.want)
		}
		scene := mw.Lessons.Lesson().Scenes[s.want]
		if mw.Timeline.Year() != scene.Year || mw.state.Selected != scene.Selected {
			t.Errorf("%s: year %d selected %q, want the scene's %d %q", s.desc, mw.Timeline.Year(), mw.state.Selected, scene.Year, scene.Selected)
		}
		if v := mw.Map.View(); !near(v.Center[0], scene.Center[0], 1e-6) || !near(v.Zoom, scene.Zoom, 1e-6) {
			t.Errorf("%s: view %v zoom %v, want the scene's %v zoom %v", s.desc, v.Center, v.Zoom, scene.Center, scene.Zoom)
		}
	}
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // closes the selection
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // leaves presentation mode
	if mw.Presenting() {
		t.Error("Esc with nothing selected should leave presentation mode")
	}
}

func TestPresentationGolden(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	mw.Lessons.Load(exampleLesson(t), "")
	mw.SetPresenting(true)
	q.settle(t, mw)
	mw.Lessons.Step(1)
	q.settle(t, mw)
	goldentest.AssertImage(t, "presentation_vraem_scene2", mw.Window.Canvas().Capture())
}

func TestLessonBuildSaveReopen(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 2008})
	p := mw.Lessons
	p.newLesson()
	for i := 0; i < 3; i++ {
		mw.Map.SetView(geo.View{Center: mw.Map.View().Center, Zoom: 6 + float64(i)})
		mw.Timeline.SetYear(2008 + i)
		p.addCurrent()
	}
	q.settle(t, mw)
	if n := len(p.Lesson().Scenes); n != 3 {
		t.Fatalf("%d scenes, want 3", n)
	}
	p.move(-1) // scene 3 becomes scene 2
	if p.Lesson().Scenes[1].Year != 2010 {
		t.Errorf("after moving up, scene 2 is from %d, want 2010", p.Lesson().Scenes[1].Year)
	}
	p.deleteCurrent()
	if n := len(p.Lesson().Scenes); n != 2 {
		t.Fatalf("%d scenes after delete, want 2", n)
	}
	path := filepath.Join(t.TempDir(), "my-lesson.json")
	p.saveTo(path)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("lesson not saved: %v", err)
	}
	back, err := lesson.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Scenes) != 2 || back.Scenes[1].Year != 2009 {
		t.Errorf("reopened lesson %+v, want the two scenes saved", back.Scenes)
	}
}

func near(a, b, tol float64) bool { return a-b <= tol && b-a <= tol }

package lesson

import (
	"errors"
	"reflect"
	"testing"
)

func ids(l *Lesson) []string {
	var out []string
	for _, s := range l.Scenes {
		out = append(out, s.ID)
	}
	return out
}

func threeScenes() *Lesson {
	l := New("Three")
	for _, id := range []string{"a", "b", "c"} {
		l.Add(Scene{ID: id, Title: "Scene " + id, Zoom: 6, Year: 2010, Center: [2]float64{-75, -10}})
	}
	return l
}

func TestSceneHelpers(t *testing.T) {
	tests := []struct {
		desc    string
		edit    func(l *Lesson) error
		want    []string
		wantErr error
	}{
		{desc: "move forward", edit: func(l *Lesson) error { return l.Move(0, 2) }, want: []string{"b", "c", "a"}},
		{desc: "move back", edit: func(l *Lesson) error { return l.Move(2, 0) }, want: []string{"c", "a", "b"}},
		{desc: "move in place", edit: func(l *Lesson) error { return l.Move(1, 1) }, want: []string{"a", "b", "c"}},
		{desc: "move out of range", edit: func(l *Lesson) error { return l.Move(0, 3) }, want: []string{"a", "b", "c"}, wantErr: ErrNoScene},
		{desc: "delete middle", edit: func(l *Lesson) error { return l.Delete(1) }, want: []string{"a", "c"}},
		{desc: "delete out of range", edit: func(l *Lesson) error { return l.Delete(-1) }, want: []string{"a", "b", "c"}, wantErr: ErrNoScene},
		{desc: "add without id", edit: func(l *Lesson) error { l.Add(Scene{Title: "d"}); return nil }, want: []string{"a", "b", "c", "s4"}},
		{desc: "add with a used id", edit: func(l *Lesson) error { l.Add(Scene{ID: "b", Title: "d"}); return nil },
			want: []string{"a", "b", "c", "s4"}},
		{desc: "add with a malformed id", edit: func(l *Lesson) error { l.Add(Scene{ID: "x y", Title: "d"}); return nil },
			want: []string{"a", "b", "c", "s4"}},
		{desc: "add after delete keeps ids unique", edit: func(l *Lesson) error {
			l.Add(Scene{Title: "d"}) // s4
			if err := l.Delete(0); err != nil {
				return err
			}
			l.Add(Scene{Title: "e"}) // s4 is taken: s5
			return nil
		}, want: []string{"b", "c", "s4", "s5"}},
		{desc: "update keeps the id", edit: func(l *Lesson) error { return l.Update(1, Scene{ID: "zzz", Title: "new"}) },
			want: []string{"a", "b", "c"}},
		{desc: "rename", edit: func(l *Lesson) error { return l.Rename(0, "  Renamed ") }, want: []string{"a", "b", "c"}},
		{desc: "rename to nothing", edit: func(l *Lesson) error { return l.Rename(0, " ") }, want: []string{"a", "b", "c"},
			wantErr: errors.New("empty title")},
	}
	for _, tt := range tests {
		l := threeScenes()
		err := tt.edit(l)
		switch {
		case tt.wantErr == nil && err != nil:
			t.Errorf("%s: %v", tt.desc, err)
		case tt.wantErr == ErrNoScene && !errors.Is(err, ErrNoScene):
			t.Errorf("%s: err = %v, want ErrNoScene", tt.desc, err)
		case tt.wantErr != nil && err == nil:
			t.Errorf("%s: no error", tt.desc)
		}
		if got := ids(l); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: scenes %v, want %v", tt.desc, got, tt.want)
		}
	}
}

func TestRenameAndUpdate(t *testing.T) {
	l := threeScenes()
	if err := l.Rename(0, "  Renamed "); err != nil || l.Scenes[0].Title != "Renamed" {
		t.Errorf("Rename: %v, title %q", err, l.Scenes[0].Title)
	}
	if err := l.Update(2, Scene{Title: "New view", Zoom: 9}); err != nil || l.Scenes[2].Zoom != 9 || l.Scenes[2].ID != "c" {
		t.Errorf("Update: %v, scene %+v", err, l.Scenes[2])
	}
}

func TestTextIn(t *testing.T) {
	l := &Lesson{Title: "T", TitleES: "T es", Description: "D"}
	s := Scene{Title: "S", Caption: "C", CaptionES: "C es"}
	tests := []struct {
		desc, got, want string
	}{
		{desc: "lesson title es", got: l.TitleIn("es"), want: "T es"},
		{desc: "lesson title en", got: l.TitleIn("en"), want: "T"},
		{desc: "description falls back", got: l.DescriptionIn("es"), want: "D"},
		{desc: "scene title falls back", got: s.TitleIn("es"), want: "S"},
		{desc: "caption es", got: s.CaptionIn("es"), want: "C es"},
		{desc: "caption other language", got: s.CaptionIn("qu"), want: "C"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, tt.got, tt.want)
		}
	}
}

func TestNewLessonSaves(t *testing.T) {
	l := New("Untitled lesson")
	if err := l.Check(); err != nil {
		t.Errorf("a new empty lesson does not check: %v", err)
	}
}

package lesson

import (
	"slices"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
)

// TestExampleLesson checks the shipped lesson against the embedded atlas:
// it parses, every selected id is a feature active in the scene's year,
// and everything is translated.
func TestExampleLesson(t *testing.T) {
	l, err := Example()
	if err != nil {
		t.Fatal(err)
	}
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	known := func(id string) bool { _, ok := d.ByID(id); return ok }
	if err := Validate(l, known); err != nil {
		t.Fatal(err)
	}
	if n := len(l.Scenes); n < 5 || n > 7 {
		t.Errorf("example has %d scenes, want 5 to 7", n)
	}
	if l.TitleES == "" || l.DescriptionES == "" || l.Description == "" {
		t.Error("example lesson lacks its description or a Spanish title/description")
	}
	annotated := 0
	for i, s := range l.Scenes {
		if s.TitleES == "" || s.CaptionES == "" || s.Caption == "" {
			t.Errorf("scene %d (%s) lacks a caption or a Spanish title/caption", i+1, s.ID)
		}
		if s.Zoom < 5.5 || s.Zoom > 9 {
			t.Errorf("scene %d (%s): zoom %g outside 5.5..9", i+1, s.ID, s.Zoom)
		}
		if s.Selected == "" {
			t.Errorf("scene %d (%s) selects no feature", i+1, s.ID)
			continue
		}
		f, _ := d.ByID(s.Selected)
		if !f.OnMapIn(s.Year, nil) {
			t.Errorf("scene %d (%s): %s is not on the map in %d (%s)", i+1, s.ID, f.ID, s.Year, f.Period)
		}
		if !sceneShowsLayer(s, f.Layer) {
			t.Errorf("scene %d (%s): %s is on layer %s, which the scene hides", i+1, s.ID, f.ID, f.Layer)
		}
		if len(s.Annotations) > 0 {
			annotated++
		}
	}
	if annotated < 2 {
		t.Errorf("%d scenes have annotations, want at least 2", annotated)
	}
}

func sceneShowsLayer(s Scene, l data.Layer) bool {
	layers, err := data.ParseLayers(strings.Join(s.Layers, ","))
	return err == nil && slices.Contains(layers, l)
}

// TestExampleJSONIsCanonical checks that the shipped file reads back
// unchanged through Marshal, so a teacher who saves it gets the same file.
func TestExampleJSONIsCanonical(t *testing.T) {
	l, err := Example()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse(strings.NewReader(string(b)), "marshalled")
	if err != nil {
		t.Fatal(err)
	}
	if b2, _ := Marshal(again); string(b2) != string(b) {
		t.Error("Marshal(Parse(Marshal(example))) differs from Marshal(example)")
	}
}

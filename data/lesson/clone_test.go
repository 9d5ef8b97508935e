package lesson

import (
	"reflect"
	"testing"
)

// TestCloneSharesNothingEdited: editing the lesson after Clone leaves the
// copy as it was.
func TestCloneSharesNothingEdited(t *testing.T) {
	l, err := Example()
	if err != nil {
		t.Fatal(err)
	}
	c := l.Clone()
	if !reflect.DeepEqual(c, l) {
		t.Fatal("the clone differs from the lesson")
	}
	title, layer := l.Scenes[0].Title, l.Scenes[0].Layers[0]
	if err := l.Rename(0, "Renamed"); err != nil {
		t.Fatal(err)
	}
	l.Scenes[0].Layers[0] = "routes-changed"
	if err := l.Move(0, 1); err != nil {
		t.Fatal(err)
	}
	if err := l.Delete(2); err != nil {
		t.Fatal(err)
	}
	if c.Scenes[0].Title != title || c.Scenes[0].Layers[0] != layer || len(c.Scenes) != len(l.Scenes)+1 {
		t.Errorf("editing the lesson changed the clone: first scene %q %v, %d scenes", c.Scenes[0].Title, c.Scenes[0].Layers, len(c.Scenes))
	}
}

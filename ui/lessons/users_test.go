package lessons

import (
	"context"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

func userLayer(t *testing.T, name string) *userlayer.Layer {
	t.Helper()
	l, err := userlayer.Read(context.Background(), strings.NewReader("name,lat,lon\nA,-12.5,-73.8\nB,-12.6,-73.9\n"), name, userlayer.FormatCSV, userlayer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestUserLayersFollowTheMap: the lesson holds the map's user layers; a
// layer removed takes its features' selections with it, the later
// layers' follow them; a lesson opened hands its own to the map first.
func TestUserLayersFollowTheMap(t *testing.T) {
	p, _, _ := testPanel(t)
	a, b := userLayer(t, "a.csv"), userLayer(t, "b.csv")
	p.SetUsers([]*userlayer.Layer{a, b})
	if p.Dirty() {
		t.Error("a lesson with no scenes has changes once layers are added")
	}
	p.addCurrent()
	p.Lesson().Scenes[0].Selected = userlayer.FeatureID(1, 1)
	p.addCurrent()
	p.Lesson().Scenes[1].Selected = userlayer.FeatureID(0, 0)
	p.dirty = false
	if lost := p.DropUser(0); !lost || !p.Dirty() {
		t.Errorf("dropping layer 0: lost %v, dirty %v; want a scene's selection lost and changes to save", lost, p.Dirty())
	}
	if got := []string{p.Lesson().Scenes[0].Selected, p.Lesson().Scenes[1].Selected}; got[0] != "user:0:1" || got[1] != "" {
		t.Errorf("selections after dropping layer 0: %q", got)
	}
	if len(p.Lesson().Users) != 1 || p.Lesson().Users[0] != b {
		t.Errorf("the lesson's layers: %v", p.Lesson().Users)
	}

	var given []*userlayer.Layer
	p.o.OnUsers = func(ls []*userlayer.Layer) []*userlayer.Layer {
		given = ls
		return append(ls, a) // the map also had a layer of its own
	}
	opened := lesson.New("Opened")
	opened.Users = []*userlayer.Layer{b}
	p.Load(opened, "")
	if len(given) != 1 || given[0] != b || len(p.Lesson().Users) != 2 || p.Dirty() {
		t.Errorf("opening: gave the map %d layers, the lesson holds %d (dirty %v); want 1 and 2, unchanged", len(given), len(p.Lesson().Users), p.Dirty())
	}
}

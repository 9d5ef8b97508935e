package lessons

import (
	"slices"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// The lesson's user layers are the map's: the window tells the panel
// when the user adds layers (SetUsers) or removes one (DropUser), and a
// lesson opened hands its own to the window (Options.OnUsers) before its
// first scene, so that its scenes' selections of user features
// (userlayer.FeatureID) name the features they named when saved. A save
// embeds them (lesson.Lesson.Users).

// SetUsers makes layers, the user layers on the map in its order, the
// lesson's: a save embeds them. A lesson with scenes then has changes to
// save.
func (p *Panel) SetUsers(layers []*userlayer.Layer) {
	if slices.Equal(layers, p.lesson.Users) {
		return
	}
	p.lesson.Users = slices.Clone(layers)
	if len(p.lesson.Scenes) > 0 {
		p.changed()
	}
}

// DropUser removes user layer i (from 0) from the lesson as the user
// removes it from the map: a scene that selected one of its features
// selects nothing, and those that selected a later layer's features
// follow them. It reports whether a scene lost its selection.
func (p *Panel) DropUser(i int) (lost bool) {
	for _, s := range p.lesson.Scenes {
		if l, _, ok := userlayer.ParseFeatureID(s.Selected); ok && l == i {
			lost = true
		}
	}
	if !p.lesson.DropUser(i) {
		return false
	}
	if p.deleted != nil {
		p.deleted.Selected = userlayer.Renumber(p.deleted.Selected, userlayer.Removed(i))
	}
	if len(p.lesson.Scenes) > 0 {
		p.changed()
	}
	return lost
}

// takeUsers hands the user layers of lesson l, just opened, to the
// window, and keeps the layers the map then draws (the lesson's first) as
// the lesson's.
func (p *Panel) takeUsers() {
	if p.o.OnUsers != nil {
		p.lesson.Users = slices.Clone(p.o.OnUsers(p.lesson.Users))
	}
}

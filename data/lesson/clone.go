package lesson

import "slices"

// Clone returns a copy of l that shares nothing l's editing methods
// change: its scenes, their layers and annotations are copied. The user
// layers, which are not changed once read, are shared. An export running
// in the background reads the copy while the lesson is edited.
func (l *Lesson) Clone() *Lesson {
	c := *l
	c.Scenes = make([]Scene, len(l.Scenes))
	for i, s := range l.Scenes {
		s.Layers = slices.Clone(s.Layers)
		s.Annotations = slices.Clone(s.Annotations)
		c.Scenes[i] = s
	}
	c.Users = slices.Clone(l.Users)
	return &c
}

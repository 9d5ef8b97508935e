package ui

import (
	"math"
	"time"

	"fyne.io/fyne/v2"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo"
)

// flyDuration is how long the map takes to move between lesson scenes.
const flyDuration = 1200 * time.Millisecond

// currentScene captures what is on screen as a lesson scene.
func (mw *MainWindow) currentScene() lesson.Scene {
	v := mw.Map.View()
	s := lesson.Scene{Center: v.Center, Zoom: v.Zoom, Year: mw.state.Year, Selected: mw.state.Selected, Layers: []string{}}
	for _, g := range data.Groups() {
		if mw.state.Groups[g.Name] {
			s.Layers = append(s.Layers, g.Name)
		}
	}
	if mw.annotations != nil {
		s.Annotations = append([]annotation.Annotation(nil), mw.annotations.Annotations...)
	}
	return s
}

// applyScene shows a scene: year, layers, selection and annotations at
// once, the view by a smooth flight from where the map is.
func (mw *MainWindow) applyScene(s lesson.Scene) {
	for _, g := range data.Groups() {
		on := false
		for _, name := range s.Layers {
			on = on || name == g.Name
		}
		mw.state.Groups[g.Name] = on
		mw.Layers.SetChecked(g.Name, on)
	}
	mw.setAnnotations(sceneAnnotations(s))
	mw.Timeline.SetYear(s.Year)
	if s.Selected != "" {
		mw.selectFeature(s.Selected, false)
	} else {
		mw.clearSelection()
	}
	mw.redraw()
	mw.flyTo(geo.View{Center: s.Center, Zoom: s.Zoom})
}

// flyTo animates the map to a view's centre and zoom: out and back in
// along the way when the two are far apart, like a camera moving.
func (mw *MainWindow) flyTo(target geo.View) {
	if mw.anim != nil {
		mw.anim.Stop()
	}
	start := mw.Map.View()
	target.Width, target.Height = start.Width, start.Height
	a, b := geo.Project(start.Center, 0), geo.Project(target.Center, 0)
	dist := b.Sub(a)
	// Zoom out by up to two levels in the middle of long flights.
	k := math.Exp2(math.Floor(math.Max(0, min(start.Zoom, target.Zoom)))) // world-0 to screen pixels, at whole zooms
	span := (math.Abs(dist.X) + math.Abs(dist.Y)) * k / max(start.Width, 1)
	dip := min(2, max(0, span-0.5))
	mw.anim = fyne.NewAnimation(flyDuration, func(f float32) {
		t := float64(f)
		c := geo.Unproject(a.Add(dist.Scale(t)), 0)
		z := start.Zoom + (target.Zoom-start.Zoom)*t - dip*4*t*(1-t)
		mw.Map.SetView(geo.View{Center: c, Zoom: z})
	})
	mw.anim.Curve = fyne.AnimationEaseInOut
	mw.anim.Start()
}

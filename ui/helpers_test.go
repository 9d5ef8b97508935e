package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// findCheck is the check box labelled text in o.
func findCheck(t *testing.T, o fyne.CanvasObject, text string) *widget.Check {
	t.Helper()
	for _, o := range test.LaidOutObjects(o) {
		if c, ok := o.(*widget.Check); ok && c.Text == text {
			return c
		}
	}
	t.Fatalf("no check box %q", text)
	return nil
}

// sliderYear is the year the timeline's slider shows.
func sliderYear(t *testing.T, o fyne.CanvasObject) int {
	t.Helper()
	for _, o := range test.LaidOutObjects(o) {
		if s, ok := o.(*widget.Slider); ok {
			return int(s.Value)
		}
	}
	t.Fatal("no slider")
	return 0
}

// contains reports whether r holds all of o.
func (r rect) contains(o rect) bool {
	return o.X >= r.X && o.Y >= r.Y && o.X+o.W <= r.X+r.W && o.Y+o.H <= r.Y+r.H
}

package ui

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo"
)

// TestStateKeptWithoutACleanClose: what the window shows reaches the
// preferences while it runs, so a crash loses little (audit bug 1: after
// a crash the next start showed 2022, all of Peru and no annotations).
func TestStateKeptWithoutACleanClose(t *testing.T) {
	mw, _ := newTestWindow(t, Options{})
	mw.timeline.SetYear(2009)
	mw.setAnnotations(&annotation.Set{Version: annotation.Version, Annotations: []annotation.Annotation{
		{ID: "a1", Kind: annotation.KindText, At: orb.Point{-74, -12.4}, Text: "VRAEM"}}})
	mw.saveIfChanged() // what the ticker does every saveEvery
	got, err := session.Load(mw.app.Preferences(), mw.ds, geo.PeruLimits().Bound)
	if err != nil {
		t.Fatal(err)
	}
	if got.Year != 2009 || len(got.Annotations.Annotations) != 1 {
		t.Errorf("kept year %d and %d annotations, want 2009 and the label", got.Year, len(got.Annotations.Annotations))
	}
}

// TestLessonKeepsTheUsersOwnMap: opening the example lesson and stepping
// through it shows the scenes' layers and annotations, but the user's own
// are what a restart restores, and Leave brings them back (audit bug 9).
func TestLessonKeepsTheUsersOwnMap(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 2010})
	own := &annotation.Set{Version: annotation.Version, Annotations: []annotation.Annotation{
		{ID: "mine", Kind: annotation.KindCircle, At: orb.Point{-77, -12}, RadiusKm: 40}}}
	mw.setAnnotations(own)
	mw.state.Groups["ports"] = false
	mw.side.lessons.Load(exampleLesson(t), "")
	mw.side.lessons.Step(1)
	q.settle(t, mw)
	if mw.state.Annotations == own {
		t.Fatal("the scene did not replace the annotations on screen")
	}
	mw.saveState()
	kept, err := session.Load(mw.app.Preferences(), mw.ds, geo.PeruLimits().Bound)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept.Annotations.Annotations) != 1 || kept.Annotations.Annotations[0].ID != "mine" || kept.Groups["ports"] || kept.Year != 2010 {
		t.Errorf("kept %d annotations, ports on %v, year %d: want the user's own circle, ports off, 2010",
			len(kept.Annotations.Annotations), kept.Groups["ports"], kept.Year)
	}
	mw.side.lessons.Load(exampleLesson(t), "")
	windowStage{mw}.Leave()
	q.settle(t, mw)
	if mw.state.Annotations != own || mw.state.Groups["ports"] || mw.state.Year != 2010 {
		t.Errorf("after Leave: annotations %v, ports on %v, year %d; want the user's own back", mw.state.Annotations, mw.state.Groups["ports"], mw.state.Year)
	}
}

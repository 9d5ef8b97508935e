package timeline

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

func newTimeline(from, to, year int) *Timeline {
	return New(from, to, year, uikit.NewTips(container.NewWithoutLayout(), nil))
}

func TestSetStepAndClamp(t *testing.T) {
	test.NewTempApp(t)
	tl := newTimeline(1980, 2022, 2000)
	var seen []int
	tl.OnChanged = func(y int) { seen = append(seen, y) }
	tl.Step(1)
	tl.SetYear(1900)
	tl.SetYear(1900) // no change, no report
	tl.SetYear(2100)
	tl.slider.SetValue(1995) // as a drag of the slider
	if want := []int{2001, 1980, 2022, 1995}; !slices.Equal(seen, want) {
		t.Errorf("changes %v, want %v", seen, want)
	}
	if tl.label.Text != "1995" || tl.year != 1995 {
		t.Errorf("shows %q (year %d), want 1995", tl.label.Text, tl.year)
	}
}

func TestPlay(t *testing.T) {
	test.NewTempApp(t)
	tl := newTimeline(1980, 2022, 2022)
	tl.TogglePlay()
	if !tl.Playing() || tl.year != 1980 {
		t.Fatalf("play from the end should restart at 1980 (year %d, playing %v)", tl.year, tl.Playing())
	}
	tl.tick()
	if tl.year != 1981 {
		t.Errorf("a tick moved to %d, want 1981", tl.year)
	}
	tl.SetYear(2021)
	tl.tick()
	if tl.year != 2022 || tl.Playing() {
		t.Errorf("the tick into the last year: year %d, playing %v; want 2022 and paused", tl.year, tl.Playing())
	}
	tl.TogglePlay()
	tl.TogglePlay()
	if tl.Playing() {
		t.Error("a second TogglePlay did not pause")
	}
}

package timeline

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// playStep is how long each year stays on screen while playing.
const playStep = 900 * time.Millisecond

// Timeline is the year slider with a large year readout and a play/pause
// button that steps one year at a steady pace.
type Timeline struct {
	widget.BaseWidget
	from, to int
	year     int
	slider   *widget.Slider
	label    *canvas.Text
	play     *uikit.TipButton
	stop     func() // stops the playing; nil while paused
	root     fyne.CanvasObject

	// OnChanged is called with the new year after every change.
	OnChanged func(year int)
}

// yearScale is the year readout's size, in heading sizes of the theme:
// large enough to read across a room, and larger still while presenting.
const yearScale = 1.4

// New returns a timeline from..to showing year; the play button's tip
// shows on tips.
func New(from, to, year int, tips *uikit.Tips) *Timeline {
	t := &Timeline{from: from, to: to}
	t.slider = widget.NewSlider(float64(from), float64(to))
	t.slider.Step = 1
	t.label = canvas.NewText("", nil)
	t.label.TextStyle.Bold = true
	t.play = tips.Button("", theme.MediaPlayIcon(), lang.L("Play the years (space on the map); the slider takes the arrow keys"), t.TogglePlay)
	t.slider.OnChanged = func(v float64) { t.set(int(v), false) }
	ends := container.NewBorder(nil, nil, widget.NewLabel(fmt.Sprint(from)), widget.NewLabel(fmt.Sprint(to)), t.slider)
	left := container.NewHBox(t.play, t.label)
	// The play button comes first among the objects, so Tab reaches it
	// before the slider.
	t.root = container.New(layout.NewBorderLayout(nil, nil, left, nil), left, ends)
	t.ExtendBaseWidget(t)
	t.set(year, true)
	return t
}

// CreateRenderer shows the play button, the year and the slider.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	t.style()
	return widget.NewSimpleRenderer(t.root)
}

// Refresh takes the year's colour and size from the theme again (a change
// of theme refreshes every widget).
func (t *Timeline) Refresh() {
	t.style()
	t.BaseWidget.Refresh()
}

// style gives the year readout the theme's text colour and a size
// relative to its headings.
func (t *Timeline) style() {
	t.label.Color = theme.ColorForWidget(theme.ColorNameForeground, t)
	t.label.TextSize = theme.SizeForWidget(theme.SizeNameHeadingText, t) * yearScale
	t.label.Refresh()
}

// Playing reports whether the timeline is animating.
func (t *Timeline) Playing() bool { return t.stop != nil }

// SetYear moves to year (clamped to the range).
func (t *Timeline) SetYear(year int) { t.set(year, true) }

// Step moves by delta years, clamped.
func (t *Timeline) Step(delta int) { t.set(t.year+delta, true) }

func (t *Timeline) set(year int, moveSlider bool) {
	year = max(t.from, min(t.to, year))
	if year == t.year && t.label.Text != "" {
		return
	}
	t.year = year
	t.label.Text = fmt.Sprint(year)
	t.label.Refresh()
	if moveSlider && int(t.slider.Value) != year {
		t.slider.SetValue(float64(year))
	}
	if t.OnChanged != nil {
		t.OnChanged(year)
	}
}

// TogglePlay starts or pauses the animation. Playing from the last year
// starts again at the first.
func (t *Timeline) TogglePlay() {
	if t.stop != nil {
		t.Pause()
		return
	}
	if t.year >= t.to {
		t.set(t.from, true)
	}
	t.play.SetIcon(theme.MediaPauseIcon())
	t.stop = uikit.Every(playStep, fyne.Do, t.tick)
}

// tick advances one year on the UI goroutine, pausing at the end.
func (t *Timeline) tick() {
	if t.stop == nil {
		return
	}
	t.Step(1)
	if t.year >= t.to {
		t.Pause()
	}
}

// Pause stops the animation.
func (t *Timeline) Pause() {
	if t.stop == nil {
		return
	}
	t.stop()
	t.stop = nil
	t.play.SetIcon(theme.MediaPlayIcon())
}

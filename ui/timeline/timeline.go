package timeline

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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
	play     *widget.Button
	ticker   *time.Ticker
	stop     chan struct{}
	root     fyne.CanvasObject

	// OnChanged is called with the new year after every change.
	OnChanged func(year int)
}

// New returns a timeline from..to showing year.
func New(from, to, year int) *Timeline {
	t := &Timeline{from: from, to: to}
	t.slider = widget.NewSlider(float64(from), float64(to))
	t.slider.Step = 1
	t.label = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	t.label.TextSize = 34
	t.label.TextStyle.Bold = true
	t.play = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), t.TogglePlay)
	t.slider.OnChanged = func(v float64) { t.set(int(v), false) }
	ends := container.NewBorder(nil, nil, widget.NewLabel(fmt.Sprint(from)), widget.NewLabel(fmt.Sprint(to)), t.slider)
	t.root = container.NewBorder(nil, nil, container.NewHBox(t.play, t.label), nil, ends)
	t.ExtendBaseWidget(t)
	t.set(year, true)
	return t
}

// CreateRenderer shows the play button, the year and the slider.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.root) }

// Playing reports whether the timeline is animating.
func (t *Timeline) Playing() bool { return t.ticker != nil }

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
	t.label.Color = theme.Color(theme.ColorNameForeground)
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
	if t.ticker != nil {
		t.Pause()
		return
	}
	if t.year >= t.to {
		t.set(t.from, true)
	}
	t.play.SetIcon(theme.MediaPauseIcon())
	t.ticker = time.NewTicker(playStep)
	t.stop = make(chan struct{})
	ticks, stop := t.ticker.C, t.stop
	go func() {
		for {
			select {
			case <-ticks:
				fyne.Do(t.tick)
			case <-stop:
				return
			}
		}
	}()
}

// tick advances one year on the UI goroutine, pausing at the end.
func (t *Timeline) tick() {
	if t.ticker == nil {
		return
	}
	t.Step(1)
	if t.year >= t.to {
		t.Pause()
	}
}

// Pause stops the animation.
func (t *Timeline) Pause() {
	if t.ticker == nil {
		return
	}
	t.ticker.Stop()
	close(t.stop)
	t.ticker = nil
	t.play.SetIcon(theme.MediaPlayIcon())
}

package export

import (
	"errors"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo/animate"
)

// formatField is an animation's format: GIF, MP4 and, where offered, a
// folder of PNG frames. Without ffmpeg on PATH, MP4 is shown disabled
// with the reason under it.
type formatField struct {
	choice *widget.RadioGroup
	labels map[string]animate.Format
	item   *widget.FormItem
}

// newFormatField builds the format item; noMP4 is why an MP4 cannot be
// written (nil when it can), chosen is told each format chosen.
func newFormatField(frames bool, noMP4 error, chosen func(animate.Format)) *formatField {
	ff := &formatField{labels: map[string]animate.Format{}}
	all := []struct {
		f    animate.Format
		text string
	}{{animate.FormatGIF, "GIF"}, {animate.FormatMP4, "MP4"}, {animate.FormatFrames, lang.L("PNG frames")}}
	var on, off []string
	for _, c := range all {
		switch {
		case c.f == animate.FormatFrames && !frames:
		case c.f == animate.FormatMP4 && noMP4 != nil:
			off = append(off, c.text)
		default:
			on = append(on, c.text)
			ff.labels[c.text] = c.f
		}
	}
	ff.choice = widget.NewRadioGroup(on, func(string) {
		if chosen != nil {
			chosen(ff.value())
		}
	})
	ff.choice.Horizontal = true
	ff.choice.Required = true // choosing the chosen format again must not clear it
	var content fyne.CanvasObject = ff.choice
	if len(off) > 0 {
		unavailable := widget.NewRadioGroup(off, nil)
		unavailable.Horizontal = true
		unavailable.Disable()
		content = container.NewHBox(ff.choice, unavailable)
	}
	ff.item = widget.NewFormItem(lang.L("Format"), content)
	if noMP4 != nil {
		ff.item.HintText = lang.L("MP4 needs ffmpeg, which is not on PATH")
	}
	return ff
}

// value is the chosen format, "" before one is.
func (ff *formatField) value() animate.Format { return ff.labels[ff.choice.Selected] }

// choose selects format f, if offered.
func (ff *formatField) choose(f animate.Format) {
	for text, g := range ff.labels {
		if g == f {
			ff.choice.SetSelected(text)
		}
	}
}

// recall chooses the remembered format, or GIF when it is not offered
// (an MP4 when ffmpeg has gone).
func (ff *formatField) recall(m memo) {
	ff.choose(animate.Format(m.get(memFormat, string(animate.FormatGIF))))
	if ff.value() == "" {
		ff.choose(animate.FormatGIF)
	}
}

// remember keeps the format chosen.
func (ff *formatField) remember(m memo) { m.set(memFormat, string(ff.value())) }

// extOf is the extension a file of format f takes: none for a folder.
func extOf(f animate.Format) string {
	if f == animate.FormatFrames {
		return ""
	}
	return string(f)
}

// checkTarget accepts a path that format want can be written to: a .gif
// or .mp4 file, or a folder name without an extension for frames.
func checkTarget(s string, want animate.Format) error {
	s = strings.TrimSpace(s)
	base := filepath.Base(strings.TrimRight(s, `/\`))
	got, err := animate.FormatOf(s)
	if err == nil && got == want && s != "" && base != "." && base != filepath.Ext(base) {
		return nil
	}
	switch want {
	case animate.FormatGIF:
		return errors.New(lang.L("the file name must end in .gif"))
	case animate.FormatMP4:
		return errors.New(lang.L("the file name must end in .mp4"))
	}
	return errors.New(lang.L("a folder name, without an extension"))
}

// checkGIFSize refuses frames of w x h too large for format f.
func checkGIFSize(f animate.Format, w, h int) error {
	if animate.CheckSize(f, w, h) != nil {
		return errors.New(lang.L("{{.W}}x{{.H}} is too large for a GIF: at most {{.Max}} pixels (1920x1200)", map[string]any{"W": w, "H": h, "Max": animate.MaxGIFPixels}))
	}
	return nil
}

// seconds is v seconds as a duration.
func seconds(v float64) time.Duration { return time.Duration(v * float64(time.Second)) }

package ui

import (
	"fmt"
	"image"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// legendRows is the most entries presentation mode's legend lists: the
// ones with the most features in view.
const legendRows = 7

// compactLegend is presentation mode's legend: the symbols of what the
// view shows, one line each, in the caption size, on a card.
type compactLegend struct {
	widget.BaseWidget
	rows *fyne.Container
	root fyne.CanvasObject
	key  string // what it shows, to skip rebuilding it unchanged
}

func newCompactLegend() *compactLegend {
	l := &compactLegend{rows: container.NewVBox()}
	l.root = container.NewStack(uikit.NewBackground(true), container.NewPadded(l.rows))
	l.ExtendBaseWidget(l)
	return l
}

// CreateRenderer shows the card.
func (l *compactLegend) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(l.root) }

// set lists the entries with features in view, most first, and the keys
// of the marks their labels carry; it hides when there is nothing.
func (l *compactLegend) set(entries []overlay.LegendEntry, marks []string) {
	var shown []overlay.LegendEntry
	for _, e := range entries {
		if e.Count > 0 {
			shown = append(shown, e)
		}
	}
	if len(shown) > legendRows {
		top := append([]overlay.LegendEntry(nil), shown...)
		sortByCount(top)
		keep := map[overlay.LegendEntry]bool{}
		for _, e := range top[:legendRows] {
			keep[e] = true
		}
		shown = shown[:0]
		for _, e := range entries {
			if keep[e] {
				shown = append(shown, e)
			}
		}
	}
	lang := i18n.Current()
	key := fmt.Sprint(lang, theme.CaptionTextSize()) // a change of theme redraws it
	for _, e := range shown {
		key += "|" + e.Title(lang)
	}
	for _, m := range marks {
		key += "|" + m
	}
	if key == l.key {
		return
	}
	l.key = key
	l.rows.Objects = nil
	for _, e := range shown {
		l.rows.Add(legendLine(e.Swatch(48, 2), e.Title(lang)))
	}
	for _, m := range marks {
		l.rows.Add(keyLine(data.MarkShortKey(m, lang)))
	}
	if len(shown) == 0 {
		l.Hide()
	} else {
		l.Show()
	}
	l.rows.Refresh()
}

// sortByCount orders entries by how many features they count, most first.
func sortByCount(es []overlay.LegendEntry) {
	sort.SliceStable(es, func(i, j int) bool { return es[i].Count > es[j].Count })
}

// legendLine is a swatch and its title in the caption size, with no more
// room round them than the swatch needs.
func legendLine(swatch image.Image, title string) fyne.CanvasObject {
	size := theme.CaptionTextSize() * 1.6
	img := canvas.NewImageFromImage(swatch)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(size, size))
	t := canvas.NewText(title, theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.CaptionTextSize()
	return container.NewHBox(img, container.NewCenter(t))
}

// keyLine is a line of the marks' key in the caption size.
func keyLine(text string) fyne.CanvasObject {
	t := canvas.NewText(text, theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.CaptionTextSize()
	return t
}

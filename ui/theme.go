package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// classroomTheme is fyne's default theme held in its light variant: dark
// text on light panels reads best on projectors in lit rooms, whatever the
// desktop's own preference. Where fyne's light colours are too pale for
// text or for a control's outline (grey counts, notes and placeholders,
// unchecked boxes drawn at 1.3:1, links at 3:1), it uses darker ones that
// meet WCAG AA (4.5:1) on every background of the theme; a test checks
// them.
type classroomTheme struct{ fyne.Theme }

func newClassroomTheme() fyne.Theme { return classroomTheme{theme.DefaultTheme()} }

// The classroom theme's own colours.
var (
	// quietInk is for text that matters less (disabled controls,
	// placeholders, low-importance labels): grey, yet 4.8:1 on the input
	// background.
	quietInk = color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}
	// outline is a control's edge: an unchecked box, an entry's border.
	outline = color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}
	// accent is the primary colour: links, the selected tab, checked
	// boxes, the map's buttons (with white on it).
	accent = color.NRGBA{R: 0x00, G: 0x5a, B: 0xb0, A: 0xff}
)

// Color returns the light variant's colour for every name, darker where
// fyne's is too pale to read.
func (t classroomTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return quietInk
	case theme.ColorNameInputBorder:
		return outline
	case theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameFocus:
		return accent
	}
	return t.Theme.Color(n, theme.VariantLight)
}

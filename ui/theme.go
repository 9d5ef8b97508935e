package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// classroomTheme is fyne's default theme held in its light variant: dark
// text on light panels reads best on projectors in lit rooms, whatever the
// desktop's own preference.
type classroomTheme struct{ fyne.Theme }

func newClassroomTheme() fyne.Theme { return classroomTheme{theme.DefaultTheme()} }

// Color returns the light variant's colour for every name.
func (t classroomTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantLight)
}

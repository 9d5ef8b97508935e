package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/perutraffickingatlas/atlas/internal/colour"
)

// TestThemesMeetWCAGAA: every colour text or a control's outline is drawn
// in has at least 4.5:1 contrast with every background it is drawn on, in
// the classroom and the presentation themes (audit: counts, notes and
// unchecked boxes at about 1.3:1).
func TestThemesMeetWCAGAA(t *testing.T) {
	inks := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameDisabled, theme.ColorNamePlaceHolder,
		theme.ColorNameInputBorder, theme.ColorNamePrimary, theme.ColorNameHyperlink}
	grounds := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameOverlayBackground,
		theme.ColorNameMenuBackground, theme.ColorNameHeaderBackground, theme.ColorNameButton}
	nrgba := func(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }
	for _, th := range []struct {
		name string
		t    fyne.Theme
	}{{"classroom", newClassroomTheme()}, {"presentation", newPresentationTheme()}} {
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			for _, ink := range inks {
				for _, ground := range grounds {
					fg, bg := nrgba(th.t.Color(ink, v)), nrgba(th.t.Color(ground, v))
					if c := colour.Contrast(fg, bg); c < 4.5 {
						t.Errorf("%s theme (variant %d): %s %v on %s %v: contrast %.2f, want 4.5", th.name, v, ink, fg, ground, bg, c)
					}
				}
			}
			onPrimary := colour.Contrast(nrgba(th.t.Color(theme.ColorNameForegroundOnPrimary, v)), nrgba(th.t.Color(theme.ColorNamePrimary, v)))
			if onPrimary < 4.5 {
				t.Errorf("%s theme: text on the primary colour at %.2f, want 4.5", th.name, onPrimary)
			}
		}
	}
}

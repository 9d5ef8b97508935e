package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// showSettings opens the settings dialog: the interface language
// (automatic, English or Spanish), which applies from the next start.
func (mw *MainWindow) showSettings() {
	prefs := mw.app.Preferences()
	choices := []string{lang.L("Automatic (system language)"), "English", "Español"}
	codes := []string{i18n.Auto, i18n.English, i18n.Spanish}
	sel := uikit.NewSelect(choices, nil)
	cur := prefs.StringWithFallback(i18n.Pref, i18n.Auto)
	for i, c := range codes {
		if c == cur {
			sel.SetSelectedIndex(i)
		}
	}
	note := widget.NewLabel(lang.L("The new language applies the next time the atlas starts."))
	note.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Language"), sel), widget.NewFormItem("", note)}
	d := dialog.NewForm(lang.L("Settings"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if ok && sel.SelectedIndex() >= 0 {
			prefs.SetString(i18n.Pref, codes[sel.SelectedIndex()])
		}
	}, mw.win)
	d.Resize(fyne.NewSize(460, 240))
	d.Show()
}

package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/assets"
	"github.com/perutraffickingatlas/atlas/data"
)

// Languages the atlas speaks, by fyne locale language code.
const (
	langAuto    = "auto"
	langEnglish = "en"
	langSpanish = "es"
)

// prefLanguage stores the user's language choice: auto, en or es.
const prefLanguage = "atlas.language"

// setupLanguage loads the UI translations and returns the language in
// use. "auto" follows the system locale; "en" or "es" overrides it. fyne's
// lang package always matches the system locale, so an override registers
// the chosen catalogue under the system's locale as well.
func setupLanguage(choice string) (string, error) {
	catalogs := assets.Translations()
	sys := lang.SystemLocale()
	switch choice {
	case langEnglish, langSpanish:
		b, err := catalogs.ReadFile("translations/" + choice + ".json")
		if err != nil {
			return langEnglish, fmt.Errorf("translations %s: %w", choice, err)
		}
		if err := lang.AddTranslationsForLocale(b, fyne.Locale(choice)); err != nil {
			return langEnglish, fmt.Errorf("translations %s: %w", choice, err)
		}
		if sys.LanguageString() != choice {
			if err := lang.AddTranslationsForLocale(b, sys); err != nil {
				return langEnglish, fmt.Errorf("translations %s for %s: %w", choice, sys, err)
			}
		}
		return choice, nil
	}
	if err := lang.AddTranslationsFS(catalogs, "translations"); err != nil {
		return langEnglish, fmt.Errorf("translations: %w", err)
	}
	if strings.HasPrefix(sys.LanguageString(), langSpanish) {
		return langSpanish, nil
	}
	return langEnglish, nil
}

// featureName is a feature's name in the UI language.
func featureName(f data.Feature) string {
	if currentLanguage() == langSpanish && f.NameES != "" {
		return f.NameES
	}
	return f.Name
}

// featureSummary is a feature's summary in the UI language.
func featureSummary(f data.Feature) string {
	if currentLanguage() == langSpanish && f.SummaryES != "" {
		return f.SummaryES
	}
	return f.Summary
}

// currentLanguage asks the catalogue which language is active: the
// Spanish catalogue translates the key "language-code" to "es".
func currentLanguage() string {
	if lang.L("language-code") == langSpanish {
		return langSpanish
	}
	return langEnglish
}

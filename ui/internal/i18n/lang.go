package i18n

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/assets"
	"github.com/perutraffickingatlas/atlas/data"
)

// The user's language choices: follow the system, English or Spanish.
const (
	Auto    = "auto"
	English = data.LangEN
	Spanish = data.LangES
)

// Pref is the preference key of the user's choice: Auto, English or
// Spanish.
const Pref = "atlas.language"

// Setup loads the UI translations and returns the language in use. Auto
// follows the system locale; English or Spanish overrides it. fyne's lang
// package always matches the system locale, so an override registers the
// chosen catalogue under the system's locale as well.
func Setup(choice string) (string, error) {
	catalogs := assets.Translations()
	sys := lang.SystemLocale()
	switch choice {
	case English, Spanish:
		b, err := catalogs.ReadFile("translations/" + choice + ".json")
		if err != nil {
			return English, fmt.Errorf("translations %s: %w", choice, err)
		}
		if err := lang.AddTranslationsForLocale(b, fyne.Locale(choice)); err != nil {
			return English, fmt.Errorf("translations %s: %w", choice, err)
		}
		if sys.LanguageString() != choice {
			if err := lang.AddTranslationsForLocale(b, sys); err != nil {
				return English, fmt.Errorf("translations %s for %s: %w", choice, sys, err)
			}
		}
		return choice, nil
	}
	if err := lang.AddTranslationsFS(catalogs, "translations"); err != nil {
		return English, fmt.Errorf("translations: %w", err)
	}
	if strings.HasPrefix(sys.LanguageString(), Spanish) {
		return Spanish, nil
	}
	return English, nil
}

// Current asks the catalogue which language is active: the Spanish
// catalogue translates the key "language-code" to "es".
func Current() string {
	if lang.L("language-code") == Spanish {
		return Spanish
	}
	return English
}

// FeatureName is a feature's name in the UI language.
func FeatureName(f data.Feature) string { return f.NameIn(Current()) }

// FeatureSummary is a feature's summary in the UI language.
func FeatureSummary(f data.Feature) string { return f.SummaryIn(Current()) }

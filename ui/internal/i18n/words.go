package i18n

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/data"
)

// PeriodText writes a feature's period in the UI language: "since 2015",
// "about 1985–1999", with inferred and implied years said so.
func PeriodText(p data.Period) string { return p.StringIn(Current()) }

// ShortCite is a compact reference: "Ellis 2015 [000], para 12" ("párr.
// 12" in Spanish).
func ShortCite(ds *data.Dataset, c data.Citation) string {
	who := c.Source
	if s, ok := ds.Source(c.Source); ok {
		name := s.Author
		if i := strings.LastIndex(name, " "); i >= 0 {
			name = name[i+1:]
		}
		if name == "" {
			name = lang.L("Anon.")
		}
		who = fmt.Sprintf("%s %d [%s]", name, s.Year, c.Source[:3])
	}
	if c.Locator != "" {
		return who + ", " + c.LocatorIn(Current())
	}
	return who
}

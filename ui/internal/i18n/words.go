package i18n

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/data"
)

// PrecisionText explains how exactly a feature is placed.
func PrecisionText(p data.Precision) string {
	switch p {
	case data.PrecisionPoint:
		return lang.L("exact spot")
	case data.PrecisionTown:
		return lang.L("placed at the town")
	case data.PrecisionValley:
		return lang.L("approximate: drawn from the named valley or river")
	case data.PrecisionRegion:
		return lang.L("approximate: drawn from the named region")
	case data.PrecisionSchematic:
		return lang.L("schematic: only the endpoints are known")
	}
	return string(p)
}

// PeriodText writes a feature's period in the UI language: "since 2015",
// "about 1985–1999", with inferred and implied years said so.
func PeriodText(p data.Period) string { return p.StringIn(Current()) }

// SourceLine describes an article: title, author, venue and date, saying
// when the date is inferred.
func SourceLine(s data.Source) string {
	var b strings.Builder
	fmt.Fprintf(&b, "“%s”", s.Title)
	author := s.Author
	if author == "" {
		author = lang.L("author not named")
	}
	fmt.Fprintf(&b, " — %s", author)
	if s.Venue != "" {
		fmt.Fprintf(&b, ", %s", s.VenueIn(Current()))
	}
	switch {
	case s.Date != "":
		fmt.Fprintf(&b, ", %s", data.FormatDate(s.Date, Current()))
	case s.Year != 0:
		fmt.Fprintf(&b, ", %d", s.Year)
	}
	if s.DateInferred {
		b.WriteString(" " + lang.L("(date inferred)"))
	}
	return b.String()
}

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

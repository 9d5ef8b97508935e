package ui

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// layerTitle is the user-facing name of a layer.
func layerTitle(l data.Layer) string {
	switch l {
	case data.LayerCocaZone:
		return lang.L("Coca-growing zone")
	case data.LayerSenderoArea:
		return lang.L("Shining Path area")
	case data.LayerAirstrip:
		return lang.L("Clandestine airstrip")
	case data.LayerAirRoute:
		return lang.L("Air route")
	case data.LayerExitPort:
		return lang.L("Exit port")
	case data.LayerRoute:
		return lang.L("Trafficking route")
	case data.LayerEvent:
		return lang.L("Event")
	case data.LayerHub:
		return lang.L("Hub")
	case data.LayerBase:
		return lang.L("Base")
	}
	return string(l)
}

// precisionText explains how exactly a feature is placed.
func precisionText(p data.Precision) string {
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

// periodText writes a feature's period, with "to today" for ongoing ones.
func periodText(p data.Period) string {
	s := p.String()
	if p.Approximate && !strings.Contains(s, "approx") {
		s += " " + lang.L("(approximate)")
	}
	return s
}

// sourceLine describes an article: title, author, venue and date, saying
// when the date is inferred.
func sourceLine(s data.Source) string {
	var b strings.Builder
	fmt.Fprintf(&b, "“%s”", s.Title)
	author := s.Author
	if author == "" {
		author = lang.L("author not named")
	}
	fmt.Fprintf(&b, " — %s", author)
	if s.Venue != "" {
		fmt.Fprintf(&b, ", %s", s.Venue)
	}
	switch {
	case s.Date != "":
		fmt.Fprintf(&b, ", %s", s.Date)
	case s.Year != 0:
		fmt.Fprintf(&b, ", %d", s.Year)
	}
	if s.DateInferred {
		b.WriteString(" " + lang.L("(date inferred)"))
	}
	return b.String()
}

// shortCite is a compact reference: "Ellis 2015 [000], para 12".
func shortCite(ds *data.Dataset, c data.Citation) string {
	who := c.Source
	if s, ok := ds.Source(c.Source); ok {
		name := s.Author
		if i := strings.LastIndex(name, " "); i >= 0 {
			name = name[i+1:]
		}
		if name == "" {
			name = "Anon."
		}
		who = fmt.Sprintf("%s %d [%s]", name, s.Year, c.Source[:3])
	}
	if c.Locator != "" {
		return who + ", " + c.Locator
	}
	return who
}

package data

import (
	"strconv"
	"strings"
)

// Reference formats the source for a list of sources in lang ("en" or
// "es"): author, title in quotes, venue, and the date as lang's readers
// write it (or the year), saying when the date is inferred and when no
// author is named. Titles and authors stay as the articles give them; a
// venue's description is translated.
func (s Source) Reference(lang string) string {
	var parts []string
	if s.Author != "" {
		parts = append(parts, s.Author)
	}
	parts = append(parts, "\u201c"+strings.TrimSpace(s.Title)+"\u201d")
	if s.Venue != "" {
		parts = append(parts, s.VenueIn(lang))
	}
	date := ""
	switch {
	case s.Date != "" && !s.DateInferred:
		date = FormatDate(s.Date, lang)
	case s.Year != 0:
		date = strconv.Itoa(s.Year)
	}
	if date != "" && s.DateInferred {
		date += " " + words{"(date inferred)", "(fecha deducida)"}.in(lang)
	}
	if date != "" {
		parts = append(parts, date)
	}
	if s.Author == "" {
		parts = append(parts, words{"no author named", "autor no identificado"}.in(lang))
	}
	return strings.Join(parts, ", ") + "."
}

package render

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/perutraffickingatlas/atlas/data"
)

// Short citations: a title keeps at most citeWords words.
const citeWords = 5

// ShortCitation is how the footer of an export cites a source, short
// enough for five to fit in two lines of a slide: who (the author's
// surname, else the venue up to its first colon, semicolon or
// parenthesis), the year (in square brackets when the atlas inferred it,
// as catalogues mark supplied dates) and the title up to its first colon
// or semicolon, at most citeWords words:
// Paulseth, 2012, “Trafficking and the Shining Path”.
func ShortCitation(s data.Source) string {
	var parts []string
	if who := shortWho(s); who != "" {
		parts = append(parts, who)
	}
	if s.Year != 0 {
		y := strconv.Itoa(s.Year)
		if s.DateInferred {
			y = "[" + y + "]"
		}
		parts = append(parts, y)
	}
	parts = append(parts, "\u201c"+shortTitle(s.Title)+"\u201d")
	return strings.Join(parts, ", ")
}

// shortWho is the author's surname, or the venue's name without its
// subtitle and notes.
func shortWho(s data.Source) string {
	if f := strings.Fields(s.Author); len(f) > 0 {
		return f[len(f)-1]
	}
	v := s.Venue
	if i := strings.IndexAny(v, ":;("); i > 0 {
		v = v[:i]
	}
	return strings.TrimSpace(v)
}

// shortTitle is a title up to its first colon or semicolon (when that
// leaves at least two words), cut to citeWords words with an ellipsis,
// never ending on a small word or a comma.
func shortTitle(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.IndexAny(t, ":;"); i > 0 && len(strings.Fields(t[:i])) >= 2 {
		t = t[:i]
	}
	words := strings.Fields(t)
	if len(words) <= citeWords+1 {
		return strings.Join(words, " ")
	}
	words = words[:citeWords]
	small := map[string]bool{"a": true, "an": true, "and": true, "the": true, "of": true, "in": true, "its": true,
		"for": true, "with": true, "to": true, "on": true, "y": true, "de": true, "la": true, "el": true, "en": true}
	for len(words) > 2 && small[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.TrimRightFunc(strings.Join(words, " "), unicode.IsPunct) + "\u2026"
}

// footRun is a piece of the footer's text with its style.
type footRun struct {
	s    string
	bold bool
	grey bool
}

// footerRuns is the footer as a paragraph: the sources cited by the
// atlas features shown, a note on bracketed years when there are some,
// each user layer shown with its own sources (apart, marked as the
// user's), then the attribution, in grey.
func footerRuns(srcs []data.Source, users []userCredit, attribution, lang string) []footRun {
	if len(srcs) == 0 {
		runs := []footRun{{s: sourcesWord(lang), bold: true}, {s: noSourcesWords(lang)}}
		return append(append(runs, userCreditRuns(users, lang)...), footRun{s: attribution, grey: true})
	}
	runs := citationRuns([]footRun{{s: sourcesWord(lang), bold: true}}, srcs, ShortCitation)
	inferred := false
	for _, s := range srcs {
		inferred = inferred || (s.DateInferred && s.Year != 0)
	}
	if inferred {
		runs = append(runs, footRun{s: inferredYearsWords(lang)})
	}
	runs = append(runs, userCreditRuns(users, lang)...)
	return append(runs, footRun{s: attribution, grey: true})
}

// citationRuns appends to runs the sources cited as cite cites them, each
// ending with a semicolon, the last with a full stop.
func citationRuns(runs []footRun, srcs []data.Source, cite func(data.Source) string) []footRun {
	for i, s := range srcs {
		end := ";"
		if i == len(srcs)-1 {
			end = "."
		}
		runs = append(runs, footRun{s: cite(s) + end})
	}
	return runs
}

// footWord is a word of the footer placed on a line.
type footWord struct {
	s          string
	bold, grey bool
	x          float64 // from the line's start
}

// wrapRuns breaks runs into lines of at most width, word by word, with the
// footer's type at size; a word wider than a line gets a line of its own.
func wrapRuns(m *measurer, runs []footRun, size, width float64) [][]footWord {
	var lines [][]footWord
	var line []footWord
	x := 0.0
	for _, r := range runs {
		for _, w := range strings.Fields(r.s) {
			ww := m.width(w, size, r.bold)
			sp := m.width(" ", size, r.bold)
			if len(line) > 0 && x+sp+ww > width {
				lines, line, x = append(lines, line), nil, 0
			}
			if len(line) > 0 {
				x += sp
			}
			line = append(line, footWord{s: w, bold: r.bold, grey: r.grey, x: x})
			x += ww
		}
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

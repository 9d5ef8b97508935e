package textcheck

import (
	"regexp"
	"slices"

	"github.com/perutraffickingatlas/atlas/data"
)

// Hedge is one hedge word the index looks for: its canonical Word (what the
// index and waivers name), the pattern that finds it in an article line,
// and the certainties a claim or figure must have to carry it.
type Hedge struct {
	Word    string
	Honours []data.Certainty
	re      *regexp.Regexp
}

// hedge builds a Hedge; pattern is matched case-insensitively unless
// caseSensitive, always on word boundaries.
func hedge(word, pattern string, caseSensitive bool, honours ...data.Certainty) Hedge {
	flags := "(?i)"
	if caseSensitive {
		flags = ""
	}
	return Hedge{Word: word, Honours: honours, re: regexp.MustCompile(flags + `\b(?:` + pattern + `)\b`)}
}

// Hedges returns the hedge vocabulary, in a fixed order. "may" is matched
// in lower case only, so the month (May 1980) is not a hedge.
func Hedges() []Hedge {
	rep, est, app, pos := data.CertaintyReported, data.CertaintyEstimated, data.CertaintyAlleged, data.CertaintyPossible
	return []Hedge{
		hedge("reportedly", `reportedly`, false, rep),
		hedge("reported", `reported`, false, rep),
		hedge("press reports", `press\s+reports?`, false, rep),
		hedge("according to", `according\s+to`, false, rep),
		hedge("said to", `said\s+to`, false, rep, app),
		hedge("is considered", `(?:is|are|was|were)\s+considered`, false, rep),
		hedge("believed", `believe|believed|believes|believing`, false, rep, app),
		hedge("suggested", `suggest|suggests|suggested`, false, rep, pos),
		hedge("allegedly", `allegedly|alleged`, false, app),
		hedge("apparent", `apparent|apparently`, false, app),
		hedge("seemed", `seem|seems|seemed|seemingly`, false, app),
		hedge("appeared", `appear|appears|appeared`, false, app),
		hedge("suspected", `suspected|presumed`, false, app),
		hedge("estimated", `estimate|estimates|estimated`, false, est),
		hedge("arguably", `arguably`, false, pos),
		hedge("may", `may`, true, pos),
		hedge("might", `might`, false, pos),
		hedge("possible", `possible|possibly`, false, pos),
		hedge("potential", `potential|potentially`, false, pos),
		hedge("likely", `likely`, false, pos),
		hedge("plausible", `plausible`, false, pos),
		hedge("assume", `assume`, false, pos),
	}
}

// HedgeByWord returns the hedge with the canonical word w.
func HedgeByWord(w string) (Hedge, bool) {
	for _, h := range Hedges() {
		if h.Word == w {
			return h, true
		}
	}
	return Hedge{}, false
}

// HonouredBy reports whether a claim or figure of certainty c carries the
// hedge.
func (h Hedge) HonouredBy(c data.Certainty) bool { return slices.Contains(h.Honours, c.Norm()) }

// FindHedges returns the canonical words of the hedges that start in line,
// in vocabulary order, each once. next is the following line: a hedge of
// two words broken across the line end ("according\nto") counts for line.
func FindHedges(line, next string) []string {
	joined := line + " " + next
	var out []string
	for _, h := range Hedges() {
		for _, loc := range h.re.FindAllStringIndex(joined, -1) {
			if loc[0] < len(line) {
				out = append(out, h.Word)
				break
			}
		}
	}
	return out
}

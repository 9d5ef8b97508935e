package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/textcheck"
)

// carrier is a claim or conflict version of a feature that carries hedges
// on the lines it cites.
type carrier struct {
	cite      cite
	certainty data.Certainty
}

// hedgeProblems checks that every hedge word on every article line a
// feature cites (in its citations, claims or conflicts) is carried by the
// feature: by a claim or conflict version citing that line with a
// certainty that honours the hedge, by a figure with such a certainty, or
// by one of the feature's waivers. It also reports cited lines beyond an
// article's end, and waivers that are malformed or excuse nothing.
func hedgeProblems(specs []spec, ol outline, idx *textcheck.Index) []string {
	var out []string
	for _, s := range specs {
		out = append(out, specHedgeProblems(s, ol, idx)...)
	}
	return out
}

func specHedgeProblems(s spec, ol outline, idx *textcheck.Index) []string {
	var out []string
	bad := func(format string, args ...any) {
		out = append(out, "feature "+s.ID+": "+fmt.Sprintf(format, args...))
	}
	cites := append([]cite(nil), s.Cite...)
	var carriers []carrier
	for _, c := range s.Claims {
		cites = append(cites, c.Cite...)
		for _, ci := range c.Cite {
			carriers = append(carriers, carrier{cite: ci, certainty: c.Certainty})
		}
	}
	for _, cf := range s.Conflicts {
		for _, v := range cf.Versions {
			cites = append(cites, v.Cite...)
			for _, ci := range v.Cite {
				carriers = append(carriers, carrier{cite: ci, certainty: v.Certainty})
			}
		}
	}
	waived := map[string]bool{} // "002:431 may" -> used
	for _, w := range s.Waivers {
		if w.Reason == "" || !strings.Contains(w.Line, ":") || len(w.Words) == 0 {
			bad("waiver %s %q needs a line like 002:431, hedge words and a reason", w.Line, w.Words)
			continue
		}
		for _, word := range w.Words {
			if _, ok := textcheck.HedgeByWord(word); !ok {
				bad("waiver %s names %q, which is not a hedge word", w.Line, word)
				continue
			}
			waived[w.Line+" "+word] = false
		}
	}
	seen := map[string]bool{}
	for _, c := range cites {
		id, err := ol.sourceID(c.Source)
		if err != nil {
			bad("%v", err)
			continue
		}
		a, ok := idx.Article(id)
		if !ok {
			bad("article %s has no fingerprint (run data/prep/articlecheck)", id)
			continue
		}
		if c.From < 1 || c.To > a.Lines || c.To < c.From {
			bad("cites %s lines %d-%d, outside 1..%d", c.Source, c.From, c.To, a.Lines)
			continue
		}
		for line := c.From; line <= c.To; line++ {
			for _, word := range a.HedgesAt(line) {
				key := c.Source + ":" + strconv.Itoa(line) + " " + word
				if seen[key] {
					continue
				}
				seen[key] = true
				if _, ok := waived[key]; ok {
					waived[key] = true
					continue
				}
				if !carried(s, carriers, c.Source, line, word) {
					bad("%s:%d has %q, which no claim, conflict version or figure carries and no waiver excuses",
						c.Source, line, word)
				}
			}
		}
	}
	var unused []string
	for k, used := range waived {
		if !used {
			unused = append(unused, k)
		}
	}
	sort.Strings(unused)
	for _, k := range unused {
		bad("waiver %q excuses no hedge of a cited line", k)
	}
	return out
}

// carried reports whether the hedge word on line of the article with
// prefix src is carried by a claim or conflict version citing the line,
// or by a figure of the feature.
func carried(s spec, carriers []carrier, src string, line int, word string) bool {
	h, _ := textcheck.HedgeByWord(word)
	for _, c := range carriers {
		if c.cite.Source == src && line >= c.cite.From && line <= c.cite.To && h.HonouredBy(c.certainty) {
			return true
		}
	}
	for _, f := range s.Figures {
		if f.Certainty.Norm() != data.CertaintyStated && h.HonouredBy(f.Certainty) {
			return true
		}
	}
	return false
}

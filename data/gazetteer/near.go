package gazetteer

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// maxNameRunes bounds the names EditDistance compares, so a pasted
// paragraph costs no more than a long name.
const maxNameRunes = 64

// EditDistance is the number of single-letter insertions, deletions,
// substitutions and swaps of neighbours that turn a into b (the optimal
// string alignment distance), counted in runes. Both are cut to their
// first 64 runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	ra, rb = ra[:min(len(ra), maxNameRunes)], rb[:min(len(rb), maxNameRunes)]
	// rows i-2, i-1 and i of the dynamic-programming table
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// Tolerance is how many edits a query of n letters may be from a name and
// still be offered as what the user meant: none below four letters, one
// up to six, then one more for every four letters.
func Tolerance(n int) int {
	switch {
	case n < 4:
		return 0
	case n <= 6:
		return 1
	}
	return 1 + (n-3)/4
}

// NearMiss is how far a folded query is from a folded key: the smallest
// EditDistance between the query and the key, any run of the key's words
// as many as the query has, or the start of a word as long as the query
// (so "calao" is one edit from "callao" and "tingo mria" one from "tingo
// maria"). It returns the distance and false when that exceeds
// Tolerance(letters of the query).
func NearMiss(q, key string) (int, bool) {
	n := utf8.RuneCountInString(q)
	tol := Tolerance(n)
	if tol == 0 {
		return 0, false
	}
	best := tol + 1
	qw := len(strings.Fields(q))
	words := strings.Fields(key)
	for i := range words {
		for k := 1; k <= qw+1 && i+k <= len(words); k++ {
			cand := strings.Join(words[i:i+k], " ")
			best = min(best, EditDistance(q, cand))
			if r := []rune(cand); len(r) > n {
				best = min(best, EditDistance(q, string(r[:n]))+1) // a prefix: one more, to prefer whole words
			}
		}
	}
	return best, best <= tol
}

// Near returns up to limit places whose name is a near miss of query
// (see NearMiss), the closest first, then the most populous: what the
// user probably meant when Search finds nothing.
func (g *Gazetteer) Near(query string, limit int) []Place {
	q := Fold(query)
	if limit <= 0 {
		return nil
	}
	type hit struct{ i, d int }
	var hits []hit
	for i, key := range g.keys {
		if d, ok := NearMiss(q, key); ok {
			hits = append(hits, hit{i, d})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].d < hits[b].d })
	out := make([]Place, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, g.places[h.i])
	}
	return out
}

package overlay

import (
	"slices"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// UnionLegend merges legends of the same set drawn for different years or
// views (a comparison, an animation) into one: each entry once, with the
// largest of its counts, in the legend's order (entryOrder). A layer's
// entry for nothing to show (counted 0) goes where another entry of the
// layer counts something.
func UnionLegend(lists ...[]LegendEntry) []LegendEntry {
	var out []LegendEntry
	index := map[LegendEntry]int{}
	for _, es := range lists {
		for _, e := range es {
			k := e
			k.Count = 0
			if i, ok := index[k]; ok {
				out[i].Count = max(out[i].Count, e.Count)
				continue
			}
			index[k] = len(out)
			out = append(out, e)
		}
	}
	// A layer with nothing to show has one entry, counted 0, in its usual
	// shape; where another legend shows the layer, its own entries say
	// more, and two lines with one title would puzzle.
	shown := map[[2]any]bool{}
	for _, e := range out {
		if e.Count > 0 {
			shown[[2]any{e.User, e.Layer}] = true
		}
	}
	out = slices.DeleteFunc(out, func(e LegendEntry) bool { return e.Count == 0 && shown[[2]any{e.User, e.Layer}] })
	slices.SortStableFunc(out, entryOrder())
	return out
}

// entryOrder returns the order legends list their entries in: the
// atlas's before the user layers (in their order), the atlas's in the
// order of data.Groups' layers, then by shape (areas, lines, points),
// status, route mode (data.Modes) and faction (data.Factions). The order
// is fixed, so a legend's lines never trade places as the years go by.
// The ranks are worked out once, for all the comparisons of a sort.
func entryOrder() func(a, b LegendEntry) int {
	layers := map[data.Layer]int{}
	for _, g := range data.Groups() {
		for _, l := range g.Layers {
			layers[l] = len(layers)
		}
	}
	modes, factions := data.Modes(), data.Factions()
	return func(a, b LegendEntry) int {
		switch {
		case a.User != b.User: // the atlas's (0) first
			return a.User - b.User
		case a.Layer != b.Layer:
			return layers[a.Layer] - layers[b.Layer]
		case a.Shape != b.Shape:
			return int(a.Shape) - int(b.Shape)
		case a.Status != b.Status:
			return strings.Compare(a.Status, b.Status)
		case a.Mode != b.Mode:
			return slices.Index(modes, a.Mode) - slices.Index(modes, b.Mode)
		}
		return slices.Index(factions, a.Faction) - slices.Index(factions, b.Faction)
	}
}

// LegendCounts maps each entry of es, its Count set to 0, to its count, so
// that an entry of UnionLegend can be counted in each of the legends it
// merged (0 where it was not).
func LegendCounts(es []LegendEntry) map[LegendEntry]int {
	out := make(map[LegendEntry]int, len(es))
	for _, e := range es {
		n := e.Count
		e.Count = 0
		out[e] = n
	}
	return out
}

// UnionMarks merges the certainty marks of several legends (Set.MarksIn):
// each once, in the order MarksIn gives them.
func UnionMarks(lists ...[]string) []string {
	seen := map[string]bool{}
	for _, ms := range lists {
		for _, m := range ms {
			seen[m] = true
		}
	}
	var out []string
	for _, m := range []string{data.MarkHedged, data.MarkInferred} {
		if seen[m] {
			out = append(out, m)
		}
	}
	return out
}

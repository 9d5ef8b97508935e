package change

import (
	"github.com/perutraffickingatlas/atlas/data"
)

// Kind is how a feature changes between two years.
type Kind int8

// The kinds of change.
const (
	Absent     Kind = iota // on neither map
	Appears                // on the later map only
	Disappears             // on the earlier map only
	Stays                  // on both
)

// Diff is what changes between the maps of two years with the same layers:
// the ids of the features each kind holds, in the data's order.
type Diff struct {
	From, To  int
	Appear    []string
	Disappear []string
	Stay      []string
	kinds     map[string]Kind
}

// Between compares the map of year from with the map of year to, with
// layers switched on (nil: all): a feature appears when the later map
// draws it and the earlier does not, disappears when only the earlier
// does, and stays when both do (faded or not).
func Between(features []data.Feature, from, to int, layers []data.Layer) Diff {
	d := Diff{From: from, To: to, kinds: map[string]Kind{}}
	for _, f := range features {
		a, b := f.OnMapIn(from, layers), f.OnMapIn(to, layers)
		var k Kind
		switch {
		case a && b:
			k, d.Stay = Stays, append(d.Stay, f.ID)
		case b:
			k, d.Appear = Appears, append(d.Appear, f.ID)
		case a:
			k, d.Disappear = Disappears, append(d.Disappear, f.ID)
		default:
			continue
		}
		d.kinds[f.ID] = k
	}
	return d
}

// earlierGap is how far back, at least, EarlierYear looks: a decade, the
// span a class compares.
const earlierGap = 10

// EarlierYear is the year a comparison with year opens on for the earlier
// map: the latest year at least a decade before it in which something the
// later map shows began (was on the map of that year and not of the year
// before, with layers on; nil: all), so the earlier map shows the moment
// the later picture started to form: 2003 for the atlas's 2016, when the
// campaign against the Huallaga faction (2003–2014) began. It is first when no such year
// comes after first, and first as well when year is not after it.
func EarlierYear(features []data.Feature, year, first int, layers []data.Layer) int {
	for y := year - earlierGap; y > first; y-- {
		for _, f := range features {
			if f.OnMapIn(year, layers) && f.OnMapIn(y, layers) && !f.OnMapIn(y-1, layers) {
				return y
			}
		}
	}
	return first
}

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

// Of is how feature id changes.
func (d Diff) Of(id string) Kind { return d.kinds[id] }

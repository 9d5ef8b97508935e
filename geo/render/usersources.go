package render

import (
	"slices"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// userCredit is how a footer credits one user layer, apart from the
// atlas's sources: its name and file, and the sources of what it shows.
type userCredit struct {
	layer      int // its position among the set's user layers
	name, file string
	srcs       []data.Source
}

// yearUsers credits the user layers with a feature shown in the scene's
// year, wherever it is.
func (r *resolved) yearUsers() []userCredit {
	return r.userCredits(func(data.Feature) bool { return true })
}

// frameUsers credits the user layers with a feature shown inside the
// frame (the selected one always counts), by the atlas footer's rule.
func (r *resolved) frameUsers() []userCredit { return r.userCredits(r.inFrame()) }

// userCredits credits, in the set's order, each user layer that shows a
// feature for which in holds: with the sources those features cite (a
// layer's own record, or the atlas's for an atlas article, or the bare
// name a CSV gives), and the layer's sources that none of its features
// cites, which stand for the whole layer. A layer with no sources is
// credited by its name and file.
func (r *resolved) userCredits(in func(data.Feature) bool) []userCredit {
	opt := r.options()
	var out []userCredit
	for li, l := range r.Overlays.Users() {
		var cited []string // in the order first cited
		anyCites := map[string]bool{}
		shows := false
		for fi, f := range l.Features {
			for _, c := range f.Citations {
				anyCites[c.Source] = true
			}
			if !r.Overlays.UserShown(opt, li, fi) || !in(data.Feature{ID: userlayer.FeatureID(li, fi), Geometry: f.Geometry}) {
				continue
			}
			shows = true
			for _, c := range f.Citations {
				if !slices.Contains(cited, c.Source) {
					cited = append(cited, c.Source)
				}
			}
		}
		if !shows {
			continue
		}
		uc := userCredit{layer: li, name: l.Name, file: l.File}
		for _, s := range l.Sources {
			if slices.Contains(cited, s.ID) || !anyCites[s.ID] {
				uc.srcs = append(uc.srcs, r.userSource(l, s.ID))
			}
		}
		for _, id := range cited {
			if _, own := l.Source(id); !own {
				uc.srcs = append(uc.srcs, r.userSource(l, id))
			}
		}
		out = append(out, uc)
	}
	return out
}

// userSource is the source a user layer's citation names: the layer's own
// record when it is one (a title of its own), else the atlas's article of
// that id, else the name as the file gives it.
func (r *resolved) userSource(l *userlayer.Layer, id string) data.Source {
	own, ok := l.Source(id)
	if ok && own.Title != own.ID {
		return own
	}
	for _, s := range r.Dataset.Sources {
		if s.ID == id {
			return s
		}
	}
	if ok {
		return own
	}
	return data.Source{ID: id, Title: id}
}

// userCitation is how the footer cites a user layer's source: a bare name
// (a CSV's source column) as it is, a record as ShortCitation cites it.
func userCitation(s data.Source) string {
	if s.Title == s.ID {
		return s.Title
	}
	return ShortCitation(s)
}

// userCreditRuns are the footer's runs crediting the user layers, each
// marked as the user's: "Your layer “Towns”: source; source." or, with no
// sources, "Your layer “Towns” (towns.csv)."
func userCreditRuns(users []userCredit, lang string) []footRun {
	var runs []footRun
	for _, u := range users {
		if len(u.srcs) == 0 {
			runs = append(runs, footRun{s: userLayerWords(u.name, lang), bold: true}, footRun{s: "(" + u.file + ")."})
			continue
		}
		runs = citationRuns(append(runs, footRun{s: userLayerWords(u.name, lang) + ":", bold: true}), u.srcs, userCitation)
	}
	return runs
}

// sameUsers reports whether a and b credit the same layers with the same
// sources.
func sameUsers(a, b []userCredit) bool {
	return slices.EqualFunc(a, b, func(x, y userCredit) bool {
		return x.layer == y.layer && sameSources(x.srcs, y.srcs)
	})
}

// unionUsers is every layer any of us credits, in the set's order, each
// with every source any credit of it lists.
func unionUsers(us [][]userCredit) []userCredit {
	var out []userCredit
	for _, u := range us {
		for _, c := range u {
			i := slices.IndexFunc(out, func(o userCredit) bool { return o.layer == c.layer })
			if i < 0 {
				c.srcs = slices.Clone(c.srcs)
				out = append(out, c)
				continue
			}
			for _, s := range c.srcs {
				if !slices.ContainsFunc(out[i].srcs, func(o data.Source) bool { return o.ID == s.ID }) {
					out[i].srcs = append(out[i].srcs, s)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b userCredit) int { return a.layer - b.layer })
	return out
}

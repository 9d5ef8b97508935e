package overlay

import (
	"math"

	"github.com/perutraffickingatlas/atlas/data"
)

// maxUserLabels is how many user features on one image all get a label
// candidate; beyond it, only one per cell of userLabelCell pixels does
// (the first in drawing order), since no more could find room. It bounds
// the text a frame sets for a layer of thousands of features.
const (
	maxUserLabels = 300
	userLabelCell = 48.0
)

// unlabelled marks, by feat.idx, the user features of the frame that get
// no label candidate; nil when every one gets one. The pins of a crowded
// frame (see maxSpreadPins) are a texture, and nameless but for the
// selected one, whose name the details tell on a click; of the rest,
// beyond maxUserLabels, one per cell is named.
func (fr *frame) unlabelled() []bool {
	var users []*feat
	var out []bool
	for _, ft := range fr.feats {
		if ft.user == nil || !fr.onScreen(ft) {
			continue
		}
		if fr.crowded && ft.st.symbol == symPin && !fr.selected(ft) {
			if out == nil {
				out = make([]bool, len(fr.s.feats))
			}
			out[ft.idx] = true
			continue
		}
		users = append(users, ft)
	}
	if len(users) <= maxUserLabels {
		return out
	}
	if out == nil {
		out = make([]bool, len(fr.s.feats))
	}
	taken := map[[2]int]bool{}
	cell := userLabelCell * fr.sc
	for _, ft := range users {
		x, y := fr.p.pt(ft.anchor)
		if q := fr.symbolXY(ft); len(q) > 0 {
			x, y = q[0][0], q[0][1]
		}
		k := [2]int{int(math.Floor(x / cell)), int(math.Floor(y / cell))}
		if taken[k] && !fr.selected(ft) {
			out[ft.idx] = true
			continue
		}
		taken[k] = true
	}
	return out
}

// calloutLine is the second line of a feature's callout: its layer and
// period, and for an atlas feature the certainty of its claims; a user
// feature's names its layer as the user's.
func (fr *frame) calloutLine(ft *feat) string {
	lang := fr.opt.Lang
	if u := ft.user; u != nil {
		line := UserLayerTitle(u.l.Name, lang)
		switch {
		case u.f.Date != "":
			line += " · " + u.f.Date
		case u.f.Period != nil:
			line += " · " + u.f.Period.StringIn(lang)
		}
		return line
	}
	line := ft.f.Layer.Title(lang) + " · " + ft.f.Period.StringIn(lang)
	for _, c := range ft.f.Certainties() {
		line += " · " + c.Title(lang)
	}
	return line
}

// userName is the feature's full name in the frame's language, for its
// callout.
func (fr *frame) userName(ft *feat) string {
	if fr.opt.Lang == data.LangES && ft.user.f.NameES != "" {
		return ft.user.f.NameES
	}
	return ft.user.f.Label()
}

package overlay

import (
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// User layers. A user's own layers (package data/userlayer) are drawn
// with the atlas but never mixed with it: a look of their own (userLooks),
// ids of their own (userlayer.FeatureID), legend entries of their own
// marked as the user's, no shared outlines or stacked labels with atlas
// areas. Their areas and lines are drawn over the atlas's areas and
// lines; their pins under the atlas's symbols and event markers, which
// they move aside for; their labels rank below every atlas symbol's and
// area's (prioUser).

// MaxUserLayers is how many user layers one Set draws at most.
const MaxUserLayers = 32

// ErrUserLayer is wrapped by WithUsers' errors about a layer it cannot
// draw.
var ErrUserLayer = errors.New("overlay: user layer")

// userRef ties a prepared feature to the user layer feature it draws.
type userRef struct {
	layer int // the layer's position among the Set's user layers
	index int // the feature's position in the layer's Features
	l     *userlayer.Layer
	f     *userlayer.Feature
}

// shown is the user feature's opacity for opt and whether it is drawn:
// its layer is not hidden and its period (none: every year) holds the
// year.
func (u *userRef) shown(opt *Options) (float64, bool) {
	if slices.Contains(opt.HideUsers, u.layer) || !u.f.OnMapIn(opt.Year) {
		return 0, false
	}
	return 1, true
}

// WithUsers returns a Set that draws s's atlas layers and, over them, the
// user layers in layers (in that order, later ones on top; the first
// takes the first look, and so on, cycling). The atlas's prepared features
// are shared, the user features prepared once here; s is not changed, and
// the layers must not be changed afterwards. With no layers it is the
// atlas alone, whatever users s had. It fails on a nil layer, on more than
// MaxUserLayers and on a geometry it cannot draw, naming the layer and
// feature.
func (s *Set) WithUsers(layers []*userlayer.Layer) (*Set, error) {
	if len(layers) > MaxUserLayers {
		return nil, fmt.Errorf("%w: %d layers, at most %d", ErrUserLayer, len(layers), MaxUserLayers)
	}
	out := &Set{text: s.text, atlas: s.atlas, users: slices.Clone(layers),
		feats: slices.Clip(s.feats[:s.atlas]), byID: make(map[string]*feat, s.atlas)}
	for _, ft := range out.feats {
		out.byID[ft.f.ID] = ft
	}
	if len(layers) == 0 {
		out.users = nil
		return out, nil
	}
	var users []*feat
	for li, l := range layers {
		if l == nil {
			return nil, fmt.Errorf("%w %d: no layer", ErrUserLayer, li+1)
		}
		look := lookOf(li)
		for fi := range l.Features {
			ft, err := prepareUser(li, fi, l, look)
			if err != nil {
				return nil, fmt.Errorf("%w %q (%s): %s: %w", ErrUserLayer, l.Name, l.File, l.Features[fi].Label(), err)
			}
			users = append(users, ft)
		}
	}
	// areas, then lines, then pins; each by layer (later on top), big
	// areas below small ones
	sort.SliceStable(users, func(i, j int) bool {
		a, b := users[i], users[j]
		if a.st.class != b.st.class {
			return a.st.class < b.st.class
		}
		if a.user.layer != b.user.layer {
			return a.user.layer < b.user.layer
		}
		return a.area > b.area
	})
	for k, ft := range users {
		ft.idx = s.atlas + k
		out.byID[ft.f.ID] = ft
	}
	out.feats = append(out.feats, users...)
	// The drawing order: the atlas's areas and lines, the user's areas,
	// lines and pins, then the atlas's symbols and event markers.
	atlas := out.feats[:s.atlas]
	split := sort.Search(len(atlas), func(i int) bool { return atlas[i].st.class >= classSymbol })
	out.order = make([]*feat, 0, len(out.feats))
	out.order = append(append(append(out.order, atlas[:split]...), users...), atlas[split:]...)
	return out, nil
}

// prepareUser prepares feature fi of user layer l, the li-th, in look.
func prepareUser(li, fi int, l *userlayer.Layer, look *userLook) (*feat, error) {
	f := &l.Features[fi]
	ft := &feat{user: &userRef{layer: li, index: fi, l: l, f: f},
		f: data.Feature{ID: userlayer.FeatureID(li, fi), Name: f.Name, NameES: f.NameES, Geometry: f.Geometry}}
	if err := ft.project(f.Geometry); err != nil {
		return nil, err
	}
	ft.st = userStyle(look, ft.geom, len(ft.points) > 0)
	ft.finish()
	ft.shape = 0 // never one outline with an atlas area
	ft.label = shortName(f.Name)
	ft.labelES = shortName(ft.f.NameIn(data.LangES))
	return ft, nil
}

// drawOrder is the order features are drawn in.
func (s *Set) drawOrder() []*feat {
	if s.order != nil {
		return s.order
	}
	return s.feats
}

// Users returns the user layers the set draws, in the order WithUsers got
// them: position i is layer i of userlayer.FeatureID and
// LegendEntry.User-1. The slice is the caller's; the layers are shared.
func (s *Set) Users() []*userlayer.Layer { return slices.Clone(s.users) }

// UserFeature resolves an id from HitTest, Visible or a selection to the
// user layer and feature it names; ok is false for an atlas id or one no
// layer of the set has.
func (s *Set) UserFeature(id string) (*userlayer.Layer, *userlayer.Feature, bool) {
	li, fi, ok := userlayer.ParseFeatureID(id)
	if !ok || li >= len(s.users) || fi >= len(s.users[li].Features) {
		return nil, nil, false
	}
	return s.users[li], &s.users[li].Features[fi], true
}

// UserShown reports whether the set draws feature fi of its user layer li
// with opt: its layer is not hidden (Options.HideUsers) and its period
// holds opt.Year. The exports' footer credits a user layer by it.
func (s *Set) UserShown(opt Options, li, fi int) bool {
	if li < 0 || li >= len(s.users) || fi < 0 || fi >= len(s.users[li].Features) {
		return false
	}
	_, ok := (&userRef{layer: li, f: &s.users[li].Features[fi]}).shown(&opt)
	return ok
}

// UserLayerTitle is how the legend, the callout and the exports name a
// user layer: marked as the user's, in lang ("es" or English).
func UserLayerTitle(name, lang string) string {
	if lang == data.LangES {
		return "Tu capa: " + name
	}
	return "Your layer: " + name
}

package ui

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/search"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/ui/details"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/userlayers"
)

// The user's own layers (package data/userlayer) on the map. The window
// keeps them in order (position L of userlayer.FeatureID), draws them
// with the atlas through an overlay.Set made by WithUsers, lists them in
// the Layers tab's "Your layers" section (ui/userlayers), shows their
// features' details under a heading that names them as the user's, hands
// them to the lesson being edited, which embeds them, and remembers the
// paths of those read from files for the next start (data/session).
// Reading a file happens off the UI goroutine (userimport.go).

// swatchPixels is a user layer's legend swatch as drawn: twice its size
// on screen, as the atlas's legend lines draw theirs.
const swatchPixels = 56

// userLayer is one of the user's own layers on the map.
type userLayer struct {
	layer  *userlayer.Layer
	path   string // the file it was read from; "" for a lesson's copy
	hidden bool   // its visibility check is off
	swatch image.Image
}

// userLayers is the window's user layers and what adding them needs.
type userLayers struct {
	list    []*userLayer
	base    *overlay.Set  // the atlas alone: WithUsers starts from it
	index   *search.Index // the search's, the atlas alone, likewise
	section *userlayers.Section
	ctx     context.Context // cancelled when the window closes: reads stop
	cancel  context.CancelFunc
	busy    bool         // an import is under way
	queue   []*importJob // files dropped or chosen while it was
	// pending is a user feature to select once the files added before the
	// last close are back: the one selected then, or -select's.
	pending string
}

// initUsers builds the "Your layers" section into the Layers tab, takes
// files dropped on the window, and adds again the files the user had
// added before the last close (quietly: a missing file is a status line).
func (mw *MainWindow) initUsers() {
	u := &mw.users
	u.base = mw.set
	u.index = mw.search.Index()
	u.ctx, u.cancel = context.WithCancel(context.Background())
	u.section = userlayers.New(mw.tips)
	u.section.OnAdd = mw.chooseUserFile
	u.section.OnToggled = mw.setUserShown
	u.section.OnRemove = mw.askRemoveUser
	mw.side.layers.SetHeader(u.section)
	mw.win.SetOnDropped(mw.dropped)
	if files := mw.state.UserFiles; len(files) > 0 {
		mw.reopenUserFiles(files)
	}
}

// layers returns the layers in the window's order.
func (u *userLayers) layers() []*userlayer.Layer {
	out := make([]*userlayer.Layer, len(u.list))
	for i, ul := range u.list {
		out[i] = ul.layer
	}
	return out
}

// hidden lists the positions of the layers whose check is off, for the
// overlay's and the export's HideUsers.
func (u *userLayers) hidden() []int {
	var out []int
	for i, ul := range u.list {
		if ul.hidden {
			out = append(out, i)
		}
	}
	return out
}

// files are the layers read from files, to add again on the next start.
func (u *userLayers) files() []session.UserFile {
	var out []session.UserFile
	for _, ul := range u.list {
		if ul.path != "" {
			out = append(out, session.UserFile{Path: ul.path, DateOrder: ul.layer.DateOrder, Hidden: ul.hidden})
		}
	}
	return out
}

// applyUsers draws the layers in u.list: a new Set over the atlas, their
// rows in the Layers tab, the map redrawn. The lesson is told separately.
// A layer the overlay cannot draw is taken off again and reported.
func (mw *MainWindow) applyUsers() {
	u := &mw.users
	set, err := u.base.WithUsers(u.layers())
	for err != nil && len(u.list) > 0 { // the last added is the likely culprit
		mw.showError(err)
		u.list = u.list[:len(u.list)-1]
		set, err = u.base.WithUsers(u.layers())
	}
	if err != nil {
		mw.showError(err)
		return
	}
	mw.set = set
	mw.search.SetIndex(u.index.WithUsers(u.layers()))
	swatches := map[int]image.Image{}
	for _, e := range set.Legend(overlay.Options{Layers: []data.Layer{}}) {
		if e.User > 0 && u.list[e.User-1].swatch == nil {
			swatches[e.User-1] = e.Swatch(swatchPixels, 2)
		}
	}
	rows := make([]userlayers.Row, len(u.list))
	for i, ul := range u.list {
		if s, ok := swatches[i]; ok {
			ul.swatch = s
		}
		rows[i] = userlayers.Row{Name: ul.layer.Name, File: ul.layer.File, Features: len(ul.layer.Features),
			Skipped: ul.layer.Skipped.Features, Shown: !ul.hidden, Swatch: ul.swatch}
	}
	u.section.SetRows(rows)
	if _, _, ok := userlayer.ParseFeatureID(mw.state.Selected); ok {
		if _, ok := mw.showDetailsIn(mw.side.details, mw.state.Selected); !ok {
			mw.clearSelection()
		}
		mw.showSelectionCard()
	}
	mw.redraw()
}

// addUserLayer puts a layer read from path ("" for none) on the map, on
// top of the others, and in the lesson.
func (mw *MainWindow) addUserLayer(l *userlayer.Layer, path string, hidden bool) {
	mw.users.list = append(mw.users.list, &userLayer{layer: l, path: path, hidden: hidden})
	mw.applyUsers()
	mw.side.lessons.SetUsers(mw.users.layers())
}

// setUserShown shows or hides layer i; hiding the layer of the selected
// feature closes its details.
func (mw *MainWindow) setUserShown(i int, shown bool) {
	if i < 0 || i >= len(mw.users.list) {
		return
	}
	mw.users.list[i].hidden = !shown
	if l, _, ok := userlayer.ParseFeatureID(mw.state.Selected); ok && l == i && !shown {
		mw.clearSelection()
	}
	mw.redraw()
}

// askRemoveUser asks before removing layer i: its features leave the map
// and the lesson, and scenes that select one select nothing.
func (mw *MainWindow) askRemoveUser(i int) {
	if i < 0 || i >= len(mw.users.list) {
		return
	}
	l := mw.users.list[i].layer
	msg := lang.L("“{{.Name}}” ({{.File}}) leaves the map and the lesson; a scene that selects one of its features will select nothing. The file itself is not changed.",
		map[string]any{"Name": l.Name, "File": l.File})
	d := dialog.NewConfirm(lang.L("Remove your layer?"), msg, func(yes bool) {
		if yes {
			mw.removeUser(i)
		}
	}, mw.win)
	d.SetConfirmText(lang.L("Remove"))
	d.SetDismissText(lang.L("Keep it"))
	d.Show()
}

// removeUser takes layer i off the map and out of the lesson; the
// selections of later layers' features follow them to their new ids.
func (mw *MainWindow) removeUser(i int) {
	if i < 0 || i >= len(mw.users.list) {
		return
	}
	name := mw.users.list[i].layer.Name
	mw.side.lessons.DropUser(i)
	mw.renumberUsers(userlayer.Removed(i))
	mw.users.list = slices.Delete(mw.users.list, i, i+1)
	mw.applyUsers()
	mw.setStatus(lang.L("Removed your layer “{{.Name}}”.", map[string]any{"Name": name}))
}

// renumberUsers moves the selections of user features (on screen, and the
// user's own kept aside during a lesson) to the layers' new positions;
// a selection whose layer is gone closes.
func (mw *MainWindow) renumberUsers(to func(int) (int, bool)) {
	if mw.own != nil {
		mw.own.Selected = userlayer.Renumber(mw.own.Selected, to)
	}
	id := userlayer.Renumber(mw.state.Selected, to)
	switch {
	case id == mw.state.Selected:
	case id == "":
		mw.clearSelection()
	default:
		mw.state.Selected = id // its details follow in applyUsers
	}
}

// lessonUsers puts a lesson's user layers on the map first, in its order,
// then the user's other layers (a layer the lesson also holds, the same
// file read the same way, is kept once), and returns the layers drawn.
func (mw *MainWindow) lessonUsers(ls []*userlayer.Layer) []*userlayer.Layer {
	u := &mw.users
	old := u.list
	var next []*userLayer
	moved := map[int]int{} // old position -> new
	for _, l := range ls {
		k := slices.IndexFunc(old, func(ul *userLayer) bool { return sameUserLayer(ul.layer, l) })
		if k >= 0 {
			moved[k] = len(next)
			next = append(next, old[k])
			continue
		}
		next = append(next, &userLayer{layer: l})
	}
	for k, ul := range old {
		if _, ok := moved[k]; !ok {
			moved[k] = len(next)
			next = append(next, ul)
		}
	}
	u.list = next
	mw.renumberUsers(func(l int) (int, bool) { n, ok := moved[l]; return n, ok })
	if len(ls) > 0 || len(old) > 0 {
		mw.applyUsers()
	}
	return u.layers()
}

// sameUserLayer reports whether a and b are the same file read the same
// way.
func sameUserLayer(a, b *userlayer.Layer) bool {
	return a.File == b.File && a.Format == b.Format && a.DateOrder == b.DateOrder && a.SkipBad == b.SkipBad && bytes.Equal(a.Raw, b.Raw)
}

// userIndex is the layer position of a user feature id.
func userIndex(id string) int {
	l, _, _ := userlayer.ParseFeatureID(id)
	return l
}

// showDetailsIn shows the feature id, the atlas's or the user's, in
// panel p and returns where it is; ok is false for an id of neither.
func (mw *MainWindow) showDetailsIn(p *details.Panel, id string) (b orb.Bound, ok bool) {
	if l, f, ok := mw.set.UserFeature(id); ok {
		p.ShowUser(id, l, f)
		return f.Geometry.Bound(), true
	}
	f, ok := mw.ds.ByID(id)
	if !ok {
		return orb.Bound{}, false
	}
	p.ShowFeature(f)
	return f.Geometry.Bound(), true
}

// featureBound is where feature id, the atlas's or the user's, lies.
func (mw *MainWindow) featureBound(id string) (orb.Bound, bool) {
	if _, f, ok := mw.set.UserFeature(id); ok {
		return f.Geometry.Bound(), true
	}
	f, ok := mw.ds.ByID(id)
	return f.Geometry.Bound(), ok
}

// setUserSelected selects a user feature, as setSelected does an atlas
// one: its details, its layer shown, the year moved to one it is on the
// map in.
func (mw *MainWindow) setUserSelected(id string) bool {
	l, f, ok := mw.set.UserFeature(id)
	if !ok {
		mw.setStatus(lang.L("No feature with id {{.ID}}", map[string]any{"ID": id}))
		return false
	}
	li := userIndex(id)
	if mw.users.list[li].hidden {
		mw.users.list[li].hidden = false
		mw.applyUsers()
	}
	mw.state.Selected = id
	mw.side.details.ShowUser(id, l, f)
	if !f.OnMapIn(mw.state.Year) {
		mw.timeline.SetYear(f.Period.Start())
	}
	mw.redraw()
	when := lang.L("every year")
	if f.Period != nil {
		when = i18n.PeriodText(*f.Period)
	}
	mw.setStatus(fmt.Sprintf("%s — %s, %s", f.Label(), overlay.UserLayerTitle(l.Name, i18n.Current()), when))
	return true
}

// userCounts are the user layers' counts in view in the legend's
// entries, by layer.
func userCounts(entries []overlay.LegendEntry) map[int]int {
	out := map[int]int{}
	for _, e := range entries {
		if e.User > 0 {
			out[e.User-1] = e.Count
		}
	}
	return out
}

// closeUsers stops the reads under way.
func (mw *MainWindow) closeUsers() {
	if mw.users.cancel != nil {
		mw.users.cancel()
	}
}

// postUI is how background work reaches the UI goroutine.
func (mw *MainWindow) postUI(f func()) {
	if mw.opts.poster != nil {
		mw.opts.poster(f)
		return
	}
	fyne.Do(f)
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// searchRoom is the least width the search box keeps before the toolbar
// folds its tools into the menu.
const searchRoom = 320

// toolbarLayout lays out the toolbar: the search box, then the tools
// (annotation tools, basemap, Export, Present, settings) when they fit
// with searchRoom to spare, else a menu button holding them, and the side
// panel's button at the right end. Its objects are, in order: the search
// box, the tools, the menu button and the panel button.
type toolbarLayout struct{}

// folded reports whether a toolbar of width w shows the menu instead of
// the tools.
func (toolbarLayout) folded(objs []fyne.CanvasObject, w float32) bool {
	pad := theme.Padding()
	tools, panel := objs[1].MinSize().Width, objs[3].MinSize().Width
	return w-tools-panel-4*pad < searchRoom
}

// Layout places the objects.
func (l toolbarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	search, tools, menu, panel := objs[0], objs[1], objs[2], objs[3]
	folded := l.folded(objs, size.Width)
	right := size.Width - pad
	place := func(o fyne.CanvasObject) {
		m := o.MinSize()
		right -= m.Width
		o.Move(fyne.NewPos(right, (size.Height-m.Height)/2))
		o.Resize(fyne.NewSize(m.Width, m.Height))
		right -= pad
	}
	place(panel)
	if folded {
		tools.Hide()
		menu.Show()
		place(menu)
	} else {
		menu.Hide()
		tools.Show()
		place(tools)
	}
	h := search.MinSize().Height
	search.Move(fyne.NewPos(pad, (size.Height-h)/2))
	search.Resize(fyne.NewSize(max(right-pad, 0), h))
}

// MinSize is the folded toolbar's: the search box's least width, the menu
// and the panel buttons.
func (toolbarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	w := objs[0].MinSize().Width + objs[2].MinSize().Width + objs[3].MinSize().Width + 4*pad
	return fyne.NewSize(w, h+2*pad)
}

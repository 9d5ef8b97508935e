package lessons

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// exportButton is the Lesson tab's Export… button: a menu of the lesson's
// exports (an animation, a printed handout), each offered only once the
// lesson has a scene. nil when the window offers neither.
func (p *Panel) exportButton() *widget.Button {
	if p.o.ExportAnimation == nil && p.o.ExportHandout == nil {
		return nil
	}
	var b *widget.Button
	b = widget.NewButtonWithIcon(lang.L("Export…"), theme.DownloadIcon(), func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(b)
		if c == nil {
			return
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height))
		widget.ShowPopUpMenuAtPosition(p.exportMenu(), c, pos)
	})
	return b
}

// exportMenu lists the lesson's exports; without scenes there is nothing
// to export, and the items say so by being disabled.
func (p *Panel) exportMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	add := func(label string, f func()) {
		item := fyne.NewMenuItem(label, f)
		item.Disabled = len(p.lesson.Scenes) == 0
		items = append(items, item)
	}
	if p.o.ExportAnimation != nil {
		add(lang.L("Export lesson as animation…"), func() { p.o.ExportAnimation(p.lesson) })
	}
	if p.o.ExportHandout != nil {
		add(lang.L("Export lesson handout (PDF)…"), func() { p.o.ExportHandout(p.lesson) })
	}
	return fyne.NewMenu("", items...)
}

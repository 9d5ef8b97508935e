package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// inside reports whether o lies wholly inside the window's canvas.
func inside(mw *MainWindow, o fyne.CanvasObject) bool {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	s, c := o.Size(), mw.win.Canvas().Size()
	return o.Visible() && p.X >= 0 && p.Y >= 0 && p.X+s.Width <= c.Width+0.5 && p.Y+s.Height <= c.Height+0.5
}

// TestLayoutFitsSmallAndLargeWindows: at 1008x720 (a 1024x768 projector's
// room), 1350x720 (1366x768) and 1632x918 (1920x1080) the toolbar, the
// map, the timeline and the status line are inside the window; on the
// narrow one the side panel is a drawer that a selection opens and the
// toolbar's tools are in its menu; no select is cut (audit bug 14).
func TestLayoutFitsSmallAndLargeWindows(t *testing.T) {
	tests := []struct {
		desc   string
		size   fyne.Size
		narrow bool
	}{
		{desc: "1024x768", size: fyne.NewSize(1008, 720), narrow: true},
		{desc: "1366x768", size: fyne.NewSize(1350, 720)},
		{desc: "1920x1080", size: fyne.NewSize(1632, 918)},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			mw, q := newTestWindow(t, Options{})
			mw.win.Resize(tc.size)
			q.settle(t, mw)
			if mw.shell.narrow != tc.narrow {
				t.Fatalf("narrow %v, want %v", mw.shell.narrow, tc.narrow)
			}
			for name, o := range map[string]fyne.CanvasObject{"toolbar": mw.shell.toolbar, "map": mw.mapv,
				"timeline": mw.shell.timeline, "status line": mw.shell.status, "panel button": mw.panelBtn} {
				if !inside(mw, o) {
					t.Errorf("the %s is not inside the window", name)
				}
			}
			if min := mw.win.Content().MinSize(); min.Width > tc.size.Width || min.Height > tc.size.Height {
				t.Errorf("the content needs %v, more than the window's %v", min, tc.size)
			}
			for _, o := range test.LaidOutObjects(mw.shell.toolbar) {
				if w, ok := o.(fyne.Widget); ok && w.Visible() && w.Size().Width+0.5 < w.MinSize().Width {
					t.Errorf("%T in the toolbar is %v wide, less than its %v: cut", o, w.Size().Width, w.MinSize().Width)
				}
			}
			if tc.narrow {
				if mw.side.object().Visible() {
					t.Error("the drawer is open on a narrow window before anything was picked")
				}
				if mw.menuBtn.Visible() == false {
					t.Error("no menu on the narrow toolbar")
				}
				mw.selectFeature("coca_vraem", false)
				q.settle(t, mw)
				if !inside(mw, mw.side.object()) || mw.side.selectedIndex() != detailsTab {
					t.Error("picking a feature does not open the drawer on its details")
				}
				mw.togglePanel()
				if mw.side.object().Visible() {
					t.Error("the panel button does not close the drawer")
				}
				mw.showMenu()
				menu := uitest.AllText(mw.win.Canvas().Overlays().Top())
				for _, want := range []string{"Annotations", "Basemap", "Export…", "Present", "Settings…"} {
					if !strings.Contains(menu, want) {
						t.Errorf("the menu lacks %q:\n%s", want, menu)
					}
				}
				return
			}
			if !inside(mw, mw.side.object()) {
				t.Error("the side panel is not inside the window")
			}
			if mw.side.object().Position().X < mw.mapv.Size().Width-1 {
				t.Error("the side panel covers the map on a wide window")
			}
		})
	}
}

package mapview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

func TestFurnitureFollowsTheTheme(t *testing.T) {
	m, _, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
	r := test.WidgetRenderer(m).(*renderer)
	tests := []struct {
		desc  string
		theme fyne.Theme
	}{
		{desc: "the test theme", theme: test.Theme()},
		{desc: "a theme with larger type and other colours", theme: test.NewTheme()},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			fyne.CurrentApp().Settings().SetTheme(tc.theme)
			m.Refresh() // as fyne does for every widget when the theme changes
			th := tc.theme
			fg := th.Color(theme.ColorNameForeground, theme.VariantDark)
			if r.scale.label.Color != fg || r.attrib.text.Color != fg || r.scale.bar.FillColor != fg {
				t.Errorf("ink %v / %v / %v, want the theme's foreground %v", r.scale.label.Color, r.attrib.text.Color, r.scale.bar.FillColor, fg)
			}
			if got, want := r.scale.label.TextSize, th.Size(theme.SizeNameText); got != want {
				t.Errorf("scale label %v pt, want the theme's text size %v", got, want)
			}
			if got, want := r.attrib.text.TextSize, th.Size(theme.SizeNameCaptionText); got != want {
				t.Errorf("attribution %v pt, want the theme's caption size %v", got, want)
			}
			panel := color.NRGBAModel.Convert(th.Color(theme.ColorNameOverlayBackground, theme.VariantDark)).(color.NRGBA)
			panel.A = panelAlpha
			if r.scale.bg.FillColor != panel || r.attrib.bg.FillColor != panel {
				t.Errorf("panels %v / %v, want the theme's overlay background, translucent: %v", r.scale.bg.FillColor, r.attrib.bg.FillColor, panel)
			}
			if got, max := r.scale.bar.Size().Width, barTextWidths*th.Size(theme.SizeNameText); got <= 0 || got > max {
				t.Errorf("scale bar %v px long, want up to %v", got, max)
			}
			if pad := th.Size(theme.SizeNameInnerPadding); r.scale.bg.Position().X != pad {
				t.Errorf("scale bar %v px from the edge, want the theme's inner padding %v", r.scale.bg.Position().X, pad)
			}
		})
	}
}

func TestLayoutOnlyLaysOut(t *testing.T) {
	src := &checkerSource{}
	m, _, q := newTestMap(t, src, fyne.NewSize(600, 400))
	m.FitBound(geo.PeruBound())
	q.settle(t, m)
	before := m.View()
	changes := 0
	m.OnViewChanged = func(geo.View) { changes++ }
	src.mu.Lock()
	calls := src.calls
	src.mu.Unlock()
	r := test.WidgetRenderer(m).(*renderer)
	r.Layout(fyne.NewSize(1200, 900))
	if changes != 0 {
		t.Errorf("Layout reported %d view changes to the application", changes)
	}
	if m.View() != before {
		t.Errorf("Layout changed the view from %+v to %+v", before, m.View())
	}
	if m.loader.Pending() != 0 {
		t.Errorf("Layout asked for %d tiles", m.loader.Pending())
	}
	src.mu.Lock()
	defer src.mu.Unlock()
	if src.calls != calls {
		t.Errorf("Layout made the source draw %d tiles", src.calls-calls)
	}
}

func TestResizeRefitsAndAsksForTiles(t *testing.T) {
	src := &checkerSource{}
	m, w, q := newTestMap(t, src, fyne.NewSize(300, 200))
	m.FitBound(geo.PeruBound())
	var seen []geo.View
	m.OnViewChanged = func(v geo.View) { seen = append(seen, v) }
	w.Resize(fyne.NewSize(900, 700))
	if len(seen) != 1 || seen[0] != m.View() {
		t.Fatalf("views reported %+v, want the refitted one %+v", seen, m.View())
	}
	q.settle(t, m)
	r := test.WidgetRenderer(m).(*renderer)
	if want := len(m.View().TileCover(m.tileZoom(), 0).Tiles()); len(r.tileLayer) != want {
		t.Errorf("%d tiles on screen after growing, want the %d the view covers", len(r.tileLayer), want)
	}
}

func TestFlyTo(t *testing.T) {
	target := geo.View{Center: geo.PeruBound().Center(), Zoom: 8}
	for _, animated := range []bool{false, true} {
		m, _, _ := newTestMap(t, &checkerSource{}, fyne.NewSize(600, 400))
		m.SetAnimated(animated)
		m.FlyTo(target) // fyne's test driver runs an animation to its end at once
		if v := m.View(); v.Center != target.Center || v.Zoom != target.Zoom || v.Width != 600 {
			t.Errorf("animated %v: view %+v after the flight, want the target's centre and zoom at the map's size", animated, v)
		}
	}
}

func TestOnFullMapOnce(t *testing.T) {
	test.NewTempApp(t)
	q := uiQueue{uitest.NewQueue()}
	m := New(&checkerSource{}, geo.PeruLimits(), geo.View{Center: lima(), Zoom: 6}, WithPoster(q.Post))
	t.Cleanup(m.Close)
	full := 0
	m.OnFullMap = func() { full++ }
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(600, 400))
	q.settle(t, m)
	if full != 1 {
		t.Fatalf("OnFullMap called %d times once the tiles arrived, want 1", full)
	}
	m.SetAnimated(false)
	m.ZoomIn()
	q.settle(t, m)
	if full != 1 {
		t.Errorf("OnFullMap called %d times after a zoom, want only the first time", full)
	}
}

func TestCreditClearsTheScaleBar(t *testing.T) {
	tests := []struct {
		desc  string
		size  fyne.Size
		above bool
	}{
		{desc: "a wide map: side by side", size: fyne.NewSize(900, 500)},
		{desc: "a narrow map: the credit above the bar", size: fyne.NewSize(360, 500), above: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			m, _, _ := newTestMap(t, &checkerSource{}, tc.size)
			m.SetCredit("GSHHG, DCW, Natural Earth, GeoNames, SRTM30, ETOPO5") // the embedded basemap's
			r := test.WidgetRenderer(m).(*renderer)
			bar, credit := r.scale.bg, r.attrib.bg
			overlaps := credit.Position().X < bar.Position().X+bar.Size().Width && credit.Position().Y < bar.Position().Y+bar.Size().Height &&
				bar.Position().Y < credit.Position().Y+credit.Size().Height
			if overlaps {
				t.Errorf("credit at %v %v covers the scale bar at %v %v", credit.Position(), credit.Size(), bar.Position(), bar.Size())
			}
			if got := credit.Position().Y+credit.Size().Height <= bar.Position().Y; got != tc.above {
				t.Errorf("credit above the bar: %v, want %v", got, tc.above)
			}
			if credit.Position().X < 0 || credit.Position().X+credit.Size().Width > tc.size.Width+0.5 {
				t.Errorf("credit at %v %v leaves the map", credit.Position(), credit.Size())
			}
			if got, want := m.FurnitureHeight(), tc.size.Height-min(bar.Position().Y, credit.Position().Y); got != want || got <= credit.Size().Height {
				t.Errorf("FurnitureHeight() = %v, want %v, the top of the bar and the credit", got, want)
			}
		})
	}
}

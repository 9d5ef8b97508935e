package ui

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
)

func exampleLesson(t *testing.T) *lesson.Lesson {
	t.Helper()
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestPresentationSceneStepper(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	mw.side.lessons.Load(exampleLesson(t), "")
	mw.SetPresenting(true)
	q.settle(t, mw)
	if !mw.pres.on {
		t.Fatal("not presenting")
	}
	steps := []struct {
		desc string
		key  fyne.KeyName
		want int
	}{
		{desc: "clicker forward", key: fyne.KeyPageDown, want: 1},
		{desc: "right arrow", key: fyne.KeyRight, want: 2},
		{desc: "clicker back", key: fyne.KeyPageUp, want: 1},
		{desc: "left arrow", key: fyne.KeyLeft, want: 0},
		{desc: "left at the first scene stays", key: fyne.KeyLeft, want: 0},
		{desc: "space", key: fyne.KeySpace, want: 1},
	}
	for _, s := range steps {
		mw.mapKey(&fyne.KeyEvent{Name: s.key})
		q.settle(t, mw)
		if got := mw.side.lessons.Current(); got != s.want {
			t.Fatalf("%s: scene %d, want %d", s.desc, got, s.want)
		}
		scene := mw.side.lessons.Lesson().Scenes[s.want]
		if mw.state.Year != scene.Year || mw.state.Selected != scene.Selected {
			t.Errorf("%s: year %d selected %q, want the scene's %d %q", s.desc, mw.state.Year, mw.state.Selected, scene.Year, scene.Selected)
		}
		checkLanded(t, mw, s.desc, scene)
	}
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // closes the selection
	mw.mapKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // leaves presentation mode
	if mw.pres.on {
		t.Error("Esc with nothing selected should leave presentation mode")
	}
}

func TestPresentationGolden(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	mw.side.lessons.Load(exampleLesson(t), "")
	mw.SetPresenting(true)
	q.settle(t, mw)
	mw.side.lessons.Step(1)
	q.settle(t, mw)
	goldentest.AssertImage(t, "presentation_vraem_scene2", mw.win.Canvas().Capture())
}

func TestWindowIsTheLessonStage(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 2008})
	stage := windowStage{mw}
	vraem, ok := mw.ds.ByID("coca_vraem")
	if !ok {
		t.Fatal("no coca_vraem in the data")
	}
	year := vraem.Period.From + 1
	mw.mapv.SetView(geo.View{Center: orb.Point{-74, -12.4}, Zoom: 8})
	mw.timeline.SetYear(year)
	test.Tap(findCheck(t, mw.side.layers, mustGroup(t, "events").Title(data.LangEN)))
	mw.selectFeature("coca_vraem", false)
	sc := stage.Scene()
	if sc.Year != year || sc.Zoom != 8 || sc.Selected != "coca_vraem" || slices.Contains(sc.Layers, "events") || !slices.Contains(sc.Layers, "coca") {
		t.Fatalf("captured %+v, want year %d, zoom 8, the VRAEM selected, events off", sc, year)
	}
	sc.Title, sc.Caption = "VRAEM", "The valleys."
	sc.Annotations = []annotation.Annotation{{ID: "a1", Kind: annotation.KindCircle, At: orb.Point{-74, -12.4}, RadiusKm: 50}}
	mw.timeline.SetYear(1990)
	mw.clearSelection()
	mw.mapv.SetView(geo.View{Center: orb.Point{-77, -12}, Zoom: 6})
	stage.Show(sc)
	q.settle(t, mw)
	if mw.state.Year != year || sliderYear(t, mw.timeline) != year || mw.state.Selected != "coca_vraem" || mw.state.Groups["events"] {
		t.Errorf("showing the scene: year %d, selected %q, events on %v", mw.state.Year, mw.state.Selected, mw.state.Groups["events"])
	}
	if v := mw.mapv.View(); !near(v.Center[0], -74, 1e-9) || v.Zoom != 8 {
		t.Errorf("the map flew to %v zoom %v, want the scene's view", v.Center, v.Zoom)
	}
	if len(mw.annots.Load().Annotations) != 1 {
		t.Errorf("the overlay draws %d annotations, want the scene's one", len(mw.annots.Load().Annotations))
	}
	if got := mw.status.text.Text; got != "VRAEM: The valleys." {
		t.Errorf("status %q, want the scene's title and caption", got)
	}
}

// checkLanded checks that the map shows a scene as presentation mode
// lands it: its selected feature, or else its centre, in the part of the
// map the caption strip, the card and the legend leave free, at the
// scene's zoom or a little out.
func checkLanded(t *testing.T, mw *MainWindow, desc string, scene lesson.Scene) {
	t.Helper()
	v := mw.mapv.View()
	free := mw.pres.layout.free
	if v.Zoom > scene.Zoom+1e-6 || v.Zoom < scene.Zoom-landingZoomOut {
		t.Errorf("%s: zoom %v, want the scene's %v or a little out", desc, v.Zoom, scene.Zoom)
	}
	if f, ok := mw.ds.ByID(scene.Selected); ok {
		b := f.Geometry.Bound()
		lo, hi := v.ToScreen(orb.Point{b.Min.Lon(), b.Max.Lat()}), v.ToScreen(orb.Point{b.Max.Lon(), b.Min.Lat()})
		got := rect{X: float32(lo.X), Y: float32(lo.Y), W: float32(hi.X - lo.X), H: float32(hi.Y - lo.Y)}
		if !free.contains(got) {
			t.Errorf("%s: %s lands at %+v, outside the free area %+v", desc, scene.Selected, got, free)
		}
		return
	}
	p := v.ToScreen(scene.Center)
	if cx, cy := float64(free.X+free.W/2), float64(free.Y+free.H/2); !near(p.X, cx, 2) || !near(p.Y, cy, 2) {
		t.Errorf("%s: the scene's centre is at %v, want the free area's middle (%v, %v)", desc, p, cx, cy)
	}
}

func mustGroup(t *testing.T, name string) data.Group {
	t.Helper()
	g, ok := data.GroupByName(name)
	if !ok {
		t.Fatalf("no layer group %q", name)
	}
	return g
}

func near(a, b, tol float64) bool { return a-b <= tol && b-a <= tol }

// TestLeavingPresentationRestoresEverything: after presentation mode the
// window's controls look exactly as before, every size and colour (audit
// bug 10: the search text and the coordinates stayed 1.6 times larger,
// the year turned from grey to black). The map itself is left out: its
// overlay is drawn again, for the view it then has.
func TestLeavingPresentationRestoresEverything(t *testing.T) {
	mw, q := newTestWindow(t, Options{Year: 2012})
	mw.win.Canvas().Focus(mw.mapv)
	before := withoutMap(mw, mw.win.Canvas().Capture())
	mw.SetPresenting(true)
	q.settle(t, mw)
	mw.SetPresenting(false)
	q.settle(t, mw)
	after := withoutMap(mw, mw.win.Canvas().Capture())
	if d := goldentest.Compare(after, before, goldentest.Default()); !d.OK() {
		t.Errorf("after presenting the window differs: %s", d)
		saveForLooking(t, "before_presenting", before)
		saveForLooking(t, "after_presenting", after)
		saveForLooking(t, "diff_presenting", goldentest.DiffImage(after, before, goldentest.Default()))
	}
}

// withoutMap is img with the map's area painted over.
func withoutMap(mw *MainWindow, img image.Image) image.Image {
	out := image.NewRGBA(img.Bounds())
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	d := fyne.CurrentApp().Driver()
	p, s := d.AbsolutePositionForObject(mw.mapv), mw.mapv.Size()
	k := mw.win.Canvas().Scale()
	r := image.Rect(int(p.X*k), int(p.Y*k), int((p.X+s.Width)*k), int((p.Y+s.Height)*k)).Inset(-4) // and its antialiased edge
	draw.Draw(out, r, image.NewUniform(color.Black), image.Point{}, draw.Src)
	return out
}

// saveForLooking writes img to testdata/failed for a person to look at.
func saveForLooking(t *testing.T, name string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join("testdata", "failed"), 0o755); err != nil {
		t.Log(err)
		return
	}
	f, err := os.Create(filepath.Join("testdata", "failed", name+".png"))
	if err != nil {
		t.Log(err)
		return
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Log(err)
	}
}

// TestPresentationCardClearsTheMapFurniture: while the controls show, the
// timeline's card floats above the map's scale bar and credit (a projector
// at 1024x768 gave the card the whole bottom edge, over both), and the
// compact legend stays above the card.
func TestPresentationCardClearsTheMapFurniture(t *testing.T) {
	for _, tc := range []struct {
		desc string
		size fyne.Size
	}{
		{desc: "a 1024x768 projector", size: fyne.NewSize(1024, 768)},
		{desc: "a 1920x1080 screen", size: fyne.NewSize(1920, 1080)},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			mw, q := newTestWindow(t, Options{})
			mw.win.Resize(tc.size)
			mw.SetPresenting(true)
			mw.showControls()
			q.settle(t, mw)
			card := mw.shell.timeline
			if !card.Visible() {
				t.Fatal("the timeline's card is hidden with the controls shown")
			}
			mapH := mw.mapv.Size().Height
			furniture := mw.mapv.FurnitureHeight()
			if furniture < 20 {
				t.Fatalf("the map's furniture reaches %v px up: no scale bar or credit laid out", furniture)
			}
			cardBottom := card.Position().Y + card.Size().Height
			if cardBottom > mapH-furniture {
				t.Errorf("the card reaches down to %v, over the scale bar and credit above %v", cardBottom, mapH-furniture)
			}
			legend := mw.pres.legend
			if !legend.Visible() {
				t.Fatal("the compact legend is hidden")
			}
			if legendBottom := legend.Position().Y + legend.Size().Height; legendBottom > card.Position().Y {
				t.Errorf("the legend reaches down to %v, under the card from %v", legendBottom, card.Position().Y)
			}
		})
	}
}

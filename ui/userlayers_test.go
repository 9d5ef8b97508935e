package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/internal/goldentest"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// The sample layers: a Spanish spreadsheet's CSV of five towns (Pichari
// dated 15/03/2014, Kimbiri 2016, San Miguel and Santa Rosa undated,
// Huanta 02/04/2010) and a KML of a bus route and a study area.
const (
	pueblosFile = "Pueblos del VRAEM.csv"
	tripFile    = "field-trip.kml"
	pueblos     = "Pueblos del VRAEM"
	pichari     = "user:0:0"
	sanMiguel   = "user:0:2"
)

// userSample copies a sample layer file into a folder of the test's and
// returns its path.
func userSample(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "geo", "overlay", "testdata", "user", name))
	if err != nil {
		t.Fatal(err)
	}
	return writeUserFile(t, name, string(b))
}

// writeUserFile writes text to a file name in a folder of the test's and
// returns its path.
func writeUserFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// settleUsers waits until the files being added are read and drawn.
func settleUsers(t *testing.T, mw *MainWindow, q uiQueue) {
	t.Helper()
	q.Settle(t, func() bool { return !mw.users.busy && mw.mapv.Idle() && !mw.recountDue })
}

// dialogText is what the dialog on top says, "" when none is open.
func dialogText(mw *MainWindow) string {
	top := mw.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return uitest.AllText(top)
}

// addSamples adds the CSV and the KML as Add layer… does, over the VRAEM
// in 2014, and closes the report (the CSV's dates were read day first).
func addSamples(t *testing.T) (*MainWindow, uiQueue) {
	t.Helper()
	mw, q := newTestWindow(t, Options{Year: 2014, Center: orb.Point{-73.95, -12.72}, Zoom: 9})
	mw.addUserFiles([]string{userSample(t, pueblosFile), userSample(t, tripFile)})
	settleUsers(t, mw, q)
	text := dialogText(mw)
	for _, want := range []string{"Added your layer “Pueblos del VRAEM” from Pueblos del VRAEM.csv (features: 5)", "Added your layer “Field trip” from field-trip.kml (features: 2)",
		`line 0`, `were read as day/month/year, as "15/03/2014" on line 2 shows`} {
		if want == "line 0" {
			if strings.Contains(text, want) {
				t.Errorf("the report names line 0:\n%s", text)
			}
			continue
		}
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
	uitest.Press(t, mw.win, "OK")
	return mw, q
}

// visible are the features the map draws in its view.
func visible(mw *MainWindow) []string { return mw.set.Visible(mw.mapv.View(), *mw.drawOpt.Load()) }

func TestUserLayersInTheWindow(t *testing.T) {
	mw, q := addSamples(t)
	lines := mw.users.section.Lines()
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "Pueblos del VRAEM: ") || !strings.Contains(lines[0], "(Pueblos del VRAEM.csv · features: 5)") ||
		!strings.HasPrefix(lines[1], "Field trip: ") {
		t.Fatalf("Your layers lists %q", lines)
	}
	panel := uitest.AllText(mw.side.layers)
	for _, want := range []string{"Your layers", "Add layer…", "not from the atlas's sources", pueblos, "Field trip"} {
		if !strings.Contains(panel, want) {
			t.Errorf("the Layers tab lacks %q", want)
		}
	}
	var titles []string
	for _, e := range mw.set.LegendIn(*mw.drawOpt.Load(), mw.mapv.View()) {
		if e.User > 0 {
			titles = append(titles, e.Title(data.LangEN))
		}
	}
	if !slices.Equal(titles, []string{"Your layer: Pueblos del VRAEM", "Your layer: Field trip"}) {
		t.Errorf("the legend's user entries: %q", titles)
	}
	if !strings.Contains(mw.pres.legend.key, "Your layer: Pueblos del VRAEM") {
		t.Errorf("presentation mode's legend lacks the user layer: %q", mw.pres.legend.key)
	}

	// Tap San Miguel, with the atlas's layers off so nothing of theirs
	// lies on top.
	for _, g := range data.Groups() {
		test.Tap(findCheck(t, mw.side.layers, g.Title(data.LangEN)))
	}
	q.settle(t, mw)
	_, f, _ := mw.set.UserFeature(sanMiguel)
	p := mw.mapv.View().ToScreen(f.Geometry.(orb.Point))
	test.TapAt(mw.mapv, fyne.NewPos(float32(p.X), float32(p.Y-6))) // on the pin's head
	q.settle(t, mw)
	if mw.state.Selected != sanMiguel {
		t.Fatalf("tapping San Miguel selected %q", mw.state.Selected)
	}
	details := uitest.Text(mw.side.details)
	for _, want := range []string{"San Miguel", "Your layer: Pueblos del VRAEM (not from the atlas's sources)",
		"When: no date in the file: shown in every year", "File: Pueblos del VRAEM.csv, line 4",
		"What your file says", "Capital de la provincia de La Mar", "Sources your file gives", "Apuntes de clase", "Where: p. 4", "user:0:2"} {
		if !strings.Contains(details, want) {
			t.Errorf("the details lack %q:\n%s", want, details)
		}
	}
	if strings.Contains(details, "What the articles say") {
		t.Error("a user feature's details speak of the articles")
	}

	// The search finds a town of the CSV, named as the user's.
	test.Type(mw.search.Entry(), "Santa Rosa")
	hits, _ := mw.search.Results()
	found := false
	for _, h := range hits {
		if h.Feature.ID == "user:0:4" && h.UserLayer == pueblos {
			found = true
			mw.search.OnChosen(h)
		}
	}
	q.settle(t, mw)
	if !found || mw.state.Selected != "user:0:4" || !strings.Contains(uitest.Text(mw.side.details), "GeoNames cities500") {
		t.Errorf("searching Santa Rosa: found %v, selected %q", found, mw.state.Selected)
	}

	// The year slider: Pichari is on the map in 2014 only.
	if !slices.Contains(visible(mw), pichari) {
		t.Fatal("Pichari is not on the map in 2014")
	}
	before := mw.users.section.Lines()[0]
	for _, o := range test.LaidOutObjects(mw.timeline) {
		if s, ok := o.(*widget.Slider); ok {
			s.SetValue(2015)
		}
	}
	q.settle(t, mw)
	if mw.state.Year != 2015 || slices.Contains(visible(mw), pichari) {
		t.Errorf("in %d Pichari (dated 15/03/2014) is still drawn", mw.state.Year)
	}
	if after := mw.users.section.Lines()[0]; after == before {
		t.Errorf("the count in view did not change with the year: %q", after)
	}

	// Remove the CSV, asked first; San Miguel's details close and the
	// KML becomes layer 0.
	mw.askRemoveUser(0)
	if !strings.Contains(dialogText(mw), "“Pueblos del VRAEM” (Pueblos del VRAEM.csv) leaves the map and the lesson") {
		t.Fatalf("no confirmation: %q", dialogText(mw))
	}
	uitest.Press(t, mw.win, "Remove")
	q.settle(t, mw)
	if lines := mw.users.section.Lines(); len(lines) != 1 || !strings.HasPrefix(lines[0], "Field trip: ") {
		t.Errorf("after removing: %q", lines)
	}
	if mw.state.Selected != "" || !strings.Contains(uitest.Text(mw.side.details), "Click a zone") {
		t.Errorf("San Miguel's details stay open (%q) after its layer went", mw.state.Selected)
	}
	if l, _, ok := mw.set.UserFeature("user:0:0"); !ok || l.Name != "Field trip" {
		t.Errorf("user:0:0 is not the field trip's first feature")
	}
	if files := mw.keptState().UserFiles; len(files) != 1 || filepath.Base(files[0].Path) != tripFile {
		t.Errorf("kept for the next start: %+v", files)
	}
}

// TestUserLayerGolden: the window over the VRAEM in 2014 with both sample
// layers and a town of the CSV selected. The user layers alone change
// thousands of pixels, far beyond the golden's tolerance.
func TestUserLayerGolden(t *testing.T) {
	mw, q := addSamples(t)
	mw.selectFeature(pichari, false)
	q.settle(t, mw)
	with := mw.win.Canvas().Capture()
	goldentest.AssertImage(t, "userlayers_vraem_2014", with)

	mw.setUserShown(0, false)
	mw.setUserShown(1, false)
	q.settle(t, mw)
	if d := goldentest.Compare(mw.win.Canvas().Capture(), with, goldentest.Default()); d.Pixels < 1000 {
		t.Errorf("the user layers hidden change only %d pixels: the golden would not see them vanish", d.Pixels)
	}
}

func TestUserLayerDateOrderIsAsked(t *testing.T) {
	mw, q := newTestWindow(t, Options{})
	path := writeUserFile(t, "fechas.csv", "nombre,lat,lon,fecha\nA,-12.5,-73.8,03/04/2015\nB,-12.6,-73.9,05/06/2015\nC,-12.7,-74,2015\n")
	mw.addUserFiles([]string{path})
	q.Settle(t, func() bool { return mw.win.Canvas().Overlays().Top() != nil })
	text := dialogText(mw)
	for _, want := range []string{"“fechas.csv” has dates that could be day/month or month/day, such as 03/04/2015 on line 2", "(2 such dates)",
		"Day first: 03/04/2015 is 3 April 2015", "Month first: 03/04/2015 is 4 March 2015", "Cancel: do not add the file"} {
		if !strings.Contains(text, want) {
			t.Errorf("the question lacks %q:\n%s", want, text)
		}
	}
	if len(mw.users.list) != 0 {
		t.Fatal("the file was added before the question was answered")
	}
	uitest.Press(t, mw.win, "Month first: 03/04/2015 is 4 March 2015")
	settleUsers(t, mw, q)
	if len(mw.users.list) != 1 {
		t.Fatalf("%d layers after the answer", len(mw.users.list))
	}
	l := mw.users.list[0].layer
	if l.DateOrder != userlayer.MonthFirst || len(l.Features) != 3 || l.Features[0].Date != "2015-03-04" {
		t.Errorf("read %s with order %v: %d features, first on %s", l.File, l.DateOrder, len(l.Features), l.Features[0].Date)
	}
	if top := mw.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a clean file still shows a dialog: %s", dialogText(mw))
	}
	if !strings.Contains(mw.status.text.Text, "Added your layer “fechas” from fechas.csv (features: 3)") {
		t.Errorf("status %q", mw.status.text.Text)
	}
	if files := mw.keptState().UserFiles; len(files) != 1 || files[0].DateOrder != userlayer.MonthFirst {
		t.Errorf("kept %+v, want the file with its order", files)
	}
}

func TestUserLayerProblemsAreReported(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "not a file.csv")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc   string
		uris   func(t *testing.T) []fyne.URI
		added  int
		report []string
	}{
		{desc: "a bad row is left out", added: 1,
			uris: func(t *testing.T) []fyne.URI {
				return []fyne.URI{storage.NewFileURI(writeUserFile(t, "towns.csv", "name,lat,lon\nA,-12.5,-73.8\nB,north,-73.9\n"))}
			},
			report: []string{"Added your layer “towns” from towns.csv (features: 1; left out for errors: 1)", `• line 3: row 2 (B): column lat: "north" is not a decimal number`}},
		{desc: "no coordinate columns",
			uris: func(t *testing.T) []fyne.URI {
				return []fyne.URI{storage.NewFileURI(writeUserFile(t, "towns.csv", "name,x,y\nA,1,2\n"))}
			},
			report: []string{"Some files were not added", "towns.csv was not added", "• line 1: no latitude column"}},
		{desc: "a folder", uris: func(*testing.T) []fyne.URI { return []fyne.URI{storage.NewFileURI(dir)} },
			report: []string{"not a file.csv was not added", "is a directory"}},
		{desc: "a file of another kind",
			uris: func(t *testing.T) []fyne.URI {
				return []fyne.URI{storage.NewFileURI(writeUserFile(t, "notes.txt", "Pichari\n"))}
			},
			report: []string{"notes.txt was not added", "unsupported file type"}},
		{desc: "a web address", uris: func(*testing.T) []fyne.URI {
			u, _ := storage.ParseURI("https://example.org/towns.csv")
			return []fyne.URI{u}
		}, report: []string{"not a file on this computer"}},
		{desc: "the same file twice", added: 1,
			uris: func(t *testing.T) []fyne.URI {
				u := storage.NewFileURI(writeUserFile(t, "towns.csv", "name,lat,lon\nA,-12.5,-73.8\n"))
				return []fyne.URI{u, u}
			},
			report: []string{"towns.csv was not added: already on the map as “towns”"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			mw, q := newTestWindow(t, Options{})
			mw.dropped(fyne.NewPos(400, 300), tc.uris(t))
			settleUsers(t, mw, q)
			if len(mw.users.list) != tc.added {
				t.Errorf("%d layers added, want %d", len(mw.users.list), tc.added)
			}
			text := dialogText(mw)
			for _, want := range tc.report {
				if !strings.Contains(text, want) {
					t.Errorf("the report lacks %q:\n%s", want, text)
				}
			}
		})
	}
}

// TestUserLayersInLessons: a lesson saved from the window embeds the
// user layers; opened in another window, it adds them and its scene
// selects the user feature it selected.
func TestUserLayersInLessons(t *testing.T) {
	mw, q := addSamples(t)
	path := filepath.Join(t.TempDir(), "pueblos.json")
	if err := lesson.Save(path, lesson.New("Pueblos")); err != nil {
		t.Fatal(err)
	}
	mw.side.lessons.Open(path)
	q.settle(t, mw)
	mw.selectFeature(pichari, false)
	for _, label := range []string{"Add view", "Save"} {
		for _, o := range test.LaidOutObjects(mw.side.lessons) {
			if b, ok := o.(*widget.Button); ok && b.Text == label {
				test.Tap(b)
			}
		}
	}
	q.settle(t, mw)
	saved, err := lesson.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Users) != 2 || saved.Users[0].Name != pueblos || len(saved.Scenes) != 1 || saved.Scenes[0].Selected != pichari {
		t.Fatalf("saved %d user layers, %d scenes", len(saved.Users), len(saved.Scenes))
	}

	other, q2 := newTestWindow(t, Options{})
	other.addUserFiles([]string{writeUserFile(t, "extra.csv", "name,lat,lon\nExtra,-12.5,-73.8\n")})
	settleUsers(t, other, q2)
	other.side.lessons.Open(path)
	settleUsers(t, other, q2)
	var names []string
	for _, ul := range other.users.list {
		names = append(names, ul.layer.Name)
	}
	if !slices.Equal(names, []string{pueblos, "Field trip", "extra"}) {
		t.Errorf("layers after opening the lesson: %q, want the lesson's first", names)
	}
	if other.state.Selected != pichari || !strings.Contains(uitest.Text(other.side.details), "Your layer: Pueblos del VRAEM") {
		t.Errorf("the scene selects %q", other.state.Selected)
	}
	if got := other.side.lessons.Lesson().Users; len(got) != 3 {
		t.Errorf("the lesson now holds %d user layers, want the map's 3", len(got))
	}
}

// TestUserLayerInExport: an export from the window draws the user layers
// and credits them in the footer, apart from the atlas's sources; a
// hidden one is left out.
func TestUserLayerInExport(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	mw, q := addSamples(t)
	q.settle(t, mw)
	export := func() string {
		sc, err := mw.exportScene(render.CustomPreset(1000, 700), "Pueblos", false)
		if err != nil {
			t.Fatal(err)
		}
		res, err := render.WriteScene(context.Background(), sc, filepath.Join(t.TempDir(), "map.png"), false)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(res.Texts, "\n")
	}
	texts := export()
	for _, want := range []string{"Your layer: Field trip", "Your layer “Pueblos del VRAEM”:\nApuntes de clase; GeoNames cities500.", "Your layer “Field trip”:"} {
		if !strings.Contains(texts, want) {
			t.Errorf("the export lacks %q:\n%s", want, texts)
		}
	}
	mw.setUserShown(1, false)
	if texts := export(); strings.Contains(texts, "Field trip") {
		t.Errorf("a hidden layer is credited:\n%s", texts)
	}
}

// TestUserLayersComeBackAfterRestart: the files added are added again on
// the next start; one that has gone is a status line, not a dialog.
func TestUserLayersComeBackAfterRestart(t *testing.T) {
	a := test.NewTempApp(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	kept := session.Default(ds)
	kept.UserFiles = []session.UserFile{
		{Path: userSample(t, pueblosFile), DateOrder: userlayer.DayFirst},
		{Path: filepath.Join(t.TempDir(), "gone.kml")},
		{Path: userSample(t, tripFile), Hidden: true},
	}
	if err := kept.Save(a.Preferences()); err != nil {
		t.Fatal(err)
	}
	mw, q := openTestWindow(t, a, Options{})
	settleUsers(t, mw, q)
	if n := len(mw.users.list); n != 2 || !mw.users.list[1].hidden || mw.users.list[0].hidden {
		t.Fatalf("%d layers back, hidden %v", n, mw.users.hidden())
	}
	if top := mw.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog at start: %s", dialogText(mw))
	}
	if s := mw.status.text.Text; !strings.Contains(s, "Your layer gone.kml, added last time, could not be read again") {
		t.Errorf("status %q", s)
	}
}

// TestUserFeatureSelectedAtStart: a feature of the user's own layers,
// remembered as selected or given with -select, is selected once its
// layer is back, with its details; one whose file is gone is dropped with
// a status line saying why.
func TestUserFeatureSelectedAtStart(t *testing.T) {
	tests := []struct {
		desc       string
		gone       bool   // the layer's file is no longer there
		second     bool   // the layer is read after another
		goneBefore bool   // the file remembered before the layer's is gone
		remembered string // selected at the last close
		flag       string // -select
		want       string // selected in the end
		status     string // in the status line in the end
	}{
		{desc: "given with -select", flag: sanMiguel, want: sanMiguel, status: "are back on the map"},
		{desc: "remembered from the last close", remembered: sanMiguel, want: sanMiguel, status: "are back on the map"},
		{desc: "-select wins over the remembered one", remembered: pichari, flag: sanMiguel, want: sanMiguel, status: "are back on the map"},
		{desc: "its file is gone", gone: true, flag: sanMiguel, want: "", status: "could not be read again"},
		{desc: "in the second layer read", second: true, remembered: "user:1:2", want: "user:1:2", status: "are back on the map"},
		{desc: "the file before it is gone", goneBefore: true, remembered: "user:1:2", want: sanMiguel, status: "could not be read again"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := test.NewTempApp(t)
			ds, err := data.Embedded()
			if err != nil {
				t.Fatal(err)
			}
			kept := session.Default(ds)
			path := userSample(t, pueblosFile)
			if tc.gone {
				path = filepath.Join(t.TempDir(), pueblosFile)
			}
			kept.UserFiles = []session.UserFile{{Path: path, DateOrder: userlayer.DayFirst}}
			if tc.second {
				kept.UserFiles = append([]session.UserFile{{Path: userSample(t, tripFile)}}, kept.UserFiles...)
			}
			if tc.goneBefore {
				kept.UserFiles = append([]session.UserFile{{Path: filepath.Join(t.TempDir(), "gone.kml")}}, kept.UserFiles...)
			}
			kept.Selected = tc.remembered
			if err := kept.Save(a.Preferences()); err != nil {
				t.Fatal(err)
			}
			mw, q := openTestWindow(t, a, Options{Select: tc.flag})
			settleUsers(t, mw, q)
			if mw.state.Selected != tc.want {
				t.Errorf("selected %q, want %q", mw.state.Selected, tc.want)
			}
			if s := mw.status.text.Text; !strings.Contains(s, tc.status) || strings.Contains(s, "No feature") {
				t.Errorf("status %q, want it to say %q", s, tc.status)
			}
			details := uitest.Text(mw.side.details)
			if tc.want != "" && !strings.Contains(details, "Capital de la provincia de La Mar") {
				t.Errorf("San Miguel's details are not shown:\n%s", details)
			}
			if tc.want != "" && mw.side.selectedIndex() != detailsTab {
				t.Errorf("the side panel shows tab %d, not the details", mw.side.selectedIndex())
			}
		})
	}
}

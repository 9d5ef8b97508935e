package basemaps

import (
	"context"
	"image/color"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/geo/tiles/mbtiles/mbtilestest"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// recorder is the picker's view of the window: what it was told.
type recorder struct {
	shown   []tiles.Source
	status  []string
	changed []string
}

func testPicker(t *testing.T) (*Picker, *recorder, *uitest.Queue, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	q := uitest.NewQueue()
	r := &recorder{}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(800, 600))
	p := New(Options{
		Window: w, Version: "test", Embedded: embedded.New(), Post: q.Post,
		Show:      func(s tiles.Source) { r.shown = append(r.shown, s) },
		Status:    func(s string) { r.status = append(r.status, s) },
		OnChanged: func(spec string) { r.changed = append(r.changed, spec) },
	})
	t.Cleanup(p.Close)
	w.SetContent(p)
	return p, r, q, w
}

func TestOpenAnMBTilesPackageAndGoBack(t *testing.T) {
	p, r, q, _ := testPicker(t)
	file := filepath.Join(t.TempDir(), "lima.mbtiles")
	if err := mbtilestest.WriteSolid(file, 7, orb.Point{-77.03, -12.05}, 4, color.RGBA{G: 0xa0, A: 0xff}); err != nil {
		t.Fatal(err)
	}
	p.Open(file)
	q.Settle(t, func() bool { return len(r.changed) == 1 })
	if r.changed[0] != file || len(r.shown) != 1 || r.shown[0].Info().Name != "Test package" {
		t.Fatalf("opened %v, showed %d sources; want the package on the map", r.changed, len(r.shown))
	}
	if p.Chosen() == nil || p.sel.Selected != p.mbtiles {
		t.Errorf("chosen %v, picker shows %q; want the package and the MBTiles entry", p.Chosen(), p.sel.Selected)
	}
	if last := r.status[len(r.status)-1]; !strings.HasPrefix(last, "Basemap: Test package") {
		t.Errorf("status %q, want the package named", last)
	}
	p.Open("embedded")
	if p.Chosen() != nil || len(r.shown) != 2 || r.shown[1] != p.o.Embedded || r.changed[1] != "embedded" {
		t.Errorf("back to embedded: chosen %v, shown %d, changed %v", p.Chosen(), len(r.shown), r.changed)
	}
}

func TestEmbeddedAgainShowsNothingNew(t *testing.T) {
	p, r, _, _ := testPicker(t)
	p.Open("")
	if len(r.shown) != 0 {
		t.Errorf("the embedded basemap, already on the map, was shown again %d times", len(r.shown))
	}
}

func TestABadSpecIsReportedAndChangesNothing(t *testing.T) {
	p, r, q, w := testPicker(t)
	before := p.sel.Selected
	p.Open(filepath.Join(t.TempDir(), "missing.mbtiles"))
	q.Settle(t, func() bool { return len(r.status) >= 2 })
	if len(r.shown) != 0 || len(r.changed) != 0 || p.Chosen() != nil {
		t.Errorf("a missing file changed the map: shown %d, changed %v", len(r.shown), r.changed)
	}
	if last := r.status[len(r.status)-1]; !strings.Contains(last, "Basemap unchanged: ") || !strings.Contains(last, "missing.mbtiles") {
		t.Errorf("status %q, want the file and that the basemap is unchanged", last)
	}
	if w.Canvas().Overlays().Top() == nil {
		t.Error("no error dialog")
	}
	if p.sel.Selected != before {
		t.Errorf("picker shows %q, want %q as before", p.sel.Selected, before)
	}
}

// TestCustomURLFormRefusesBadTemplates: an empty or malformed URL template
// keeps Use disabled (an empty one used to switch to nothing).
func TestCustomURLFormRefusesBadTemplates(t *testing.T) {
	tests := []struct {
		desc, url string
		wantOK    bool
	}{
		{desc: "empty", url: ""},
		{desc: "no placeholders", url: "https://tiles.example.org/map.png"},
		{desc: "a shard placeholder", url: "https://{s}.tiles.example.org/{z}/{x}/{y}.png"},
		{desc: "a template", url: "https://tiles.example.org/{z}/{x}/{y}.png", wantOK: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p, r, _, w := testPicker(t)
			p.sel.SetSelected(p.customURL)
			es := uitest.Entries(w)
			if len(es) != 1 {
				t.Fatalf("the custom URL form has %d entries, want 1", len(es))
			}
			es[0].SetText(tc.url)
			if ok := es[0].Validate() == nil; ok != tc.wantOK {
				t.Errorf("%q valid = %v, want %v", tc.url, ok, tc.wantOK)
			}
			if tc.wantOK {
				return // opening it would make a tile cache in the user's folder
			}
			uitest.Press(t, w, "Use")
			if len(r.status) != 0 || len(r.shown) != 0 {
				t.Errorf("%q: Use went ahead (status %v)", tc.url, r.status)
			}
		})
	}
}

// TestCreditAndExportFollowWhatIsShown: where the embedded basemap stands
// in for a source, the map credits it and an export uses it (audit bug 13:
// the screen silently showed the embedded basemap, credited the chosen
// one, and the export came out empty).
func TestCreditAndExportFollowWhatIsShown(t *testing.T) {
	p, r, q, _ := testPicker(t)
	var credits []string
	p.o.Credit = func(s string) { credits = append(credits, s) }
	lima := orb.Point{-77.03, -12.05}
	file := filepath.Join(t.TempDir(), "lima.mbtiles")
	if err := mbtilestest.WriteSolid(file, 7, lima, 1, color.RGBA{G: 0xa0, A: 0xff}); err != nil {
		t.Fatal(err)
	}
	p.Open(file)
	q.Settle(t, func() bool { return len(r.changed) == 1 })
	if got := p.Credit(); got != "Test tiles" {
		t.Errorf("before any tile: credit %q, want the package's", got)
	}
	shown := r.shown[len(r.shown)-1]
	embedded := p.o.Embedded.Info().Attribution

	// A tile the package lacks: the embedded basemap stands in.
	if _, err := shown.Tile(context.Background(), maptile.At(orb.Point{-73.25, -3.75}, 7)); err != nil {
		t.Fatal(err)
	}
	q.Run()
	if got := p.Credit(); got != embedded || credits[len(credits)-1] != embedded {
		t.Errorf("every tile from the embedded basemap: credit %q (told %v), want %q", got, credits, embedded)
	}
	src, note := p.ExportSource()
	if src != nil || !strings.Contains(note, "Test package") {
		t.Errorf("export source %v, note %q; want the embedded basemap and a note naming the package", src, note)
	}

	// A tile it has: both are on screen.
	if _, err := shown.Tile(context.Background(), maptile.At(lima, 7)); err != nil {
		t.Fatal(err)
	}
	q.Run()
	if got, want := p.Credit(), "Test tiles · "+embedded; got != want || credits[len(credits)-1] != want {
		t.Errorf("some tiles from each: credit %q (told %v), want %q", got, credits, want)
	}
	if src, note := p.ExportSource(); src == nil || note != "" {
		t.Errorf("export source %v, note %q; want the package itself (gaps are reported by the export)", src, note)
	}
}

package annotator

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

// board is the tool's view of the window: a map view and the annotations.
type board struct {
	view   geo.View
	set    *annotation.Set
	sets   int // how many times the set was replaced
	errors []error
	status []string
}

func testTool(t *testing.T) (*Tool, *board, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	b := &board{view: geo.View{Center: orb.Point{-74, -12.4}, Zoom: 8, Width: 800, Height: 600}, set: &annotation.Set{Version: annotation.Version}}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(900, 700))
	tool := New(Options{
		Window:      w,
		View:        func() geo.View { return b.view },
		Annotations: func() *annotation.Set { return b.set },
		Set:         func(s *annotation.Set) { b.set = s; b.sets++ },
		Status:      func(s string) { b.status = append(b.status, s) },
		Error:       func(err error) { b.errors = append(b.errors, err) },
	})
	w.SetContent(tool)
	return tool, b, w
}

// TestCircleRadiusOutOfRangeIsRefused drives a crash path of the first-use
// audit: Add circle → click the map → radius 5000 → Save. It crashed the
// app; now the form refuses.
func TestCircleRadiusOutOfRangeIsRefused(t *testing.T) {
	tests := []struct {
		desc, radius string
		wantOK       bool
	}{
		{desc: "the audit's 5000 km", radius: "5000"},
		{desc: "just over the limit", radius: "2000.5"},
		{desc: "zero", radius: "0"},
		{desc: "negative", radius: "-30"},
		{desc: "not a number", radius: "abc"},
		{desc: "empty", radius: ""},
		{desc: "the limit", radius: "2000", wantOK: true},
		{desc: "a small circle", radius: " 12.5 ", wantOK: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			tool, b, w := testTool(t)
			tool.sel.SetSelectedIndex(3) // Add circle
			at := b.view.Center
			if !tool.Tapped(b.view.ToScreen(at), at) {
				t.Fatal("a tap in circle mode was not the tool's")
			}
			es := uitest.Entries(w)
			if len(es) != 2 {
				t.Fatalf("the circle form has %d entries, want text and radius", len(es))
			}
			if es[1].Text == "" || es[1].Text == "0" {
				t.Errorf("a new circle's radius is %q, want one sized to the view", es[1].Text)
			}
			es[1].SetText(tc.radius)
			if ok := es[1].Validate() == nil; ok != tc.wantOK {
				t.Errorf("radius %q valid = %v, want %v", tc.radius, ok, tc.wantOK)
			}
			uitest.Press(t, w, "Save")
			if saved := b.sets == 1; saved != tc.wantOK {
				t.Errorf("radius %q saved = %v, want %v", tc.radius, saved, tc.wantOK)
			}
			if len(b.errors) != 0 {
				t.Errorf("errors %v: the form alone should refuse", b.errors)
			}
			if tc.wantOK && (len(b.set.Annotations) != 1 || b.set.Annotations[0].Kind != annotation.KindCircle) {
				t.Errorf("saved %+v, want one circle", b.set.Annotations)
			}
		})
	}
}

// TestTextLabelWithoutTextIsRefused drives a crash path of the first-use
// audit: Add text → click the map → Save with the text empty. It crashed
// the app; now the form refuses.
func TestTextLabelWithoutTextIsRefused(t *testing.T) {
	tests := []struct {
		desc, text string
		wantOK     bool
	}{
		{desc: "empty, as the form opens", text: ""},
		{desc: "only spaces", text: "   "},
		{desc: "too long", text: string(make([]rune, annotation.MaxText+1))},
		{desc: "a word", text: "Lima", wantOK: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			tool, b, _ := testTool(t)
			e := tool.newEditor(annotation.Annotation{Kind: annotation.KindText, At: b.view.Center}, true)
			e.d.Show()
			if tc.text != "" {
				e.text.SetText(tc.text)
			}
			if ok := e.text.Validate() == nil; ok != tc.wantOK {
				t.Errorf("text %q valid = %v, want %v", tc.text, ok, tc.wantOK)
			}
			e.d.Submit()
			if saved := b.sets == 1; saved != tc.wantOK {
				t.Errorf("text %q saved = %v, want %v", tc.text, saved, tc.wantOK)
			}
			if tc.wantOK && (len(b.set.Annotations) != 1 || b.set.Annotations[0].Text != tc.text || b.set.Annotations[0].ID == "") {
				t.Errorf("saved %+v, want the label with an id", b.set.Annotations)
			}
		})
	}
}

func TestArrowTakesTwoTapsAndNeedsNoText(t *testing.T) {
	tool, b, w := testTool(t)
	tool.sel.SetSelectedIndex(2) // Add arrow
	tail, head := orb.Point{-74.5, -12}, orb.Point{-73.8, -12.6}
	tool.Tapped(b.view.ToScreen(tail), tail)
	if b.sets != 0 {
		t.Fatal("the first tap saved an arrow")
	}
	tool.Tapped(b.view.ToScreen(head), head)
	uitest.Press(t, w, "Save")
	if len(b.set.Annotations) != 1 {
		t.Fatalf("saved %+v, want one arrow", b.set.Annotations)
	}
	if a := b.set.Annotations[0]; a.Kind != annotation.KindArrow || a.At != tail || a.To != head {
		t.Errorf("saved %+v, want an arrow from %v to %v", a, tail, head)
	}
}

func TestTapAnAnnotationToEditOrDelete(t *testing.T) {
	tool, b, w := testTool(t)
	b.set = &annotation.Set{Version: annotation.Version, Annotations: []annotation.Annotation{
		{ID: "a1", Kind: annotation.KindText, At: b.view.Center, Text: "VRAEM", Color: "#0072b2"},
	}}
	before := b.set
	far := b.view.FromScreen(geo.Pixel{X: 10, Y: 10})
	if tool.Tapped(geo.Pixel{X: 10, Y: 10}, far) {
		t.Error("a tap away from any annotation was taken by the tool")
	}
	if !tool.Tapped(b.view.ToScreen(b.view.Center), b.view.Center) {
		t.Fatal("a tap on the label did not open it")
	}
	es := uitest.Entries(w)
	if len(es) != 1 || es[0].Text != "VRAEM" {
		t.Fatalf("the form for the label has entries %v, want its text", es)
	}
	es[0].SetText("VRAEM valleys")
	uitest.Press(t, w, "Save")
	if b.set.Annotations[0].Color != "#0072b2" {
		t.Errorf("editing the text changed the colour to %q", b.set.Annotations[0].Color)
	}
	if b.set.Annotations[0].Text != "VRAEM valleys" || before.Annotations[0].Text != "VRAEM" {
		t.Errorf("after editing: %+v (old set %+v); want a new set with the new text", b.set.Annotations, before.Annotations)
	}
	tool.Tapped(b.view.ToScreen(b.view.Center), b.view.Center)
	uitest.Press(t, w, "Delete")
	if len(b.set.Annotations) != 0 {
		t.Errorf("after Delete: %+v", b.set.Annotations)
	}
}

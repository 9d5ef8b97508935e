package details

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/internal/uitest"
)

func testPanel(t *testing.T) (*Panel, *data.Dataset) {
	t.Helper()
	test.NewTempApp(t)
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	p := New(ds, uikit.NewTips(container.NewWithoutLayout(), nil))
	test.NewTempWindow(t, p)
	return p, ds
}

func TestShowsTheSourcedAccount(t *testing.T) {
	p, ds := testPanel(t)
	f, ok := ds.ByID("coca_vraem")
	if !ok {
		t.Fatal("no coca_vraem in the data")
	}
	p.ShowFeature(f)
	got := uitest.Text(p)
	if plain := p.Plain(); !strings.Contains(plain, f.Summary) || !strings.Contains(plain, f.ID) {
		t.Errorf("Plain lacks the summary or the id:\n%s", plain)
	}
	src, _ := ds.Source(f.Citations[0].Source)
	for _, want := range []string{f.Name, "What the articles say", f.Summary, "Sources", "Where: " + f.Citations[0].Locator, "Id:", f.ID, src.Title} {
		if !strings.Contains(got, want) {
			t.Errorf("details lack %q:\n%s", want, got)
		}
	}
	p.Clear()
	if got := uitest.Text(p); strings.Contains(got, f.Name) || !strings.Contains(got, "Click a zone") {
		t.Errorf("after Clear the panel shows:\n%s", got)
	}
}

func TestShowsBothSidesOfAConflict(t *testing.T) {
	tests := []struct {
		desc, id string
	}{
		{desc: "coal shipment port", id: "route_coal_case_2014"},
		{desc: "Artemio's name", id: "sendero_huallaga_faction"},
		{desc: "MOVADEF founding year", id: "sendero_movadef_campuses"},
	}
	p, ds := testPanel(t)
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			f, ok := ds.ByID(tc.id)
			if !ok || len(f.Conflicts) == 0 {
				t.Fatalf("%s has no conflict in the data", tc.id)
			}
			p.ShowFeature(f)
			got := uitest.Text(p)
			if !strings.Contains(got, "Sources disagree") {
				t.Fatalf("no 'Sources disagree' section:\n%s", got)
			}
			for _, v := range f.Conflicts[0].Versions {
				if !strings.Contains(got, v.Claim) {
					t.Errorf("version %q missing", v.Claim)
				}
			}
		})
	}
}

func TestLinksAndCloseReport(t *testing.T) {
	p, ds := testPanel(t)
	var f data.Feature
	for _, g := range ds.Features {
		if len(g.Related) > 0 {
			f = g
			break
		}
	}
	if f.ID == "" {
		t.Fatal("no feature with related features in the data")
	}
	var opened []string
	closed := 0
	p.OnRelated = func(id string) { opened = append(opened, id) }
	p.OnClose = func() { closed++ }
	p.ShowFeature(f)
	var links []*widget.Hyperlink
	for _, o := range p.related.Objects {
		if l, ok := o.(*widget.Hyperlink); ok {
			links = append(links, l)
		}
	}
	if len(links) == 0 {
		t.Fatalf("%s: no related links", f.ID)
	}
	pad := theme.InnerPadding()
	test.TapAt(links[0], fyne.NewPos(pad, pad)) // on the link's text
	if len(opened) != 1 || opened[0] != f.Related[0] {
		t.Errorf("the first related link opened %v, want %s", opened, f.Related[0])
	}
	test.Tap(p.closeB)
	if closed != 1 {
		t.Errorf("the close button reported %d closes, want 1", closed)
	}
}

// TestOpensAtTheTop: a feature opened after another was scrolled through
// shows from its name, not where the last one was left (audit bug 12).
func TestOpensAtTheTop(t *testing.T) {
	p, ds := testPanel(t)
	long, _ := ds.ByID("sendero_vraem_faction")
	p.ShowFeature(long)
	p.scroll.ScrollToBottom()
	if p.scroll.Offset.Y == 0 {
		t.Fatal("the account is too short to scroll")
	}
	other, _ := ds.ByID("coca_vraem")
	p.ShowFeature(other)
	if p.scroll.Offset.Y != 0 {
		t.Errorf("the next feature opens scrolled %v down, want at its top", p.scroll.Offset.Y)
	}
}

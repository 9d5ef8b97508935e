package overlay

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
)

func TestLabelsFollowTheLanguage(t *testing.T) {
	s := testSet(t)
	v := vraemView()
	opt := Options{Year: 2013}
	en, err := s.Render(context.Background(), v, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Lang = data.LangES
	es, err := s.Render(context.Background(), v, opt)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(en.Pix, es.Pix) {
		t.Error("Spanish labels drew the same pixels as English ones")
	}
	for _, ft := range s.feats {
		if want := shortName(ft.f.NameES) + ft.f.Mark(); ft.f.NameES != "" && ft.labelIn(data.LangES) != want {
			t.Fatalf("%s: Spanish label %q, want %q", ft.f.ID, ft.labelIn(data.LangES), want)
		}
	}
}

// TestDestinationsFollowTheLanguage: the labels at routes' off-map ends
// say where they lead in the frame's language.
func TestDestinationsFollowTheLanguage(t *testing.T) {
	s := testSet(t)
	v := geo.View{Center: orb.Point{-75, -10}, Zoom: 5, Width: 1600, Height: 1000}
	for _, tc := range []struct {
		desc, lang, want string
	}{
		{desc: "English", lang: data.LangEN, want: "Brazil"},
		{desc: "Spanish", lang: data.LangES, want: "Brasil"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			fr := newFrame(s, Options{Year: 2015, Lang: tc.lang}, viewProj(v), v.Width, v.Height)
			var got []string
			for _, c := range fr.destCands() {
				got = append(got, c.Text)
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("destination labels %q, want one saying %q", got, tc.want)
			}
		})
	}
}

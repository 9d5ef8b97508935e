package overlay

import (
	"bytes"
	"context"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
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

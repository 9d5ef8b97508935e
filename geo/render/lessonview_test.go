package render

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
)

func TestLessonViews(t *testing.T) {
	scene := lesson.Scene{ID: "vraem", Title: "The VRAEM", TitleES: "El VRAEM", Center: orb.Point{-74, -12.4}, Zoom: 7.5,
		Year: 2009, Layers: []string{"coca", "events"}, Selected: "coca_vraem",
		Annotations: []annotation.Annotation{{Kind: annotation.KindText, Text: "here", At: orb.Point{-74, -12.4}}}}
	tests := []struct {
		desc    string
		scenes  []lesson.Scene
		lang    string
		title   string
		layers  []data.Layer
		problem string // "" for none
	}{
		{desc: "English", scenes: []lesson.Scene{scene}, lang: "en", title: "The VRAEM", layers: mustLayers(t, "coca,events")},
		{desc: "Spanish", scenes: []lesson.Scene{scene}, lang: "es", title: "El VRAEM", layers: mustLayers(t, "coca,events")},
		{desc: "no layers", scenes: []lesson.Scene{{ID: "bare", Title: "Bare", Zoom: 5, Year: 2000}}, lang: "en", title: "Bare", layers: []data.Layer{}},
		{desc: "an unknown layer", scenes: []lesson.Scene{scene, {ID: "odd", Layers: []string{"gold"}}}, lang: "en", problem: "scene 2 (odd)"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			vs, err := LessonViews(&lesson.Lesson{Scenes: tc.scenes}, tc.lang)
			if tc.problem != "" {
				if err == nil || !strings.Contains(err.Error(), tc.problem) || !errors.Is(err, data.ErrUnknownLayer) {
					t.Fatalf("err %v, want one naming %q", err, tc.problem)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			v, s := vs[0], tc.scenes[0]
			if v.Title != tc.title || v.Lang != tc.lang || !v.HasCenter || v.Center != s.Center || v.Zoom != s.Zoom ||
				v.Year != s.Year || v.Selected != s.Selected || !reflect.DeepEqual(v.Layers, tc.layers) {
				t.Errorf("view %+v does not show scene %+v", v, s)
			}
			if v.Annotations == nil || len(v.Annotations.Annotations) != len(s.Annotations) {
				t.Errorf("annotations %v, want the scene's %d", v.Annotations, len(s.Annotations))
			}
		})
	}
}

func mustLayers(t *testing.T, s string) []data.Layer {
	t.Helper()
	l, err := data.ParseLayers(s)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestSceneViewRoundTrip: a Builder's scene gives back the view it was
// made from, so a film can be laid out from the scene a dialog made.
func TestSceneViewRoundTrip(t *testing.T) {
	v := View{Bound: orb.Bound{Min: orb.Point{-76, -14}, Max: orb.Point{-72, -10}}, Center: orb.Point{-74, -12}, HasCenter: true, Zoom: 6.5,
		Year: 2012, Layers: mustLayers(t, "routes"), Selected: "coca_vraem", HideUsers: []int{1},
		Annotations: &annotation.Set{Version: annotation.Version}, Lang: "es", Title: "T", Subtitle: "S"}
	b := &Builder{}
	if got := b.Scene(v, Presets()[0]).View(); !reflect.DeepEqual(got, v) {
		t.Errorf("Scene(v).View() = %+v, want %+v", got, v)
	}
}

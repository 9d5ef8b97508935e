package render

import (
	"fmt"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
)

// LessonView is the view of a lesson scene in lang ("es" or English): its
// place, year, layers, selection and annotations, titled with its title.
// Every export of a lesson (slides, animation, handout), from the command
// line or the window, sees a scene through it.
func LessonView(s lesson.Scene, lang string) (View, error) {
	layers, err := data.ParseLayers(strings.Join(s.Layers, ","))
	if err != nil {
		return View{}, err
	}
	return View{Center: s.Center, HasCenter: true, Zoom: s.Zoom, Year: s.Year, Layers: layers, Selected: s.Selected,
		Title: s.TitleIn(lang), Lang: lang,
		Annotations: &annotation.Set{Version: annotation.Version, Annotations: s.Annotations}}, nil
}

// LessonViews are the views of every scene of l in lang (see LessonView);
// an error names the scene by number and id.
func LessonViews(l *lesson.Lesson, lang string) ([]View, error) {
	out := make([]View, 0, len(l.Scenes))
	for i, s := range l.Scenes {
		v, err := LessonView(s, lang)
		if err != nil {
			return nil, fmt.Errorf("scene %d (%s): %w", i+1, s.ID, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// View is the view the scene shows: where, the year, layers, selection,
// annotations and words (Builder.Scene's View back).
func (s Scene) View() View {
	return View{Bound: s.Bound, Center: s.Center, HasCenter: s.HasCenter, Zoom: s.Zoom,
		Year: s.Year, Layers: s.Layers, Selected: s.Selected, HideUsers: s.HideUsers,
		Annotations: s.Annotations, Lang: s.Lang, Title: s.Title, Subtitle: s.Subtitle}
}

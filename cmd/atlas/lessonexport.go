package main

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
)

// lessonFlagProblems lists the flags a lesson export does not take: each
// scene sets its own view, year, layers, selection and annotations.
func lessonFlagProblems(set map[string]bool) []string {
	var out []string
	for _, name := range []string{"center", "zoom", "year", "layers", "select", "annotations", "title", "subtitle"} {
		if set[name] {
			out = append(out, fmt.Sprintf("-%s cannot be used with -lesson: each scene sets it", name))
		}
	}
	sort.Strings(out)
	return out
}

// exportLesson writes every scene of a lesson as a numbered PNG into the
// directory e.out (created if needed), titled and subtitled with the
// scene's title and caption, plus captions.md with the speaker notes.
func exportLesson(ctx context.Context, e exportFlags, stdout io.Writer) error {
	l, ds, err := loadLesson(e.lesson)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(e.out, 0o755); err != nil {
		return fmt.Errorf("-o %s: %w", e.out, err)
	}
	dir, err := render.CacheDir(e.cacheDir)
	if err != nil {
		return err
	}
	src, err := catalog.Open(ctx, e.basemap, catalog.Options{Version: version, Scale: e.preset.Scale, CacheRoot: dir})
	if err != nil {
		return err
	}
	defer src.Close()
	set, err := overlay.New(ds)
	if err != nil {
		return err
	}
	b, err := render.NewBuilder(src, dir, version, ds, set)
	if err != nil {
		return err
	}
	b.AllowGaps = e.allowGaps
	var notes strings.Builder
	fmt.Fprintf(&notes, "# %s\n\n", l.TitleIn(e.lang))
	for i, s := range l.Scenes {
		v, err := sceneView(s, e.lang)
		if err != nil {
			return fmt.Errorf("%s: scene %d (%s): %w", e.lesson, i+1, s.ID, err)
		}
		v.Subtitle = firstSentence(s.CaptionIn(e.lang), 200)
		scene := b.Scene(v, e.preset)
		name := fmt.Sprintf("%02d-%s.png", i+1, s.ID)
		path := filepath.Join(e.out, name)
		res, err := render.WriteScene(ctx, scene, path, e.force)
		if err != nil {
			if errors.Is(err, render.ErrMissingTiles) {
				return fmt.Errorf("scene %d (%s): %w\n(pass -allow-gaps to write the slides with holes)", i+1, s.ID, err)
			}
			return fmt.Errorf("scene %d (%s): %w", i+1, s.ID, err)
		}
		fmt.Fprintf(stdout, "wrote %s (%dx%d, zoom %s, %d)\n", path, e.width, e.height, zoomText(res.Zoom), s.Year)
		fmt.Fprintf(&notes, "## %d. %s (%d)\n\n%s\n\n", i+1, s.TitleIn(e.lang), s.Year, s.CaptionIn(e.lang))
	}
	notesPath := filepath.Join(e.out, "captions.md")
	text := []byte(notes.String())
	writeText := func(w io.Writer, _ image.Image) error { _, err := w.Write(text); return err }
	if err := render.WriteFile(notesPath, nil, writeText, e.force); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (the scenes' captions, for speaker notes)\n", notesPath)
	return nil
}

// loadLesson loads and checks a lesson file against the atlas data.
func loadLesson(path string) (*lesson.Lesson, *data.Dataset, error) {
	l, err := lesson.Load(path)
	if err != nil {
		return nil, nil, err
	}
	ds, err := data.Embedded()
	if err != nil {
		return nil, nil, fmt.Errorf("atlas data: %w", err)
	}
	known := func(id string) bool { _, ok := ds.ByID(id); return ok }
	if err := lesson.Validate(l, known); err != nil {
		return nil, nil, err
	}
	if len(l.Scenes) == 0 {
		return nil, nil, fmt.Errorf("%s: the lesson has no scenes", path)
	}
	return l, ds, nil
}

// sceneView is the view of a lesson scene in lang: its place, year,
// layers, selection and annotations, titled with its title.
func sceneView(s lesson.Scene, lang string) (render.View, error) {
	layers, err := data.ParseLayers(strings.Join(s.Layers, ","))
	if err != nil {
		return render.View{}, err
	}
	return render.View{Center: s.Center, Zoom: s.Zoom, Year: s.Year, Layers: layers, Selected: s.Selected,
		Title: s.TitleIn(lang), Lang: lang,
		Annotations: &annotation.Set{Version: annotation.Version, Annotations: s.Annotations}}, nil
}

// firstSentence shortens a caption to its first sentence, at most max
// runes, for an image's subtitle line; the full caption goes to the notes.
func firstSentence(s string, max int) string {
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return s
}

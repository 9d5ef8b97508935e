package main

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/annotation"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo/render"
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
func exportLesson(ctx context.Context, e exportFlags, stdout, stderr io.Writer) error {
	l, err := loadLesson(e.lesson)
	if err != nil {
		return err
	}
	paths := make([]string, len(l.Scenes))
	for i, sc := range l.Scenes {
		paths[i] = filepath.Join(e.out, fmt.Sprintf("%02d-%s.png", i+1, sc.ID))
	}
	notesPath := filepath.Join(e.out, "captions.md")
	out, err := prepareLessonDir(e.out, append(slices.Clone(paths), notesPath), e.force)
	if err != nil {
		return err
	}
	// All or nothing: on any failure the files this export made go, and
	// the directory when it made it.
	ok := false
	defer func() {
		if !ok {
			out.undo()
		}
	}()
	b, done, err := builder(ctx, e, e.preset.Scale, lessonLayers(l, e))
	if err != nil {
		return err
	}
	defer done()
	progress := newTileProgress(stderr)
	b.Progress = progress.report
	var notes strings.Builder
	fmt.Fprintf(&notes, "# %s\n\n", l.TitleIn(e.lang))
	for i, s := range l.Scenes {
		v, err := sceneView(s, e.lang)
		if err != nil {
			return fmt.Errorf("%s: scene %d (%s): %w", e.lesson, i+1, s.ID, err)
		}
		v.Subtitle = firstSentence(s.CaptionIn(e.lang), 200)
		scene := b.Scene(v, e.preset)
		path := paths[i]
		res, err := render.WriteScene(ctx, scene, path, e.force)
		progress.finish()
		if err != nil {
			return fmt.Errorf("scene %d (%s): %w", i+1, s.ID, explainRenderError(err, e.basemap))
		}
		out.wrote(path)
		fmt.Fprintf(stdout, "wrote %s (%dx%d, zoom %s, %d%s)\n", path, e.width, e.height, zoomText(res.Zoom), s.Year, layerCount(len(lessonLayers(l, e))))
		fmt.Fprintf(&notes, "## %d. %s (%d)\n\n%s\n\n", i+1, s.TitleIn(e.lang), s.Year, s.CaptionIn(e.lang))
	}
	text := []byte(notes.String())
	writeText := func(w io.Writer, _ image.Image) error { _, err := w.Write(text); return err }
	if err := render.WriteFile(ctx, notesPath, nil, writeText, e.force); err != nil {
		return err
	}
	out.wrote(notesPath)
	fmt.Fprintf(stdout, "wrote %s (the scenes' captions, for speaker notes)\n", notesPath)
	ok = true
	return nil
}

// lessonDir is the directory a lesson export writes, and what the export
// made in it, so a failed export can take back what it wrote.
type lessonDir struct {
	dir     string
	madeDir bool
	existed map[string]bool // targets there before the export
	made    []string        // files this export wrote that were not there before
}

// prepareLessonDir checks every target before anything is drawn: dir
// must be a directory or not exist, and no target may exist without
// force, nor be a directory or FIFO. It then creates dir if needed.
func prepareLessonDir(dir string, targets []string, force bool) (*lessonDir, error) {
	ld := &lessonDir{dir: dir, existed: map[string]bool{}}
	switch fi, err := os.Stat(dir); {
	case err == nil && !fi.IsDir():
		return nil, fmt.Errorf("-o %s is a file: a lesson export writes a directory of slides", dir)
	case err == nil:
		for _, p := range targets {
			if err := render.CheckTarget(p, force); err != nil {
				return nil, fmt.Errorf("%w; nothing was written", err)
			}
			if _, err := os.Lstat(p); err == nil {
				ld.existed[p] = true
			}
		}
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("-o %s: %w", dir, err)
		}
		ld.madeDir = true
	default:
		return nil, fmt.Errorf("-o %s: %w", dir, err)
	}
	return ld, nil
}

// wrote records that the export wrote path (a failed write leaves
// nothing, and a file another program put there meanwhile is not ours).
func (ld *lessonDir) wrote(path string) {
	if !ld.existed[path] {
		ld.made = append(ld.made, path)
	}
}

// undo removes the files the export made, and the directory when it made
// it and it is left empty. Files that were there before (replaced with
// -force) cannot be given back and stay.
func (ld *lessonDir) undo() {
	for _, p := range ld.made {
		os.Remove(p)
	}
	if ld.madeDir {
		os.Remove(ld.dir) // only succeeds when empty
	}
}

// loadLesson loads a lesson file and checks it against the atlas data:
// every feature it names exists, and it has scenes.
func loadLesson(path string) (*lesson.Lesson, error) {
	l, err := lesson.Load(path)
	if err != nil {
		return nil, err
	}
	ds, err := data.Embedded()
	if err != nil {
		return nil, fmt.Errorf("atlas data: %w", err)
	}
	known := func(id string) bool { _, ok := ds.ByID(id); return ok }
	if err := lesson.Validate(l, known); err != nil {
		return nil, err
	}
	if len(l.Scenes) == 0 {
		return nil, fmt.Errorf("%s: the lesson has no scenes", path)
	}
	return l, nil
}

// lessonLayers are the user layers a lesson export draws: the lesson's
// own, then the -add files.
func lessonLayers(l *lesson.Lesson, e exportFlags) []*userlayer.Layer {
	return append(slices.Clip(l.Users), e.users...)
}

// sceneView is the view of a lesson scene in lang: its place, year,
// layers, selection and annotations, titled with its title.
func sceneView(s lesson.Scene, lang string) (render.View, error) {
	layers, err := data.ParseLayers(strings.Join(s.Layers, ","))
	if err != nil {
		return render.View{}, err
	}
	return render.View{Center: s.Center, HasCenter: true, Zoom: s.Zoom, Year: s.Year, Layers: layers, Selected: s.Selected,
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
